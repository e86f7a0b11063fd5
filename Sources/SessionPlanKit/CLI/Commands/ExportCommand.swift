/// `sessionplan export FILE --to markdown|html|ics|csv|docx|xlsx [-o OUT] [--overwrite] [--day N|DATE] [--tz ZONE]
/// [--person NAME] [--role ROLE] [--direction ID] [--separator SEP] [--include-groups] [--include-contacts]
/// [--include-links] [--previous OLD.json]`
enum ExportCommand {
    /// The formats of `--to`.
    /// A new format is one case here and its serializer in `serialize`.
    enum Format: String, CaseIterable {
        case markdown, html, ics, csv, docx, xlsx

        /// `view` in this format, showing what `options` allow, as bytes.
        /// `cancelled`: events of an earlier version to cancel (`ics` only).
        /// The roster of `csv` is written from the view itself: a row per member
        /// needs none of the program's days and groups worded.
        func serialize(_ view: ProgramView, options: ExportOptions, cancelled: [CancelledEvent] = []) -> Result<[UInt8], ZipError> {
            let document = { ProgramDocument(view: view, options: options) }
            switch self {
            case .markdown: return .success(Array(MarkdownRenderer().render(document()).utf8))
            case .html: return .success(Array(HTMLRenderer().render(document()).utf8))
            case .ics: return .success(ICalendarRenderer(cancelled: cancelled).bytes(document()))
            case .csv: return .success(RosterCSVRenderer().bytes(of: view, options: options))
            case .docx: return ProgramDOCXRenderer().render(document())
            case .xlsx: return RosterXLSXRenderer().render(document())
            }
        }

        /// `serialize`, then for a text format the pass that guarantees that no
        /// control byte reaches a file or a terminal (each format escapes its text already).
        func write(_ view: ProgramView, options: ExportOptions, cancelled: [CancelledEvent] = []) -> Result<[UInt8], ZipError> {
            serialize(view, options: options, cancelled: cancelled).map { written in
                isBinary ? written : OutputSanitizer.clean(written, keepingLineFeeds: true)
            }
        }

        /// A file format a terminal cannot show.
        var isBinary: Bool { self == .docx || self == .xlsx }

        /// The roster (a row per person), not the program: no days, no times.
        var isRoster: Bool { self == .csv || self == .xlsx }

        /// «markdown, html, ics, csv, docx or xlsx», from the cases themselves.
        static var list: LocalizedText {
            let names = allCases.map(\.rawValue), first = names.dropLast().joined(separator: ", ")
            return LocalizedText(en: first + " or " + (names.last ?? ""), ru: first + " или " + (names.last ?? ""))
        }
    }

