/// `sessionplan export FILE --to markdown|html|ics|csv [-o OUT] [--overwrite] [--day N|DATE] [--tz ZONE]
/// [--person NAME] [--include-groups] [--include-contacts]`
enum ExportCommand {
    /// The formats of `--to`.
    enum Format: String, CaseIterable {
        case markdown, html, ics, csv
    }

    static let spec = CommandSpec(
        name: "export",
        usage: "FILE --to markdown|html|ics|csv [-o OUT] [--overwrite] [--day N|DATE] [--tz ZONE] [--person NAME] [--include-groups] [--include-contacts] [--include-links]",
        summary: LocalizedText(en: "write the program as Markdown, HTML, iCalendar or CSV",
                               ru: "выгрузить программу в Markdown, HTML, iCalendar или CSV"),
        options: [
            OptionSpec(name: "--to", valueName: "FORMAT", choices: Format.allCases.map(\.rawValue),
                       help: LocalizedText(en: "markdown (a website), html (a page to open or print), ics (calendars), csv (the roster)",
                                           ru: "markdown (для сайта), html (страница для просмотра и печати), ics (календари), csv (список людей)")),
            OptionSpec(name: "--output", short: "-o", valueName: "OUT",
                       help: LocalizedText(en: "write to the file OUT instead of standard output",
                                           ru: "записать в файл OUT, а не в стандартный вывод")),
            OptionSpec(name: "--overwrite",
                       help: LocalizedText(en: "allow -o to name FILE itself",
                                           ru: "разрешить указать в -o сам FILE")),
            OptionSpec(name: "--day", valueName: "N|DATE",
                       help: LocalizedText(en: "one day only: its number (1, 2, …) or its date YYYY-MM-DD",
                                           ru: "только один день: его номер (1, 2, …) или дата ГГГГ-ММ-ДД")),
            OptionSpec(name: "--tz", valueName: "ZONE",
                       help: LocalizedText(en: "times in this IANA zone (Asia/Vladivostok, UTC) instead of the session's",
                                           ru: "время в этом поясе IANA (Asia/Vladivostok, UTC) вместо пояса сессии")),
            OptionSpec(name: "--person", valueName: "NAME",
                       help: LocalizedText(en: "that person's own program (for csv: their rows of the roster)",
                                           ru: "личная программа этого человека (для csv — его строки списка)")),
            OptionSpec(name: "--include-groups",
                       help: LocalizedText(en: "add the groups: moderators, collectors, members and rooms",
                                           ru: "добавить группы: модераторов, сборщиков, участников и комнаты")),
            OptionSpec(name: "--include-contacts",
                       help: LocalizedText(en: "add e-mail addresses and phone numbers",
                                           ru: "добавить адреса электронной почты и телефоны")),
            OptionSpec(name: "--include-links",
                       help: LocalizedText(en: "add the places' online rooms (links)",
                                           ru: "добавить ссылки на онлайн-комнаты мест")),
        ],
        details: LocalizedText(
            en: """
                The program is written in the session's language. Public by default: groups, their members and \
                rooms appear only with --include-groups, e-mail addresses and phone numbers only with \
                --include-contacts. Without -o the result goes to standard output; -o writes a temporary file \
                beside OUT and renames it, and refuses to replace FILE unless --overwrite is given. \
                ics: one event per slot with the session's time zone; the events keep their UIDs across exports, \
                so importing a new export updates them. csv: the roster (direction, group, role, name, position), \
                UTF-8 with a byte order mark for Excel. A plan that breaks the rules still exports, with a line \
                on standard error. Exit status: 0 written, 1 the file is not a usable session, 2 a wrong option, \
                day, zone or name, or OUT cannot be written.
                """,
            ru: """
                Программа выводится на языке сессии. По умолчанию — только публичное: группы, их участники и \
                комнаты появляются лишь с --include-groups, адреса почты и телефоны — лишь с --include-contacts. \
                Без -o результат идёт в стандартный вывод; с -o он записывается во временный файл рядом с OUT и \
                переименовывается, а сам FILE заменяется только с --overwrite. ics: по событию на каждый пункт \
                программы в поясе сессии; при повторной выгрузке события сохраняют UID, поэтому повторный импорт \
                обновляет их. csv: список людей (направление, группа, роль, ФИО, должность) в UTF-8 с меткой \
                порядка байтов для Excel. План, нарушающий правила, всё равно выгружается, а в стандартный поток \
                ошибок выводится строка об этом. Код выхода: 0 — записано, 1 — файл не удаётся прочитать как \
                сессию, 2 — неверный параметр, день, пояс или имя, либо OUT не удаётся записать.
                """)
    )

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        guard let formatName = arguments.value("--to"), let format = Format(rawValue: formatName) else {
            return console.usage(UsageError(message: LocalizedText(
                en: "\"export\" needs a format: --to markdown, html, ics or csv",
                ru: "для \"export\" нужен формат: --to markdown, html, ics или csv")), spec: spec)
        }
        if format == .csv {
            for option in ["--day", "--tz"] where arguments.value(option) != nil {
                return console.usage(UsageError(message: LocalizedText(
                    en: "\(option) does not apply to --to csv: the roster has no times",
                    ru: "\(option) не применяется к --to csv: в списке людей нет времени")), spec: spec)
            }
        }
        // The options first: a mistake there is reported before the file is read.
        var query = ProgramQuery()
        do throws(ProgramQueryError) {
            if let day = arguments.value("--day") { query.day = try ProgramQuery.daySelector(day).get() }
            if let zone = arguments.value("--tz") { query.timeZones = [try ProgramQuery.timeZone(zone).get()] }
        } catch {
            return console.usage(UsageError(message: error.message), spec: spec)
        }
        query.person = arguments.value("--person")

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

        let options = ExportOptions(includeGroups: arguments.has("--include-groups"),
                                    includeContacts: arguments.has("--include-contacts"),
                                    includeLinks: arguments.has("--include-links"))
        let text: String
        switch format {
        case .markdown: text = MarkdownRenderer(options: options).render(view)
        case .html: text = HTMLRenderer(options: options).render(view)
        case .ics: text = ICalendarRenderer(options: options).render(view)
        case .csv: text = RosterCSVRenderer(options: options).render(session, person: view.person)
        }

        if let output = arguments.value("--output") {
            switch OutputFile.write(text, to: output, overwrite: arguments.has("--overwrite"), inputPaths: [path],
                                    relativeTo: console.context.currentDirectory) {
            case .failure(let error): return console.fail(error.message)
            case .success: break
            }
        } else {
            console.out(text)
        }

        let problems = loaded.diagnostics
        if !problems.isEmpty {
            console.err("sessionplan: " + console.text(AgendaCommand.summary(
                errors: problems.errorCount, warnings: problems.warningCount, path: path)) + "\n")
        }
        if let output = arguments.value("--output") {
            console.err(console.text(LocalizedText(en: "written to \(output)\n", ru: "записано в \(output)\n")))
        }
        return .success
    }
}
