/// Word wrapping for the terminal agenda. Widths are counted in characters
/// (a Cyrillic letter is one column); runs of white space become one space.
enum AgendaWrapping {
    /// `text` broken into lines of at most `width` characters, the lines after
    /// the first at most `continuationWidth`; a word longer than a line is cut.
    static func lines(_ text: String, width: Int, continuationWidth: Int? = nil) -> [String] {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty else { return [""] }
        var lines: [String] = []
        var current = ""
        func limit() -> Int { max(1, lines.isEmpty ? width : (continuationWidth ?? width)) }
        for word in words {
            if !current.isEmpty, current.count + 1 + word.count <= limit() {
                current += " " + word
                continue
            }
            if !current.isEmpty {
                lines.append(current)
                current = ""
            }
            var rest = word
            while rest.count > limit() {
                let cut = limit()
                lines.append(String(rest.prefix(cut)))
                rest = rest.dropFirst(cut)
            }
            current = String(rest)
        }
        lines.append(current)
        return lines
    }
}
