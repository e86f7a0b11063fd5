/// `sessionplan changes OLD.json NEW.json [--to text|markdown|html] [--person NAME] [-o OUT]`
enum ChangesCommand {
    enum Format: String, CaseIterable { case text, markdown, html }

    static let format = OptionSpec(name: "--to", valueName: "FORMAT", choices: Format.allCases.map(\.rawValue),
                                   help: LocalizedText(en: "text (default), markdown or html", ru: "text (по умолчанию), markdown или html"))

    static let spec = CommandSpec(
        name: "changes",
        summary: LocalizedText(en: "what changed between two versions of a session, for a notice",
                               ru: "что изменилось между двумя версиями сессии — для объявления участникам"),
        options: [
            format,
            SharedOptions.person.with(help: LocalizedText(en: "only what changes for that person",
                                                          ru: "только то, что меняется для этого человека")),
            SharedOptions.output,
            SharedOptions.overwrite,
        ],
        positionalName: "OLD.json NEW.json",
        positionalRange: 2...2,
        details: LocalizedText(
            en: "Slots are matched by their id, else by the day's date, kind and number among that day's slots of that kind (as calendar events are). Lists slots added, cancelled, moved, renamed, with other speakers or moderators, and groups whose members, moderator, collector or room changed, in the session's language; the last line says how many changes. With --person, only what changes for that person, with times in their own zone (their timezone, else their region's; the session's for a session held at a place). Warns when NEW's revision is not above OLD's; a NEW that breaks the rules is still compared, with a line on standard error saying what validate would report. Exit status 0 whether or not anything changed.",
            ru: "Пункты программы сопоставляются по id, а без него — по дате дня, виду пункта и его номеру среди пунктов этого вида (как события календаря). Перечисляет добавленные, отменённые, перенесённые и переименованные пункты, смену выступающих и модераторов, группы, где изменились участники, модератор, сборщик или комната, — на языке сессии; последняя строка — число изменений. С --person — только то, что меняется для этого человека, и время в его поясе (timezone, иначе пояс его региона; у сессии с местами проведения — пояс сессии). Предупреждает, если номер версии NEW не больше, чем у OLD; NEW, нарушающий правила, всё равно сравнивается, а строка в стандартном потоке ошибок говорит, что найдёт validate. Код выхода 0, были изменения или нет.")
    )

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        guard arguments.positionals.count == 2 else { return .usage }
        let (oldPath, newPath) = (arguments.positionals[0], arguments.positionals[1])
        let format = arguments.value(format).flatMap(Format.init(rawValue:)) ?? .text
        let old: Session, new: Session
        switch console.readSession(oldPath, checkRules: false) {
        case .failure(let status): return status
        case .success(let input): old = input.session
        }
        // NEW is what the notice announces: its rules are checked, and a plan that breaks them says so
        // (OLD was published already).
        switch console.readSession(newPath) {
        case .failure(let status): return status
        case .success(let input):
            new = input.session
            console.reportProblems(of: input.loaded, path: newPath)
        }
        var person: String?
        if let name = arguments.value(SharedOptions.person) {
            do throws(ProgramQueryError) {
                person = try ProgramView.person(named: name, in: new).name
            } catch {
                if let found = try? ProgramView.person(named: name, in: old) { person = found.name } else {
                    return console.usage(UsageError(message: error.message), spec: spec)
                }
            }
        }
        VersionWarnings.revision(old: old, new: new, oldPath: oldPath, newPath: newPath, console: console)
        // The person's own zone: as NEW gives it, else as OLD gave it (someone who left the session); the notice
        // follows the clock of their program, as their letter does (`Session.programZones`).
        let zone = person.map { name in
            let key = PersonKey(name)
            let own = new.peopleByKey[key].flatMap(Session.ownZone(of:)) ?? old.peopleByKey[key].flatMap(Session.ownZone(of:)) ?? new.timeZone
            return new.programZones(own: own)[0]
        }
        let changes = SessionChanges(old: old, new: new, person: person, zone: zone)
        let text = ChangesNotice.render(changes, session: new, person: person, format: format, zone: zone)
        if let output = arguments.value(SharedOptions.output) {
            switch OutputFile.write(text, to: output, overwrite: arguments.has(SharedOptions.overwrite),
                                    inputPaths: [oldPath, newPath], relativeTo: console.context.currentDirectory) {
            case .failure(let error): return console.fail(error.message)
            case .success: console.err(console.text(LocalizedText(en: "written to \(output)\n", ru: "записано в \(output)\n")))
            }
        } else {
            console.out(text)
        }
        return .success
    }
}
