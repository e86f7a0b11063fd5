/// A Word document as the tool writes one: styled paragraphs of plain, bold
/// and italic runs, two-column tables and page breaks, in one language.
struct WordDocument: Sendable {
    /// The paragraph styles, Word's built-in ones, so the navigation pane and
    /// a table of contents find the headings.
    enum Style: String, Sendable {
        case normal = "Normal"
        case title = "Title"
        case subtitle = "Subtitle"
        case heading1 = "Heading1"
        case heading2 = "Heading2"
    }

    struct Run: Sendable, Hashable {
        var text: String
        var bold = false
        var italic = false
    }

    struct Paragraph: Sendable {
        var style: Style = .normal
        var runs: [Run]

        init(_ style: Style, _ runs: [Run]) {
            self.style = style
            self.runs = runs
        }

        init(_ runs: [Run]) {
            self.init(.normal, runs)
        }

        init(_ style: Style = .normal, text: String) {
            self.init(style, [Run(text: text)])
        }
    }

    /// A table in the document's table style; each cell a list of paragraphs.
    struct Table: Sendable {
        /// The width of each column, in twentieths of a point.
        var columnWidths: [Int]
        var rows: [[[Paragraph]]]
    }

    enum Block: Sendable {
        case paragraph(Paragraph)
        case table(Table)
        case pageBreak
    }

    /// The language of the text, as Word names it (`ru-RU`): spelling is checked in it.
    var language: String
    var title: String
    var blocks: [Block]
}
