import Foundation

// The `import` target of the fuzzer (`run-fuzzer.sh SECONDS import`): the bytes
// are a program as text; decoding, the line reader, the recognizers, the
// assembly into a session, its JSON, the notes printed and the session built
// back from that JSON (so an import that writes a file the tool cannot read
// back is found as well as a crash).
enum FuzzImport {
    /// A year and a zone, so that programs without them still get assembled.
    static let options = ImportOptions(year: 2025, timeZone: "Europe/Moscow")

    static func exercise(_ bytes: [UInt8]) {
        exercise(ProgramImport.importText(bytes, options: options))
        // Without the options, the failures that ask for them are reached too.
        if case .failure(let failure) = ProgramImport.importText(bytes, options: ImportOptions()) { _ = failure.message }
    }

    static func exercise(_ result: Result<ImportOutcome, ProgramImport.Failure>) {
        switch result {
        case .failure(let failure): _ = failure.message
        case .success(let outcome):
            for text in outcome.unplaced { _ = ImportReport.unplaced(text, path: "fuzz.txt") }
            for remark in outcome.remarks { _ = ImportReport.remark(remark.text, line: remark.line, path: "fuzz.txt") }
            _ = ImportReport.summary(outcome)
            let json = JSONWriter.string(outcome.session)
            let loaded = SessionLoader.load(SourceFile(name: "imported.json", bytes: Array(json.utf8)))
            _ = DiagnosticTextPrinter(language: .ru, colors: false).renderAll(loaded.diagnostics, in: loaded.file)
        }
    }
}
