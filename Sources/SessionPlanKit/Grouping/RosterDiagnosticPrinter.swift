/// Prints problems of a registration list like a compiler's diagnostics,
/// `roster.csv:5:2: error: message [code]`, where 5 is the row as a
/// spreadsheet shows it (the header is row 1) and 2 the spreadsheet column
/// (B), then the row with a caret under the cell's first character.
///
/// `DiagnosticTextPrinter` puts its caret at the location's column, which for
/// a registration list is a spreadsheet column, not a character position; and
/// the file may be Windows-1251. This printer shows the decoded text instead.
struct RosterDiagnosticPrinter {
    let fileName: String
    /// The list's text as decoded; diagnostics' offsets count its UTF-8 bytes after `prefixLength` bytes of byte order mark.
    let text: DecodedText
    let language: Language
    let colors: Bool
    /// For a workbook (.xlsx): name each cell as the spreadsheet shows it
    /// (`B7`) instead of quoting a line of text, which a workbook does not have.
    var namesCells = false
    /// The decoded text's UTF-8 bytes, made once: every message shows a window of them.
    private let bytes: [UInt8]

    init(fileName: String, text: DecodedText, language: Language, colors: Bool, namesCells: Bool = false) {
        self.fileName = fileName
        self.text = text
        self.language = language
        self.colors = colors
        self.namesCells = namesCells
        self.bytes = Array(text.text.utf8)
    }

    func render(_ diagnostic: Diagnostic) -> String {
        let label = diagnostic.severity == .error ? style("error", "1;31") : style("warning", "1;33")
        var out = header(diagnostic.location, label: label,
                         message: diagnostic.message.text(in: language) + " [\(diagnostic.code.rawValue)]")
        if let location = diagnostic.location, !namesCells, !bytes.isEmpty,
           let excerpt = SourceExcerpt(bytes: bytes, offset: location.offset - text.byteOrderMarkLength, width: 120) {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: max(0, 5 - number.count)) + number
            let blank = String(repeating: " ", count: gutter.count)
            let padding = excerpt.text.unicodeScalars.prefix(excerpt.column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
            out += "\(gutter) | \(excerpt.text)\n\(blank) | \(padding)\(style("^", "1;32"))\n"
        }
        for note in diagnostic.notes {
            out += header(note.location, label: style("note", "1;36"), message: note.message.text(in: language))
        }
        return out
    }

    /// At most `DiagnosticLimits.findingsPerCode` problems of each code, then one line per code with the count of the rest.
    func renderAll(_ diagnostics: [Diagnostic]) -> String {
        let (shown, omitted) = DiagnosticLimits.select(diagnostics)
        var out = ""
        for diagnostic in shown { out += render(diagnostic) }
        for (code, count) in omitted {
            let severity = diagnostics.first { $0.code == code }?.severity ?? .error
            out += header(nil, label: severity == .error ? style("error", "1;31") : style("warning", "1;33"),
                          message: DiagnosticLimits.moreLikeThese(count).text(in: language) + " [\(code.rawValue)]")
        }
        return out
    }

    private func header(_ location: SourceLocation?, label: String, message: String) -> String {
        let file = OutputSanitizer.clean(fileName)
        let place = location.map { "\(file):\($0.line):\($0.column)" } ?? file
        var message = message
        if namesCells, let location {
            let cell = CellReference.name(column: location.column - 1, row: location.line)
            message = LocalizedText(en: "cell \(cell): ", ru: "ячейка \(cell): ").text(in: language) + message
        }
        return style(place + ":", "1") + " " + label + ": " + OutputSanitizer.clean(message) + "\n"
    }

    private func style(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
