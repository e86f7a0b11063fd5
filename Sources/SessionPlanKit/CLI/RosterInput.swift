/// A registration list named by `--roster`: an Excel workbook (its first sheet) or CSV text, read into
/// the list, with the printer that shows its diagnostics at their rows and cells. `groups` and `stats`
/// read it the same way.
struct RosterInput {
    /// The list, or the one diagnostic that makes the file unusable.
    let list: Result<RegistrationList, Diagnostic>
    let printer: RosterDiagnosticPrinter

    init(_ file: SourceFile, path: String, console: Console) {
        if WorkbookReader.isArchive(file.bytes) || path.lowercased().hasSuffix(".xlsx") {
            printer = RosterDiagnosticPrinter(fileName: file.name,
                                              text: DecodedText(text: "", encoding: .utf8, byteOrderMarkLength: 0),
                                              language: console.language, colors: console.colorErrors, namesCells: true)
            list = WorkbookReader.read(file.bytes)
                .mapError { Diagnostic.error(.rosterSyntax, $0.message, at: nil) }
                .flatMap { RegistrationList.read($0, encoding: .utf8) }
            return
        }
        switch TextDecoding.decode(file.bytes) {
        case .failure(let diagnostic):
            // The row is shown as UTF-8 with U+FFFD for the stray byte; before it, offsets are the file's.
            printer = RosterDiagnosticPrinter(fileName: file.name,
                                              text: DecodedText(text: String(decoding: file.bytes, as: UTF8.self),
                                                                encoding: .utf8, byteOrderMarkLength: 0),
                                              language: console.language, colors: console.colorErrors)
            list = .failure(diagnostic)
        case .success(let decoded):
            printer = RosterDiagnosticPrinter(fileName: file.name, text: decoded,
                                              language: console.language, colors: console.colorErrors)
            list = RegistrationList.read(decoded)
        }
    }
}
