import Foundation

/// `sessionplan agenda FILE [--day N|DATE] [--tz ZONE]... [--person NAME] [--role ROLE] [--direction ID]`
enum AgendaCommand {
    static let spec = CommandSpec(
        name: "agenda",
        summary: LocalizedText(en: "print the program in the terminal", ru: "показать программу в терминале"),
        options: [SharedOptions.day, SharedOptions.timeZones, SharedOptions.person, SharedOptions.role,
                  SharedOptions.direction],
        details: LocalizedText(
            en: """
                The program is printed in the session's language, wrapped to the terminal's width (COLUMNS). \
                With several --tz, one time column per zone, the session's zone first; a slot is listed under \
                its date in the first zone. A plan that breaks the rules (groups not formed yet) still prints, \
                and a line on standard error says how many problems validate would report. \
                Exit status: 0 printed, 1 the file is not a usable session, 2 a wrong option, day, zone, role, \
                direction or name.
                """,
            ru: """
                Программа печатается на языке сессии и переносится по ширине терминала (COLUMNS). \
                С несколькими --tz — по колонке времени на каждый пояс, первым пояс сессии; пункт программы \
                стоит под своей датой в первом поясе. План, нарушающий правила (группы ещё не сформированы), \
                всё равно печатается, а строка в стандартном потоке ошибок говорит, сколько проблем найдёт \
                validate. Код выхода: 0 — программа напечатана, 1 — файл не удаётся прочитать как сессию, \
                2 — неверный параметр, день, пояс, роль, направление или имя.
                """)
    )

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        // The options first: a mistake there is reported before the file is read.
        var query: ProgramQuery
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
        query.timeZones = columns(for: query.timeZones, session: session)

        let view: ProgramView
        do throws(ProgramQueryError) {
            view = try ProgramView(session: session, query: query)
        } catch {
            return console.usage(UsageError(message: error.message), spec: spec)
        }
        let renderer = AgendaRenderer(width: width(console.context), colors: console.colorOutput)
        console.out(renderer.render(view))

        let problems = loaded.diagnostics
        if !problems.isEmpty {
            console.report("sessionplan: " + console.text(summary(errors: problems.errorCount,
                                                               warnings: problems.warningCount, path: path)) + "\n")
        }
        return .success
    }

    /// The time columns: one `--tz` replaces the session's zone; several give
    /// one column each with the session's zone first (added when not named).
    static func columns(for zones: [TimeZone], session: Session) -> [TimeZone] {
        guard zones.count > 1 else { return zones }
        var result = [session.timeZone]
        for zone in zones where !result.contains(where: { $0.identifier == zone.identifier }) { result.append(zone) }
        return result
    }

    /// COLUMNS when set to a number, else the terminal's width, else 80.
    static func width(_ context: CommandContext) -> Int {
        if let text = context.environment["COLUMNS"], let columns = Int(text.trimmingCharacters(in: .whitespaces)),
           columns > 0 {
            return columns
        }
        return context.terminalColumns ?? 80
    }

    /// «validate найдёт 3 ошибки и 1 предупреждение (sessionplan validate FILE)».
    static func summary(errors: Int, warnings: Int, path: String) -> LocalizedText {
        let e = Plural.count(errors, en: ("error", "errors"), ru: ("ошибку", "ошибки", "ошибок"))
        let w = Plural.count(warnings, en: ("warning", "warnings"), ru: ("предупреждение", "предупреждения", "предупреждений"))
        let parts: LocalizedText
        switch (errors > 0, warnings > 0) {
        case (true, true): parts = LocalizedText(en: "\(e.en) and \(w.en)", ru: "\(e.ru) и \(w.ru)")
        case (true, false): parts = e
        default: parts = w
        }
        return LocalizedText(en: "validate would report \(parts.en) (sessionplan validate \(path))",
                             ru: "validate найдёт \(parts.ru) (sessionplan validate \(path))")
    }
}
