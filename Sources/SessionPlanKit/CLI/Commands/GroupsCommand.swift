/// `sessionplan groups FILE --roster REGISTRATIONS.csv|.xlsx [-o OUT] [--overwrite]`
enum GroupsCommand {
    static let spec = CommandSpec(
        name: "groups",
        summary: LocalizedText(en: "form groups from a registration list", ru: "сформировать группы по списку регистраций"),
        options: [
            roster,
            SharedOptions.output.with(help: LocalizedText(en: "write the session with the groups to OUT instead of standard output",
                                           ru: "записать сессию с группами в файл OUT, а не в стандартный вывод")),
            SharedOptions.overwrite.with(help: LocalizedText(en: "allow -o to name FILE itself (it is replaced atomically)",
                                           ru: "разрешить указать в -o сам FILE (он будет заменён целиком)")),
            dropUnregistered,
        ],
        details: LocalizedText(
            en: "For each direction: the fewest groups that fit the session's group size, sizes differing by at most one; people of one organization, then of one region, spread across the groups; people already in a group stay there (the members init wrote give way to the registrations); late registrants fill the free places of the existing groups, smallest first, and form new groups among themselves only when they do not fit, never a group below the minimum; each registrant's organization, region, e-mail and phone go into \"people\" (a value already in the file is kept, and a disagreement reported); the same input always gives the same groups. The summary goes to standard error. A row without a name, an unknown direction, a name registered twice or a direction with too few people: nothing is written and the exit status is 1.",
            ru: "Для каждого направления — наименьшее число групп допустимого размера, размеры групп отличаются не больше чем на одного человека; люди из одной организации, затем из одного региона распределяются по разным группам; кто уже в группе, там и остаётся (участники, вписанные init, уступают место зарегистрированным); новые участники занимают свободные места в существующих группах, начиная с самых маленьких, а новые группы образуют между собой, только если не помещаются, и ни одна группа не оказывается меньше минимума; организация, регион, e-mail и телефон каждого записываются в \"people\" (значение, уже записанное в файле, не меняется, а расхождение сообщается); одинаковые данные всегда дают одинаковые группы. Сводка выводится в стандартный поток ошибок. Строка без ФИО, неизвестное направление, повторная регистрация или направление, где слишком мало людей: файл не записывается, код выхода 1.")
    )

    /// `--drop-unregistered`.
    static let dropUnregistered = OptionSpec(name: "--drop-unregistered",
        help: LocalizedText(en: "take out of their groups the members who are no longer in the registration list (without it they are only listed)",
                            ru: "убрать из групп участников, которых больше нет в списке регистраций (без этого их только перечисляют)"))

    /// `--roster REGISTRATIONS.csv`.
    static let roster = OptionSpec(name: "--roster", valueName: "REGISTRATIONS.csv|.xlsx", required: true,
                       help: LocalizedText(en: "the registration list: CSV saved by a spreadsheet (comma, semicolon or tab; UTF-8 or Windows-1251) or an Excel workbook (.xlsx: its first sheet)",
                                           ru: "список регистраций: CSV из таблицы (запятая, точка с запятой или табуляция; UTF-8 или Windows-1251) или книга Excel (.xlsx: её первый лист)"))

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        guard let path = arguments.positionals.first else { return .usage }
        guard let rosterPath = arguments.value(roster) else {
            return console.usage(UsageError(message: LocalizedText(
                en: "\"groups\" needs the registration list: --roster REGISTRATIONS.csv",
                ru: "для \"groups\" нужен список регистраций: --roster REGISTRATIONS.csv")), spec: spec)
        }
        if path == "-" && rosterPath == "-" {
            return console.usage(UsageError(message: LocalizedText(
                en: "FILE and --roster cannot both be standard input (-)",
                ru: "FILE и --roster не могут оба быть стандартным вводом (-)")), spec: spec)
        }
        let rosterFile: SourceFile
        switch InputFiles.read(rosterPath, console: console) {
        case .failure(let error): return console.fail(error.message)
        case .success(let read): rosterFile = read
        }

        // The session: its structure must be sound; rule findings (groups not formed yet) are expected.
        let session: Session, root: JSONValue
        switch console.readSession(path, checkRules: false, keepTree: true) {
        case .failure(let status): return status
        case .success(let input):
            guard let tree = input.tree else { return .invalid }
            (session, root) = (input.session, tree)
        }

        // The registration list: a workbook (.xlsx) or CSV text.
        let input = RosterInput(rosterFile, path: rosterPath, console: console)
        let printer = input.printer
        let list: RegistrationList
        switch input.list {
        case .failure(let diagnostic):
            console.err(printer.render(diagnostic))
            return notWritten(errors: 1, console)
        case .success(let read): list = read
        }

        let outcome = SessionGrouping.form(session, root: root, list: list,
                                           dropUnregistered: arguments.has(dropUnregistered))
        console.err(printer.renderAll(outcome.diagnostics))
        guard let result = outcome.root else {
            return notWritten(errors: outcome.diagnostics.errorCount, console)
        }
        let text = JSONWriter.string(result)
        if let output = arguments.value(SharedOptions.output) {
            // The roster is never replaced; a session read from standard input may be the -o file itself.
            switch OutputFile.write(text, to: output, overwrite: arguments.has(SharedOptions.overwrite),
                                    inputPaths: [path], protectedPaths: [rosterPath],
                                    existing: path == "-" ? .replaceWithOverwrite : .replace,
                                    isPrivate: true, relativeTo: console.context.currentDirectory) {
            case .failure(let error): return console.fail(error.message)
            case .success: break
            }
        } else {
            console.out(text)
        }
        console.report(GroupingReport(outcome: outcome, language: console.language).render())
        if let output = arguments.value(SharedOptions.output) {
            console.report(console.text(LocalizedText(en: "written to \(output); check it with: sessionplan validate \(output)\n",
                                                   ru: "записано в \(output); проверьте: sessionplan validate \(output)\n")))
        }
        return .success
    }

    /// The closing line when the list has problems: nothing was written, exit status 1.
    private static func notWritten(errors: Int, _ console: Console) -> ExitStatus {
        let count = Plural.count(errors, en: ("problem", "problems"), ru: ("ошибка", "ошибки", "ошибок"))
        console.err(console.text(LocalizedText(
            en: "\(count.en) in the registration list; no groups were formed and nothing was written",
            ru: "в списке регистраций \(count.ru); группы не сформированы, ничего не записано")) + "\n")
        return .invalid
    }
}
