/// Word wrapping for the terminal agenda.
///
/// The agenda prints a time column followed by a wrapped title, with
/// continuation lines indented under the title (a hanging indent). Widths
/// are measured in terminal columns approximated as Unicode scalars: `String.count`
/// (grapheme clusters) is right for Cyrillic but `utf8.count` would be
/// double; nonspacing, enclosing and format scalars (combining accents,
/// ZWJ, variation selectors) count as zero. East Asian wide characters and
/// emoji count as one column, which is wrong by one per character but they
/// are rare in session agendas.
public enum TextWrapping {
    /// The display width of `text` in columns, as described on the type.
    public static func displayWidth<S: StringProtocol>(_ text: S) -> Int {
        var width = 0
        for scalar in text.unicodeScalars where !isZeroWidth(scalar) { width += 1 }
        return width
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// Wraps `text` into lines of at most `width` columns, `prefix` included.
    ///
    /// - The first line starts with `prefix`; every other line with `indent`
    ///   (usually spaces as wide as the prefix).
    /// - Lines break at spaces; runs of spaces and tabs collapse to one.
    ///   Newlines in `text` start a new (indented) line; blank lines are kept.
    /// - A word longer than the available width starts on its own line and is
    ///   broken hard between grapheme clusters.
    /// - If `prefix` or `indent` leave no room, each line still takes at least
    ///   one cluster, so wrapping always terminates.
    /// - Empty text yields one line: `prefix` without trailing spaces.
    /// Lines carry no trailing spaces and no newline characters.
    public static func wrap(_ text: String, width: Int, prefix: String = "", indent: String = "") -> [String] {
        var lines: [String] = []
        var current = prefix
        var currentWidth = displayWidth(prefix)
        var lineHasWords = false

        func available() -> Int { width - currentWidth }
        func newLine() {
            lines.append(trimmingTrailingSpaces(current))
            current = indent
            currentWidth = displayWidth(indent)
            lineHasWords = false
        }

        let paragraphs = text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline })
        for (paragraphIndex, paragraph) in paragraphs.enumerated() {
            if paragraphIndex > 0 { newLine() }
            let words = paragraph.split(whereSeparator: { $0 == " " || $0 == "\t" })
            for word in words {
                let wordWidth = displayWidth(word)
                let separator = lineHasWords ? 1 : 0
                if wordWidth + separator <= available() {
                    if lineHasWords { current += " " }
                    current += word
                    currentWidth += wordWidth + separator
                    lineHasWords = true
                    continue
                }
                if lineHasWords { newLine() }
                if wordWidth <= available() {
                    current += word
                    currentWidth += wordWidth
                    lineHasWords = true
                    continue
                }
                // Hard break: fill lines cluster by cluster.
                for character in word {
                    let characterWidth = displayWidth(String(character))
                    if characterWidth > available(), lineHasWords { newLine() }
                    current.append(character)
                    currentWidth += characterWidth
                    lineHasWords = true
                }
            }
        }
        lines.append(trimmingTrailingSpaces(current))
        return lines
    }

    static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = line
        while let last = line.last, last == " " || last == "\t" { line.removeLast() }
        return line
    }
}
