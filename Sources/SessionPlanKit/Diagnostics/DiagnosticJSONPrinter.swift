/// `validate --format json`: one JSON document for programs:
/// `{"files": [{"file", "diagnostics": [{"severity", "code", "message", "line", "column", "notes": [{"message", "line", "column"}]}]}], "errors", "warnings"}`.
/// A finding without a place has `line` and `column` null.
///
/// At most `DiagnosticLimits.findingsPerCode` findings of a code are listed per
/// file; then the file has `"omitted": [{"code", "count"}]`. A finding whose
/// notes were cut has `"notesOmitted": N`. `errors` and `warnings` count all.
struct DiagnosticJSONPrinter {
    var language: Language

    init(language: Language) { self.language = language }

    func render(_ files: [(file: SourceFile, diagnostics: [Diagnostic])]) -> String {
        let all = files.flatMap(\.diagnostics)
        let document = JSONValue.object([
            ("files", .array(files.map { file in
                let (shown, omitted) = DiagnosticLimits.select(file.diagnostics)
                var members: [(String, JSONValue)] = [
                    ("file", .string(file.file.name)),
                    ("diagnostics", .array(shown.map(diagnostic))),
                ]
                if !omitted.isEmpty {
                    members.append(("omitted", .array(omitted.map {
                        .object([("code", .string($0.code.rawValue)), ("count", .number($0.count))])
                    })))
                }
                return .object(members)
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
        members.append(("notes", .array(diagnostic.notes.prefix(DiagnosticLimits.notesPerFinding).map { note in
            .object([("message", .string(note.message.text(in: language)))] + place(note.location))
        })))
        if diagnostic.notes.count > DiagnosticLimits.notesPerFinding {
            members.append(("notesOmitted", .number(diagnostic.notes.count - DiagnosticLimits.notesPerFinding)))
        }
        return .object(members)
    }

    private func place(_ location: SourceLocation?) -> [(String, JSONValue)] {
        [("line", location.map { .number($0.line) } ?? .null), ("column", location.map { .number($0.column) } ?? .null)]
    }
}