    static let spec = CommandSpec(
        name: "export",
        summary: LocalizedText(en: "write the program as Markdown, HTML, iCalendar or Word, or the roster as CSV or Excel",
                               ru: "выгрузить программу в Markdown, HTML, iCalendar или Word, а список людей — в CSV или Excel"),
        options: [
            format,
            SharedOptions.output,
            SharedOptions.overwrite,
            SharedOptions.day,
            SharedOptions.timeZone,
            SharedOptions.person.with(help: LocalizedText(en: "that person's own program (for csv and xlsx: their rows of the roster)",
                                                          ru: "личная программа этого человека (для csv и xlsx — его строки списка)")),
            SharedOptions.role.with(help: LocalizedText(en: "the program of a role (for csv and xlsx: the rows of that role): leaders, moderators, collectors, participants, experts, organizers",
                                                        ru: "программа для роли (для csv и xlsx — строки этой роли): leaders, moderators, collectors, participants, experts, organizers")),
            SharedOptions.direction.with(help: LocalizedText(en: "the program as one direction's people see it, the direction's id (for csv and xlsx: its rows)",
                                                             ru: "программа глазами людей одного направления, id направления (для csv и xlsx — его строки)")),
            separator,
        ] + SharedOptions.includes + [previous],
        details: LocalizedText(
            en: """
                The program is written in the session's language. Public by default: groups, their members and \
                rooms appear only with --include-groups, e-mail addresses and phone numbers only with \
                --include-contacts. Without -o the result goes to standard output; -o writes a temporary file \
                beside OUT and renames it, and refuses to replace FILE unless --overwrite is given. \
                ics: one event per slot with the session's time zone; the events keep their UIDs across exports, \
                so importing a new export updates them; --previous OLD.json also writes OLD's events that FILE no longer has as cancelled. \
                csv: the roster (direction, group, role, name, position; \
                with --include-contacts also e-mail, phone, organization and region), UTF-8 with a byte order \
                mark for Excel, separated by semicolons for a Russian session and commas for an English one \
                unless --separator says otherwise. docx: the printed program for Word, each day on its own page. \
                xlsx: the roster as an Excel workbook, every cell text; with --include-groups a sheet per direction \
                with its groups. docx and xlsx are binary: name the file with -o. A plan that breaks the rules \
                still exports, with a line on standard error. --person, --role and --direction keep what concerns \
                them, as in agenda (for csv and xlsx: their rows of the roster). Exit status: 0 written, 1 the file is not a usable session, \
                2 a wrong option, day, zone, role, direction or name, or OUT cannot be written.
                """,
            ru: """
                Программа выводится на языке сессии. По умолчанию — только публичное: группы, их участники и \
                комнаты появляются лишь с --include-groups, адреса почты и телефоны — лишь с --include-contacts. \
                Без -o результат идёт в стандартный вывод; с -o он записывается во временный файл рядом с OUT и \
                переименовывается, а сам FILE заменяется только с --overwrite. ics: по событию на каждый пункт \
                программы в поясе сессии; при повторной выгрузке события сохраняют UID, поэтому повторный импорт \
                обновляет их; с --previous OLD.json события OLD, которых больше нет в FILE, записываются как отменённые. \
                csv: список людей (направление, группа, роль, ФИО, должность; с --include-contacts \
                также e-mail, телефон, организация и регион) в UTF-8 с меткой порядка байтов для Excel, через \
                точку с запятой для русской сессии и через запятую для английской, если --separator не задаёт \
                другого. docx: программа для печати в Word, каждый день с новой страницы. xlsx: список людей \
                книгой Excel, все ячейки — текст; с --include-groups ещё лист на каждое направление с его \
                группами. docx и xlsx — двоичные файлы: укажите файл через -o. План, нарушающий правила, всё \
                равно выгружается, а в стандартный поток ошибок выводится строка об этом. --person, --role и \
                --direction оставляют то, что их касается, как в agenda (для csv и xlsx — их строки списка). Код выхода: 0 — записано, 1 — файл не удаётся \
                прочитать как сессию, 2 — неверный параметр, день, пояс, роль, направление или имя, либо OUT не \
                удаётся записать.
                """)
    )

    /// `--separator comma|semicolon|tab` (csv).
    static let separator = OptionSpec(name: "--separator", valueName: "SEP", choices: CSVSeparator.allCases.map(\.rawValue),
                                      help: LocalizedText(en: "the csv field separator; by default semicolon for a Russian session (as Excel in a Russian locale splits), comma for an English one",
                                                          ru: "разделитель полей csv; по умолчанию точка с запятой для русской сессии (так делит Excel с русскими настройками), запятая для английской"))

    /// `--to FORMAT`.
    static let format = OptionSpec(name: "--to", valueName: "FORMAT", choices: Format.allCases.map(\.rawValue), required: true,
                                   help: LocalizedText(en: "markdown (a website), html (a page to open or print), ics (calendars), csv (the roster), docx (the program for Word), xlsx (the roster for Excel)",
                                                       ru: "markdown (для сайта), html (страница для просмотра и печати), ics (календари), csv (список людей), docx (программа для Word), xlsx (список людей для Excel)"))

