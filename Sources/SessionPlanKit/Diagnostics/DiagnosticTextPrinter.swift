/// Prints diagnostics the way compilers do, so editors and CI annotate them:
///
///     file:42:17: error: message [code]
///        42 |           "members": ["Анна", "Борис"]
///           |                      ^
///     file:40:9: note: the group is defined here
struct DiagnosticTextPrinter {
    var language: Language
    var colors: Bool
    /// Source lines longer than this are shown as a window around the column.
    var maximumLineWidth = 120

    init(language: Language, colors: Bool) {
        self.language = language
        self.colors = colors
    }

    func render(_ diagnostic: Diagnostic, in file: SourceFile) -> String {
        var out = header(file: file.name, location: diagnostic.location,
                         label: diagnostic.severity == .error ? style("error", .red) : style("warning", .yellow),
                         message: diagnostic.message.text(in: language) + " [\(diagnostic.code.rawValue)]")
        if let location = diagnostic.location,
           let excerpt = SourceExcerpt(bytes: file.bytes, offset: location.offset, skip: file.byteOrderMarkLength,
                                       width: maximumLineWidth) {
            out += render(excerpt, line: location.line)
        }
        for note in diagnostic.notes.prefix(DiagnosticLimits.notesPerFinding) {
            out += header(file: file.name, location: note.location, label: style("note", .cyan),
                          message: note.message.text(in: language))
        }
        if diagnostic.notes.count > DiagnosticLimits.notesPerFinding {
            out += header(file: file.name, location: nil, label: style("note", .cyan),
                          message: DiagnosticLimits.morePlaces(diagnostic.notes.count - DiagnosticLimits.notesPerFinding).text(in: language))
        }
        return out
    }

    /// The findings of one file, at most `DiagnosticLimits.findingsPerCode` of
    /// each code, then one line per code saying how many more there are.
    func renderAll(_ diagnostics: [Diagnostic], in file: SourceFile) -> String {
        let (shown, omitted) = DiagnosticLimits.select(diagnostics)
        var out = ""
        for diagnostic in shown { out += render(diagnostic, in: file) }
        for (code, count) in omitted {
            let severity = diagnostics.first { $0.code == code }?.severity ?? .error
            out += header(file: file.name, location: nil,
                          label: severity == .error ? style("error", .red) : style("warning", .yellow),
                          message: DiagnosticLimits.moreLikeThese(count).text(in: language) + " [\(code.rawValue)]")
        }
        return out
    }

    /// `2 errors, 1 warning in 1 file` / «2 ошибки, 1 предупреждение в 1 файле».
    func summary(errors: Int, warnings: Int, files: Int) -> String {
        let text: LocalizedText
        if errors == 0 && warnings == 0 {
            text = LocalizedText(en: "no problems found in \(Plural.english(files, one: "1 file", other: "\(files) files"))",
                                 ru: "проблем не найдено (\(Plural.count(files, en: ("file", "files"), ru: ("файл", "файла", "файлов")).ru))")
        } else {
            let e = Plural.count(errors, en: ("error", "errors"), ru: ("ошибка", "ошибки", "ошибок"))
            let w = Plural.count(warnings, en: ("warning", "warnings"), ru: ("предупреждение", "предупреждения", "предупреждений"))
            let where_ = LocalizedText(en: "in \(files) \(Plural.english(files, one: "file", other: "files"))",
                                       ru: "в \(files) \(Plural.russian(files, one: "файле", few: "файлах", many: "файлах"))")
            text = LocalizedText(en: "\(e.en), \(w.en) \(where_.en)", ru: "\(e.ru), \(w.ru) \(where_.ru)")
        }
        return text.text(in: language) + "\n"
    }

    /// The file name and message come from outside (a path, a key, a title): cleaned before they reach the terminal.
    private func header(file: String, location: SourceLocation?, label: String, message: String) -> String {
        let file = OutputSanitizer.clean(file)
        let place = location.map { "\(file):\($0.line):\($0.column)" } ?? file
        return style(place + ":", .bold) + " " + label + ": " + OutputSanitizer.clean(message) + "\n"
    }

    /// The source line (or its window) with a caret under the column. Tabs are
    /// shown as spaces to the next stop of four (a tab is a control character,
    /// and terminals set their stops differently), the caret moved to match.
    func render(_ excerpt: SourceExcerpt, line: Int) -> String {
        let lineNumber = String(line)
        let gutter = String(repeating: " ", count: max(5, lineNumber.count + 1) - lineNumber.count) + lineNumber
        let blank = String(repeating: " ", count: gutter.count)
        let (text, caretColumn) = Self.expandingTabs(excerpt)
        let padding = String(repeating: " ", count: caretColumn - 1)
        return "\(gutter) | \(text)\n\(blank) | \(padding)\(style("^", .green))\n"
    }

    static let tabStop = 4

    /// The excerpt's text with each tab as spaces to the next multiple of `tabStop`,
    /// and its column counted in that text.
    static func expandingTabs(_ excerpt: SourceExcerpt) -> (text: String, column: Int) {
        guard excerpt.text.utf8.contains(0x09) else { return (excerpt.text, excerpt.column) }
        var text = String.UnicodeScalarView()
        var column = excerpt.column, shown = 0
        for (index, scalar) in excerpt.text.unicodeScalars.enumerated() {
            if scalar == "\t" {
                let spaces = tabStop - shown % tabStop
                text.append(contentsOf: repeatElement(" ", count: spaces))
                shown += spaces
                if index < excerpt.column - 1 { column += spaces - 1 }
            } else {
                text.append(scalar)
                shown += 1
            }
        }
        return (String(text), column)
    }

    enum Color: String {
        case red = "31", yellow = "33", cyan = "36", green = "32", bold = "1"
    }

    private func style(_ text: String, _ color: Color) -> String {
        colors ? "\u{1B}[\(color == .bold ? "1" : "1;\(color.rawValue)")m\(text)\u{1B}[0m" : text
    }
}
