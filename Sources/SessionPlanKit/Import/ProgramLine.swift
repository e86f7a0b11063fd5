/// One line of a program as the organizers wrote it: its number in the file
/// and its text, in which italics are kept as marks (`ProgramLine.italicStart`
/// … `ProgramLine.italicEnd`). Italics are what Word programs set names in, so
/// they are a hint for speakers; every other formatting is dropped. The
/// recognizers read these lines whatever the file was: text copied from Word
/// or a PDF with its `<i>`/`**` marks, or a Word document's runs.
struct ProgramLine: Sendable {
    /// 1-based line (or paragraph) number in the file, for reports.
    let number: Int
    /// The text with italic marks.
    let marked: String
    /// The text without marks, trimmed, spaces collapsed.
    let text: String

    /// Marks an italic run's start inside `marked` (a private-use character, never kept from the input).
    static let italicStart: Character = "\u{E000}"
    /// Marks an italic run's end.
    static let italicEnd: Character = "\u{E001}"

    init(number: Int, marked: String) {
        self.number = number
        self.marked = marked
        self.text = ProgramLine.plain(marked)
    }

    var isBlank: Bool { text.isEmpty }

    /// `marked` without its marks, trimmed, runs of spaces and tabs made one space.
    static func plain(_ marked: String) -> String {
        collapse(marked.filter { $0 != italicStart && $0 != italicEnd })
    }

    /// Trims and collapses white space (tabs included) to single spaces.
    static func collapse(_ text: String) -> String {
        TextFolding.collapseWhitespace(text)
    }
}
