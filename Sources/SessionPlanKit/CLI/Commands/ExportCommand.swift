/// `sessionplan export FILE --to markdown|html|ics|csv [-o OUT] [--overwrite] [--day N|DATE] [--tz ZONE]
/// [--person NAME] [--role ROLE] [--direction ID] [--include-groups] [--include-contacts]`
enum ExportCommand {
    /// The formats of `--to`.
    /// A new format is one case here and its serializer in `serialize`.
    enum Format: String, CaseIterable {
        case markdown, html, ics, csv

        /// The document written in this format.
        func serialize(_ document: ProgramDocument) -> String {
            switch self {
            case .markdown: MarkdownRenderer().render(document)
            case .html: HTMLRenderer().render(document)
            case .ics: ICalendarRenderer().render(document)
            case .csv: RosterCSVRenderer().render(document)
            }
        }
    }

    static let spec = CommandSpec(
        name: "export",
        summary: LocalizedText(en: "write the program as Markdown, HTML, iCalendar or CSV",
                               ru: "выгрузить программу в Markdown, HTML, iCalendar или CSV"),
        options: [
            format,
            SharedOptions.output,
            SharedOptions.overwrite,
            SharedOptions.day,
            SharedOptions.timeZone,
            SharedOptions.person.with(help: LocalizedText(en: "that person's own program (for csv: their rows of the roster)",
                                                          ru: "личная программа этого человека (для csv — его строки списка)")),
            SharedOptions.role.with(help: LocalizedText(en: "the program of a role (for csv: the rows of that role): leaders, moderators, collectors, participants, experts, organizers",
                                                        ru: "программа для роли (для csv — строки этой роли): leaders, moderators, collectors, participants, experts, organizers")),
            SharedOptions.direction.with(help: LocalizedText(en: "the program as one direction's people see it, the direction's id (for csv: its rows)",
                                                             ru: "программа глазами людей одного направления, id направления (для csv — его строки)")),
        ] + SharedOptions.includes,
        details: LocalizedText(
            en: """
                The program is written in the session's language. Public by default: groups, their members and \
                rooms appear only with --include-groups, e-mail addresses and phone numbers only with \
                --include-contacts. Without -o the result goes to standard output; -o writes a temporary file \
                beside OUT and renames it, and refuses to replace FILE unless --overwrite is given. \
                ics: one event per slot with the session's time zone; the events keep their UIDs across exports, \
                so importing a new export updates them. csv: the roster (direction, group, role, name, position), \
                UTF-8 with a byte order mark for Excel. A plan that breaks the rules still exports, with a line \
                on standard error. --person, --role and --direction keep what concerns them, as in agenda \
                (for csv: their rows of the roster). Exit status: 0 written, 1 the file is not a usable session, \
                2 a wrong option, day, zone, role, direction or name, or OUT cannot be written.
                """,
            ru: """
                Программа выводится на языке сессии. По умолчанию — только публичное: группы, их участники и \
                комнаты появляются лишь с --include-groups, адреса почты и телефоны — лишь с --include-contacts. \
                Без -o результат идёт в стандартный вывод; с -o он записывается во временный файл рядом с OUT и \
                переименовывается, а сам FILE заменяется только с --overwrite. ics: по событию на каждый пункт \
                программы в поясе сессии; при повторной выгрузке события сохраняют UID, поэтому повторный импорт \
                обновляет их. csv: список людей (направление, группа, роль, ФИО, должность) в UTF-8 с меткой \
                порядка байтов для Excel. План, нарушающий правила, всё равно выгружается, а в стандартный поток \
                ошибок выводится строка об этом. --person, --role и --direction оставляют то, что их касается, \
                как в agenda (для csv — их строки списка). Код выхода: 0 — записано, 1 — файл не удаётся \
                прочитать как сессию, 2 — неверный параметр, день, пояс, роль, направление или имя, либо OUT не \
                удаётся записать.
                """)
    )

    /// `--to FORMAT`.
    static let format = OptionSpec(name: "--to", valueName: "FORMAT", choices: Format.allCases.map(\.rawValue), required: true,
                                   help: LocalizedText(en: "markdown (a website), html (a page to open or print), ics (calendars), csv (the roster)",
                                                       ru: "markdown (для сайта), html (страница для просмотра и печати), ics (календари), csv (список людей)"))

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        guard let formatName = arguments.value(ExportCommand.format), let format = Format(rawValue: formatName) else {
            return console.usage(UsageError(message: LocalizedText(
                en: "\"export\" needs a format: --to markdown, html, ics or csv",
                ru: "для \"export\" нужен формат: --to markdown, html, ics или csv")), spec: spec)
        }
        if format == .csv {
            for option in [SharedOptions.day.name, SharedOptions.timeZone.name] where arguments.value(option) != nil {
                return console.usage(UsageError(message: LocalizedText(
                    en: "\(option) does not apply to --to csv: the roster has no times",
                    ru: "\(option) не применяется к --to csv: в списке людей нет времени")), spec: spec)
            }
        }
        // The options first: a mistake there is reported before the file is read.
        let query: ProgramQuery
        do throws(ProgramQueryError) {
            query = try SharedOptions.query(arguments)
        } catch {
            return console.usage(UsageError(message: error.message), spec: spec)
        }

        guard let path = arguments.positionals.first else { return .usage }
        let loaded: LoadedSession, session: Session
        switch console.readSession(path) {
        case .failure(let status): return status
        case .success(let input): (loaded, session) = (input.loaded, input.session)
        }
        let view: ProgramView
        do throws(ProgramQueryError) {
            view = try ProgramView(session: session, query: query)
        } catch {
            return console.usage(UsageError(message: error.message), spec: spec)
        }

        let options = SharedOptions.exportOptions(arguments)
        // Each format escapes its text already; this pass guarantees that no control byte reaches a file or terminal.
        let text = OutputSanitizer.clean(format.serialize(ProgramDocument(view: view, options: options)), keepingLineFeeds: true)

        if let output = arguments.value(SharedOptions.output) {
            switch OutputFile.write(text, to: output, overwrite: arguments.has(SharedOptions.overwrite), inputPaths: [path],
                                    isPrivate: options.includeContacts, relativeTo: console.context.currentDirectory) {
            case .failure(let error): return console.fail(error.message)
            case .success: break
            }
        } else {
            console.out(text)
        }

        let problems = loaded.diagnostics
        if !problems.isEmpty {
            console.report("sessionplan: " + console.text(AgendaCommand.summary(
                errors: problems.errorCount, warnings: problems.warningCount, path: path)) + "\n")
        }
        if let output = arguments.value(SharedOptions.output) {
            console.report(console.text(LocalizedText(en: "written to \(output)\n", ru: "записано в \(output)\n")))
        }
        return .success
    }
}
