/// Word wrapping for the terminal agenda. Widths are counted in characters
/// (a Cyrillic letter is one column); runs of white space become one space.
/// As Russian typesetting does, a line never starts with a dash and initials
/// stay with what follows them («И. И. Молчанова-Сибирского»).
enum AgendaWrapping {
    /// `text` broken into lines of at most `width` characters, the lines after
    /// the first at most `continuationWidth`; a word longer than a line is cut.
    static func lines(_ text: String, width: Int, continuationWidth: Int? = nil) -> [String] {
        let words = unbreakable(printable(text))
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
            var rest = Substring(word)
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

    /// `text` safe for a terminal: control characters other than white space
    /// (an escape sequence in a title could clear the screen or recolour it)
    /// are shown as U+FFFD.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && !$0.properties.isWhitespace })
        else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let isControl = scalar.properties.generalCategory == .control && !scalar.properties.isWhitespace
            result.append(isControl ? "\u{FFFD}" : scalar)
        }
        return String(result)
    }

    /// The words of `text`, with a dash joined to the word before it (or after
    /// it, at the start) and an initial joined to the word after it.
    static func unbreakable(_ text: String) -> [String] {
        var result: [String] = []
        var glueNext = false
        for word in text.split(whereSeparator: { $0.isWhitespace }).map(String.init) {
            if glueNext, let last = result.popLast() {
                result.append(last + " " + word)
            } else if isDash(word), let last = result.popLast() {
                result.append(last + " " + word)
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
