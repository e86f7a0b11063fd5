/// `validate --format json`: one JSON document for programs:
/// `{"files": [{"file", "diagnostics": [{"severity", "code", "message", "line", "column", "notes": [{"message", "line", "column"}]}]}], "errors", "warnings"}`.
/// A finding without a place has `line` and `column` null.
public struct DiagnosticJSONPrinter {
    public var language: Language

    public init(language: Language) { self.language = language }

    public func render(_ files: [(file: SourceFile, diagnostics: [Diagnostic])]) -> String {
        let all = files.flatMap(\.diagnostics)
        let document = JSONValue.object([
            ("files", .array(files.map { file in
                .object([
                    ("file", .string(file.file.name)),
                    ("diagnostics", .array(file.diagnostics.map(diagnostic))),
                ])
            })),
            ("errors", .number(all.errorCount)),
            ("warnings", .number(all.warningCount)),
        ])
        return JSONWriter.string(document) + "\n"
    }

    private func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("severity", .string(diagnostic.severity.rawValue)),
            ("code", .string(diagnostic.code.rawValue)),
            ("message", .string(diagnostic.message.text(in: language))),
        ]
        members += place(diagnostic.location)
        members.append(("notes", .array(diagnostic.notes.map { note in
            .object([("message", .string(note.message.text(in: language)))] + place(note.location))
        })))
        return .object(members)
    }

    private func place(_ location: SourceLocation?) -> [(String, JSONValue)] {
        [("line", location.map { .number($0.line) } ?? .null), ("column", location.map { .number($0.column) } ?? .null)]
    }
}