    /// `--previous OLD.json` (ics).
    static let previous = OptionSpec(name: "--previous", valueName: "OLD.json",
                                     help: LocalizedText(en: "ics: the version published before; its events that FILE no longer has are written as cancelled",
                                                         ru: "ics: ранее опубликованная версия; её события, которых больше нет в FILE, записываются как отменённые"))

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        guard let formatName = arguments.value(ExportCommand.format), let format = Format(rawValue: formatName) else {
            return console.usage(UsageError(message: LocalizedText(
                en: "\"export\" needs a format: --to \(Format.list.en)",
                ru: "для \"export\" нужен формат: --to \(Format.list.ru)")), spec: spec)
        }
        if format.isBinary, arguments.value(SharedOptions.output) == nil, console.context.standardOutputIsTerminal {
            return console.usage(UsageError(message: LocalizedText(
                en: "--to \(format.rawValue) writes a binary file, which a terminal cannot show; name the file with -o, for example -o program.\(format.rawValue)",
                ru: "--to \(format.rawValue) даёт двоичный файл, который терминал показать не может; укажите файл через -o, например -o program.\(format.rawValue)")), spec: spec)
        }
        if format.isRoster {
            for option in [SharedOptions.day, SharedOptions.timeZone] where arguments.value(option) != nil {
                return console.usage(UsageError(message: LocalizedText(
                    en: "\(option.name) does not apply to --to \(format.rawValue): the roster has no times",
                    ru: "\(option.name) не применяется к --to \(format.rawValue): в списке людей нет времени")), spec: spec)
            }
        }
        if arguments.value(separator) != nil, format != .csv {
            return console.usage(UsageError(message: LocalizedText(
                en: "--separator applies only to --to csv: it separates the roster's fields",
                ru: "--separator применяется только к --to csv: он разделяет поля списка")), spec: spec)
        }
        if arguments.value(previous) != nil, format != .ics {
            return console.usage(UsageError(message: LocalizedText(
                en: "--previous applies only to --to ics: it cancels calendar events",
                ru: "--previous применяется только к --to ics: он отменяет события календаря")), spec: spec)
        }
        let input: ProgramInput
        switch ProgramInput.read(arguments, console, spec: spec) {
        case .failure(let status): return status
        case .success(let read): input = read
        }
        var options = SharedOptions.exportOptions(arguments)
        options.separator = arguments.value(separator).flatMap(CSVSeparator.init(rawValue:))
        let view = input.view
        var cancelled: [CancelledEvent] = []
        if format == .ics, let previousPath = arguments.value(previous) {
            switch console.readSession(previousPath, checkRules: false) {
            case .failure(let status): return status
            case .success(let old):
                VersionWarnings.revision(old: old.session, new: view.session, oldPath: previousPath, newPath: input.path, console: console)
                cancelled = CalendarCancellations.events(previous: old.session, current: view, query: input.query)
            }
        }
        let bytes: [UInt8]
        switch format.write(view, options: options, cancelled: cancelled) {
        case .failure(let error): return console.fail(error.message)
        case .success(let written): bytes = written
        }

        if let output = arguments.value(SharedOptions.output) {
            switch OutputFile.write(bytes: bytes, to: output, overwrite: arguments.has(SharedOptions.overwrite), inputPaths: [input.path],
                                    isPrivate: options.includeContacts, relativeTo: console.context.currentDirectory) {
            case .failure(let error): return console.fail(error.message)
            case .success: break
            }
        } else {
            console.context.standardOutput.write(bytes: bytes)
        }

        var withGroups = options
        withGroups.includeGroups = true
        if format == .csv, let person = view.person, !options.includeGroups, RosterRow.rows(of: view, options: options).isEmpty,
           !RosterRow.rows(of: view, options: withGroups).isEmpty {
            // Only the header was written: say why instead of leaving an empty table unexplained.
            console.report("sessionplan: " + console.text(LocalizedText(
                en: "\(person.name) is in the roster only through groups, which are private: only the header was written; add --include-groups to list their rows\n",
                ru: "\(person.name) есть в списке только через группы, а группы по умолчанию не публикуются: записана только строка заголовков; добавьте --include-groups, чтобы вывести строки этого человека\n")))
        }
        input.reportProblems(console)
        if let output = arguments.value(SharedOptions.output) {
            console.report(console.text(LocalizedText(en: "written to \(output)\n", ru: "записано в \(output)\n")))
        }
        return .success
    }
}
