/// The library as a program other than the command line uses it: read a
/// session file, check it as `sessionplan validate` does, and write its
/// program as `sessionplan export --to FORMAT` does.
///
///     let plan = SessionPlan(name: "session.json", bytes: Array(data))
///     print(plan.report(in: .ru))
///     let page = plan.export(to: "html")
///
/// Everything else in the library is internal: the command line
/// (`CLI.run`) is the other way in.
public struct SessionPlan: Sendable {
    private let loaded: LoadedSession

    /// Reads, builds and checks a session file; `name` is how the report names the file.
    public init(name: String, bytes: [UInt8]) {
        loaded = SessionLoader.load(SourceFile(name: name, bytes: bytes))
    }

    /// False when the file cannot be used: not JSON, or structurally invalid.
    public var isUsable: Bool { loaded.session != nil }
    public var errorCount: Int { loaded.diagnostics.errorCount }
    public var warningCount: Int { loaded.diagnostics.warningCount }

    /// The findings as `validate` prints them: `file:line:column: error: message [code]`
    /// with the source line under each; empty when the plan is clean.
    public func report(in language: Language) -> String {
        DiagnosticTextPrinter(language: language, colors: false).renderAll(loaded.diagnostics, in: loaded.file)
    }

    /// The names `export(to:)` takes, as `--to` spells them.
    public static let formats: [String] = ExportCommand.Format.allCases.map(\.rawValue)

    /// The whole public program in one of `formats`, as `export --to` writes
    /// it with no other option; nil for an unusable file or an unknown format.
    public func export(to format: String) -> [UInt8]? {
        guard let session = loaded.session, let format = ExportCommand.Format(rawValue: format),
              let view = try? ProgramView(session: session) else { return nil }
        return try? format.write(view, options: ExportOptions()).get()
    }
}
