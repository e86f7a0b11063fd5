/// Word wrapping for the terminal agenda. Widths are counted in characters
/// (a Cyrillic letter is one column); runs of white space become one space.
/// As Russian typesetting does, a line never starts with a dash and initials
/// stay with what follows them («И. И. Молчанова-Сибирского»).
enum AgendaWrapping {
    /// `text` broken into lines of at most `width` characters, the lines after
    /// the first at most `continuationWidth`; a word longer than a line is cut.
    /// Linear in the text: lengths are counted once per word, and a long word
    /// is cut from one array of its characters.
    static func lines(_ text: String, width: Int, continuationWidth: Int? = nil) -> [String] {
        let words = unbreakable(printable(text))
        guard !words.isEmpty else { return [""] }
        var lines: [String] = []
        var current = ""
        var currentLength = 0
        func limit() -> Int { max(1, lines.isEmpty ? width : (continuationWidth ?? width)) }
        for word in words {
            let length = word.count
            if !current.isEmpty, currentLength + 1 + length <= limit() {
                current += " " + word
                currentLength += 1 + length
                continue
            }
            if !current.isEmpty {
                lines.append(current)
                current = ""
                currentLength = 0
            }
            guard length > limit() else {
                current = word
                currentLength = length
                continue
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

    /// The words of `text`, with a dash joined to the word before it (or after
    /// it, at the start) and an initial joined to the word after it.
    static func unbreakable(_ text: String) -> [String] {
        var result: [String] = []
        var glueNext = false
        for word in text.split(whereSeparator: { $0.isWhitespace }).map(String.init) {
            if (glueNext || isDash(word)), !result.isEmpty {
                result[result.count - 1] += " " + word   // in place: a long chain of initials stays linear
            } else {
                result.append(word)
            }
            glueNext = isDash(word) && result.count == 1 && result[0] == word || isInitial(word)
        }
        return result
    }

    private static func isDash(_ word: String) -> Bool { word == "–" || word == "—" }

    /// `И.`: one capital letter and a full stop.
    private static func isInitial(_ word: String) -> Bool {
        word.count == 2 && word.last == "." && (word.first?.isUppercase ?? false)
    }
}
