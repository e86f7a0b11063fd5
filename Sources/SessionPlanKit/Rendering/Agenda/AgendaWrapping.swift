/// Word wrapping for the terminal agenda. Widths are counted in characters
/// (a Cyrillic letter is one column); runs of white space become one space.
/// As Russian typesetting does, words that belong together stay on one line
/// (``NoBreakRuns``: «И. И. Молчанова», «им. И. И.», «12 часов», «2021 г.»)
/// and a line never starts with a dash.
enum AgendaWrapping {
    /// `text` broken into lines of at most `width` characters, the lines after
    /// the first at most `continuationWidth`. A run of words kept together
    /// that is longer than a line is broken at its spaces, and a word longer
    /// than a line is cut. Linear in the text: lengths are counted once per
    /// word, and a long word is cut from one array of its characters.
    static func lines(_ text: String, width: Int, continuationWidth: Int? = nil) -> [String] {
        let runs = NoBreakRuns.runs(printable(text))
        guard !runs.isEmpty else { return [""] }
        var lines: [String] = []
        var current = ""
        var currentLength = 0
        func limit() -> Int { max(1, lines.isEmpty ? width : (continuationWidth ?? width)) }
        func place(_ word: String, length: Int) {
            if !current.isEmpty, currentLength + 1 + length <= limit() {
                current += " " + word
                currentLength += 1 + length
                return
            }
            if !current.isEmpty {
                lines.append(current)
                current = ""
                currentLength = 0
            }
            guard length > limit() else {
                current = word
                currentLength = length
                return
            }
            let characters = Array(word)
            var start = 0
            while characters.count - start > limit() {
                let cut = limit()
                lines.append(String(characters[start..<(start + cut)]))
                start += cut
            }
            current = String(characters[start...])
            currentLength = characters.count - start
        }
        for run in runs {
            let lengths = run.map(\.count)
            let length = lengths.reduce(run.count - 1, +)
            if run.count == 1 || length <= limit() {
                place(run.joined(separator: " "), length: length)
            } else {
                for (word, wordLength) in zip(run, lengths) { place(String(word), length: wordLength) }
            }
        }
        lines.append(current)
        return lines
    }

    /// `text` safe for a terminal: control characters other than white space
    /// (an escape sequence in a title could clear the screen or recolour it)
    /// and bidirectional overrides are shown as U+FFFD, one for one, so the
    /// widths stay right (`OutputSanitizer`); white space only separates words.
    static func printable(_ text: String) -> String {
        let unsafe: (Unicode.Scalar) -> Bool = {
            !$0.properties.isWhitespace && OutputSanitizer.isUnsafe($0, keepingLineFeeds: true)
        }
        guard text.unicodeScalars.contains(where: unsafe) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(unsafe(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(result)
    }
}
