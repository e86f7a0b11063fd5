import Foundation

/// What a command that prints the program reads (`agenda`, `export`, and the
/// later `letters`, `changes`): the query from `SharedOptions`, checked before
/// the file is read; the session; its view. Mistakes are reported here, so a
/// command only writes the view out.
struct ProgramInput {
    let path: String
    let loaded: LoadedSession
    let view: ProgramView
    /// The query the view was made with (`--previous` views the old version the same way).
    let query: ProgramQuery

    /// The options, then FILE, then the view; a failure is already reported and carries the exit status.
    static func read(_ arguments: ParsedArguments, _ console: Console, spec: CommandSpec) -> Result<ProgramInput, ExitStatus> {
        var query: ProgramQuery
        do throws(ProgramQueryError) {
            query = try SharedOptions.query(arguments)
        } catch {
            return .failure(console.usage(UsageError(message: error.message), spec: spec))
        }
        guard let path = arguments.positionals.first else { return .failure(.usage) }
        let input: SessionInput
        switch console.readSession(path) {
        case .failure(let status): return .failure(status)
        case .success(let read): input = read
        }
        query.timeZones = columns(for: query.timeZones, session: input.session)
        do throws(ProgramQueryError) {
            let view = try ProgramView(session: input.session, query: query)
            return .success(ProgramInput(path: path, loaded: input.loaded, view: view, query: query))
        } catch {
            return .failure(console.usage(UsageError(message: error.message), spec: spec))
        }
    }

    /// The time columns: one `--tz` replaces the session's zone; several give
    /// one column each with the session's zone first (added when not named).
    static func columns(for zones: [TimeZone], session: Session) -> [TimeZone] {
        guard zones.count > 1 else { return zones }
        var result = [session.timeZone]
        for zone in zones where !result.contains(where: { $0.identifier == zone.identifier }) { result.append(zone) }
        return result
    }

    /// A plan that breaks the rules still prints; one line on standard error says so.
    func reportProblems(_ console: Console) {
        console.reportProblems(of: loaded, path: path)
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
