/// A table for the terminal: columns padded to their widest cell, numbers
/// aligned right, two spaces between columns. Widths are counted in
/// characters, so Cyrillic text aligns like Latin.
struct TextTable {
    enum Alignment { case left, right }

    var alignments: [Alignment]
    var rows: [[String]] = []
    /// Put in front of every line.
    var indent = "  "

    init(_ alignments: [Alignment]) { self.alignments = alignments }

    mutating func add(_ cells: [String]) { rows.append(cells) }

    /// Every row, one line each, trailing spaces trimmed.
    func render() -> String {
        var widths = Array(repeating: 0, count: alignments.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        var output = ""
        for row in rows {
            var line = indent
            for (index, width) in widths.enumerated() {
                let cell = index < row.count ? row[index] : ""
                let padding = String(repeating: " ", count: width - cell.count)
                if index > 0 { line += "  " }
                line += alignments[index] == .right ? padding + cell : cell + padding
            }
            while line.last == " " { line.removeLast() }
            output += line + "\n"
        }
        return output
    }
}
