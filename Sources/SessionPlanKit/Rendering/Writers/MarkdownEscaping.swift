/// Escaping of plain text for CommonMark/GFM inline content.
///
/// Session and slot titles are user text: `*важно*` or `[x](y)` must print
/// literally, and `<script>` must never reach an HTML renderer as a tag.
/// CommonMark lets any ASCII punctuation be backslash-escaped (spec §2.4), so
/// we escape every character that can open inline or block markup, plus a
/// few line-start markers, and never emit raw HTML.
///
/// Output is always a single line: newlines (CR, LF, CRLF) become one space.
/// Inside a paragraph a newline is only a soft break anyway, and inside a
/// table cell or list item a raw newline would end the construct. We use a
/// space rather than `<br>` because the output must contain no HTML at all.
/// Leading and trailing whitespace is trimmed: leading spaces could form an
/// indented code block, trailing ones a hard break, and both are
/// insignificant in rendered Markdown.
///
/// Known limit: the GFM autolink extension links e-mail addresses whatever
/// is escaped, since it works on the unescaped text; that yields a `mailto:`
/// link, never HTML. URL (`scheme://`) and `www.` autolinks are broken by
/// escaping the `:` before `//` and the `.` after `www`.
public enum MarkdownEscaping {
    /// Characters that are backslash-escaped wherever they occur.
    /// `&` is escaped so that `&copy;` or `&#60;` are not read as entities.
    public static let alwaysEscaped: Set<Character> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "#", "!", "|", "~", "&",
    ]

    /// Escapes `text` for use as inline Markdown, safe even at the start of a
    /// line (it cannot become a list item, heading, quote, setext underline,
    /// thematic break, code block, table row or HTML block).
    public static func escapeInline(_ text: String) -> String {
        let line = singleLine(text)
        let characters = Array(line)
        var out = ""
        out.reserveCapacity(line.utf8.count + 8)

        // Line-start markers: bullet list / setext underline / thematic break
        // (`-`, `+`, `=`) and ordered lists (`1.`, `1)`). `#`, `>`, `*`, `|`
        // and `~`/`` ` `` fences are in `alwaysEscaped` already.
        var start = 0
        if let first = characters.first, first == "-" || first == "+" || first == "=" {
            out += "\\" + String(first)
            start = 1
        } else {
            var digits = 0
            while digits < characters.count, characters[digits].isASCII, characters[digits].isNumber { digits += 1 }
            // A list marker needs a space, tab or the end of the line after
            // it, so "1.5 часа" is left alone.
            let markerEnds = digits + 1 == characters.count
                || (digits + 1 < characters.count && (characters[digits + 1] == " " || characters[digits + 1] == "\t"))
            if digits > 0, digits < characters.count, characters[digits] == "." || characters[digits] == ")", markerEnds {
                out += String(characters[..<digits]) + "\\" + String(characters[digits])
                start = digits + 1
            }
        }

        var index = start
        while index < characters.count {
            let character = characters[index]
            if alwaysEscaped.contains(character) {
                out += "\\" + String(character)
            } else if character == ":", startsURLAuthority(characters, after: index) {
                out += "\\:"
            } else if character == ".", endsWWWPrefix(characters, at: index) {
                out += "\\."
            } else {
                out.append(character)
            }
            index += 1
        }
        return out
    }

    /// Escapes `text` for a GFM table cell. Identical to ``escapeInline(_:)``,
    /// which already escapes `|` (GFM splits cells on unescaped pipes) and
    /// joins lines (a newline would end the table row); kept as its own entry
    /// point so call sites say what they mean.
    public static func escapeTableCell(_ text: String) -> String {
        escapeInline(text)
    }

    /// Joins lines with one space and trims surrounding whitespace.
    static func singleLine(_ text: String) -> String {
        var out = ""
        var pendingBreak = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                pendingBreak = true
                continue
            }
            if pendingBreak {
                // Indentation after a line break is dropped with the break.
                if scalar == " " || scalar == "\t" { continue }
                if !out.isEmpty, out.last != " " { out.append(" ") }
                pendingBreak = false
            }
            out.unicodeScalars.append(scalar)
        }
        return String(out.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    /// `:` followed by `//`, as in `https://`.
    static func startsURLAuthority(_ characters: [Character], after index: Int) -> Bool {
        index + 2 < characters.count && characters[index + 1] == "/" && characters[index + 2] == "/"
    }

    /// The `.` in `www.` at the start of a word (GFM extended www autolink).
    static func endsWWWPrefix(_ characters: [Character], at index: Int) -> Bool {
        guard index >= 3, characters[index - 3] == "w", characters[index - 2] == "w", characters[index - 1] == "w"
        else { return false }
        if index == 3 { return true }
        let before = characters[index - 4]
        return !(before.isLetter || before.isNumber || before == "_" || before == "-" || before == ".")
    }
}
