/// `sessionplan import PROGRAM.txt|.md|.docx [-o OUT] [--timezone ZONE] [--year YYYY] [--overwrite]`:
/// a session file from the program the organizers already have.
enum ImportCommand {
    static let output = SharedOptions.output.with(help: LocalizedText(
        en: "write the session file to OUT instead of standard output",
        ru: "записать файл сессии в OUT, а не в стандартный вывод"))
    static let timeZone = OptionSpec(name: "--timezone", valueName: "ZONE",
        help: LocalizedText(en: "the IANA zone (Europe/Moscow) when the program does not name its time",
                            ru: "пояс IANA (Europe/Moscow), если в программе не сказано, по какому она времени"))
    static let year = OptionSpec(name: "--year", valueName: "YYYY",
        help: LocalizedText(en: "the year of dates written without one (21 сентября)",
                            ru: "год для дат, записанных без года (21 сентября)"))
    static let overwrite = SharedOptions.overwrite.with(help: LocalizedText(
        en: "replace OUT when it exists", ru: "заменить OUT, если он уже есть"))

    static let spec = CommandSpec(
        name: "import",
        summary: LocalizedText(en: "make a session file from a program written for people (text copied from Word or a PDF, or the .docx)",
                               ru: "сделать файл сессии из программы, написанной для людей (текст из Word или PDF либо файл .docx)"),
        options: [output, timeZone, year, overwrite],
        positionalName: "PROGRAM",
        details: LocalizedText(
            en: """
                Reads the program as organizers have it: the Word file itself (.docx) or text copied from a Word or \
                PDF program (.txt, .md; UTF-8 or Windows-1251; italics and the <i>, * marks are hints: names in \
                italics are speakers) and writes a session \
                file: title, dates, hours and zone, days and their themes, slots with times, titles, kinds, speakers \
                and their positions, closed and optional meetings, audiences, notes, directions with their leaders and \
                statements, registration, host and architects; for an in-person program the venue, the halls and rooms \
                written in parentheses or in a table's «Место» column, and parallel sections (with no zone named, the \
                venue's city gives it). Every line it could not place is listed with its number \
                on standard error and kept in the session's notes: read them, move what belongs elsewhere, then run \
                sessionplan validate. Groups are not in a program: add them, or form them with sessionplan groups. \
                An existing OUT.json is replaced only with --overwrite. Exit status: 0 written, 2 the program \
                cannot be read, lacks a year or zone the options do not give, or OUT.json cannot be written.
                """,
            ru: """
                Читает программу в том виде, в каком она есть у организаторов: сам файл Word (.docx) или текст, \
                скопированный из программы в Word или PDF (.txt, .md; UTF-8 или Windows-1251; курсив и пометки <i>, * — \
                подсказки: имена курсивом — это выступающие), и пишет файл сессии: название, даты, время и пояс, дни и их темы, пункты программы со \
                временем, названиями, видами, выступающими и их должностями, закрытые и необязательные встречи, кто \
                участвует, примечания, направления с лидерами и их позициями, регистрацию, ведущего и архитекторов; \
                для очной программы — место проведения, залы и аудитории, указанные в скобках или в столбце «Место» \
                таблицы, и параллельные секции (если пояс не назван, его даёт город места проведения). \
                Каждая строка, которую не удалось разобрать, выводится с номером в стандартный поток ошибок и \
                сохраняется в notes сессии: прочитайте их, перенесите нужное на место и выполните sessionplan validate. \
                Групп в программе нет: добавьте их или сформируйте командой sessionplan groups. Существующий OUT.json \
                заменяется только с --overwrite. Код выхода: 0 — записано, 2 — программу не удаётся прочитать, в ней нет \
                года или пояса, а параметры их не дают, либо OUT.json не удаётся записать.
                """)
    )

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        var options = ImportOptions()
        if let written = arguments.value(year) {
            guard let value = Int(written), (1900...2200).contains(value), written.count == 4 else {
                return console.usage(UsageError(message: LocalizedText(
                    en: "--year needs a year of four digits, such as 2025, not \"\(written)\"",
                    ru: "для --year нужен год из четырёх цифр, например 2025, а не \"\(written)\"")), spec: spec)
            }
            options.year = value
        }
        if let zone = arguments.value(timeZone) {
            guard KnownTimeZones.zone(named: zone) != nil else {
                return console.usage(UsageError(message: LocalizedText(
                    en: "--timezone needs an IANA zone such as Europe/Moscow or Asia/Irkutsk, not \"\(zone)\"",
                    ru: "для --timezone нужен пояс IANA, например Europe/Moscow или Asia/Irkutsk, а не \"\(zone)\"")), spec: spec)
            }
            options.timeZone = zone
        }
        guard let path = arguments.positionals.first else { return .usage }
        let file: SourceFile
        switch InputFiles.read(path, console: console) {
        case .failure(let error): return console.fail(error.message)
        case .success(let read): file = read
        }
        let result: Result<ImportOutcome, ProgramImport.Failure>
        if path.lowercased().hasSuffix(".docx") {
            result = ProgramImport.importWordDocument(file.bytes, options: options)
        } else {
            result = ProgramImport.importText(file.bytes, options: options)
        }
        let outcome: ImportOutcome
        switch result {
        case .failure(let failure): return console.fail(LocalizedText(en: "\(path): " + failure.message.en, ru: "\(path): " + failure.message.ru))
        case .success(let value): outcome = value
        }

        for text in outcome.unplaced { console.err(console.text(ImportReport.unplaced(text, path: path)) + "\n") }
        for remark in outcome.remarks { console.err(console.text(ImportReport.remark(remark.text, line: remark.line, path: path)) + "\n") }

        let json = JSONWriter.string(outcome.session)
        if let output = arguments.value(output), output != "-" {
            switch OutputFile.write(json, to: output, overwrite: false, inputPaths: [path],
                                    existing: arguments.has(overwrite) ? .replace : .refuse,
                                    relativeTo: console.context.currentDirectory) {
            case .failure(let error): return console.fail(error.message)
            case .success: break
            }
            console.err(console.text(ImportReport.summary(outcome)) + "\n")
            console.err(console.text(ImportReport.nextSteps(outcome, output: output)) + "\n")
        } else {
            console.out(json)
            console.err(console.text(ImportReport.summary(outcome)) + "\n")
        }
        return .success
    }
}
