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

    func render(_ diagnostic: Diagnostic) -> String {
        let label = diagnostic.severity == .error ? style("error", "1;31") : style("warning", "1;33")
        var out = header(diagnostic.location, label: label,
                         message: diagnostic.message.text(in: language) + " [\(diagnostic.code.rawValue)]")
        if let location = diagnostic.location, !namesCells, let (line, column) = line(at: location.offset) {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: max(0, 5 - number.count)) + number
            let blank = String(repeating: " ", count: gutter.count)
            let padding = line.unicodeScalars.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
            out += "\(gutter) | \(line)\n\(blank) | \(padding)\(style("^", "1;32"))\n"
        }
        for note in diagnostic.notes {
            out += header(note.location, label: style("note", "1;36"), message: note.message.text(in: language))
        }
        return out
    }

    private func header(_ location: SourceLocation?, label: String, message: String) -> String {
        let place = location.map { "\(fileName):\($0.line):\($0.column)" } ?? fileName
        var message = message
        if namesCells, let location {
            let cell = CellReference.name(column: location.column - 1, row: location.line)
            message = LocalizedText(en: "cell \(cell): ", ru: "ячейка \(cell): ").text(in: language) + message
        }
        return style(place + ":", "1") + " " + label + ": " + message + "\n"
    }

    /// The physical line holding byte `offset` of the list and the character column of that offset in it.
    private func line(at offset: Int) -> (String, Int)? {
        let bytes = Array(text.text.utf8)
        let position = offset - text.byteOrderMarkLength
        guard !bytes.isEmpty, position >= 0, position <= bytes.count else { return nil }
        var start = position
        while start > 0, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x0D { start -= 1 }
        var end = position
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        let before = String(decoding: bytes[start..<position], as: UTF8.self)
        let line = String(decoding: bytes[start..<end], as: UTF8.self)
        let shown = String(String.UnicodeScalarView(line.unicodeScalars.map {
            $0.properties.generalCategory == .control && $0 != "\t" ? "\u{FFFD}" : $0
        }))
        return (shown, before.unicodeScalars.count + 1)
    }

    private func style(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
