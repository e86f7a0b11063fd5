/// A GitHub-Flavored Markdown table builder.
///
/// GFM tables are the one Markdown structure that is fragile in a
/// line-oriented way: a stray `|` shifts every later cell, a newline ends the
/// row, and a body row with more cells than the header loses data. The
/// builder owns those rules: text cells are escaped, every row gets the same
/// number of cells, and the output is deterministic (no padding to column
/// width, which would depend on how wide Cyrillic and emoji render and would
/// make diffs noisy).
struct MarkdownTable: Sendable, Hashable {
    /// Column alignment, written in the delimiter row.
    enum Alignment: Sendable, Hashable {
        case none, left, center, right

        var delimiter: String {
            switch self {
            case .none: "---"
            case .left: ":---"
            case .center: ":---:"
            case .right: "---:"
            }
        }
    }

    /// A cell: plain text (escaped) or trusted Markdown written by the
    /// renderer itself, such as `**09:00**`.
    enum Cell: Sendable, Hashable, ExpressibleByStringLiteral {
        case text(String)
        case markdown(String)

        init(stringLiteral value: String) { self = .text(value) }

        /// Cell source. Trusted Markdown still has newlines joined and any
        /// unescaped `|` escaped, so it cannot break the row.
        var source: String {
            switch self {
            case .text(let text):
                return MarkdownEscaping.escapeTableCell(text)
            case .markdown(let markdown):
                var out = ""
                var backslashes = 0
                for character in MarkdownEscaping.singleLine(markdown) {
                    if character == "|", backslashes % 2 == 0 { out += "\\" }
                    backslashes = character == "\\" ? backslashes + 1 : 0
                    out.append(character)
                }
                return out
            }
        }
    }

    var header: [Cell]
    /// One per column; missing entries mean `.none`.
    var alignments: [Alignment]
    var rows: [[Cell]]

    init(header: [Cell], alignments: [Alignment] = [], rows: [[Cell]] = []) {
        self.header = header
        self.alignments = alignments
        self.rows = rows
    }

    /// Plain-text convenience: every cell is escaped text.
    init(header: [String], alignments: [Alignment] = [], rows: [[String]]) {
        self.init(header: header.map(Cell.text), alignments: alignments, rows: rows.map { $0.map(Cell.text) })
    }

    /// The number of columns: the widest of header and rows, so no cell is
    /// ever dropped by a renderer; shorter rows (and header) are padded.
    var columnCount: Int {
        max(1, rows.reduce(header.count) { max($0, $1.count) })
    }

    /// The table as GFM source, one line per row, each ending in `\n`.
    var markdown: String {
        let columns = columnCount
        func line(_ cells: [String]) -> String {
            "| " + cells.joined(separator: " | ") + " |\n"
        }
        func padded(_ cells: [Cell]) -> [String] {
            cells.map(\.source) + Array(repeating: "", count: columns - cells.count)
        }
        var out = line(padded(header))
        out += line((0..<columns).map { $0 < alignments.count ? alignments[$0].delimiter : Alignment.none.delimiter })
        for row in rows { out += line(padded(row)) }
        return out
    }
}
