/// `validate --format json`: one JSON document for programs.
public struct DiagnosticJSONPrinter {
    public var language: Language

    public init(language: Language) { self.language = language }

    public func render(_ files: [(file: SourceFile, diagnostics: [Diagnostic])]) -> String {
        "{}\n"
    }
}
