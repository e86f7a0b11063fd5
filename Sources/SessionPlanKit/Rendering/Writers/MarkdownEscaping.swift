/// Escaping of plain text for CommonMark/GFM inline content.
///
/// Session and slot titles are user text: `*важно*` or `[x](y)` must print
/// literally, and `<script>` must never reach an HTML renderer as a tag.
/// CommonMark lets any ASCII punctuation be backslash-escaped (spec §2.4), so
/// we escape every character that can open inline or block markup, plus a
/// few line-start markers, and never emit raw HTML.
///
/// Control characters, NUL and bidirectional overrides are made visible
/// (`OutputSanitizer`) before escaping, so `\u{1B}` prints as written.
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
enum MarkdownEscaping {
    /// Characters that are backslash-escaped wherever they occur.
    /// `&` is escaped so that `&copy;` or `&#60;` are not read as entities.
    static let alwaysEscaped: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "#", "!", "|", "~", "&",
    ]

    /// Escapes `text` for use as inline Markdown, safe even at the start of a
    /// line (it cannot become a list item, heading, quote, setext underline,
    /// thematic break, code block, table row or HTML block).
    static func escapeInline(_ text: String) -> String {
        let line = OutputSanitizer.clean(singleLine(text))
        // Scalars, not Characters: a quarter of the memory on long notes, and a
        // markup character followed by a combining mark is escaped all the same.
        let characters = Array(line.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(line.utf8.count + 8)

        // Line-start markers: bullet list / setext underline / thematic break
        // (`-`, `+`, `=`) and ordered lists (`1.`, `1)`). `#`, `>`, `*`, `|`
        // and `~`/`` ` `` fences are in `alwaysEscaped` already.
        var start = 0
        if let first = characters.first, first == "-" || first == "+" || first == "=" {
            out.append("\\")
            out.append(first)
            start = 1
        } else {
            var digits = 0
            while digits < characters.count, ("0"..."9").contains(characters[digits]) { digits += 1 }
            // A list marker needs a space, tab or the end of the line after
            // it, so "1.5 часа" is left alone.
            let markerEnds = digits + 1 == characters.count
                || (digits + 1 < characters.count && (characters[digits + 1] == " " || characters[digits + 1] == "\t"))
            if digits > 0, digits < characters.count, characters[digits] == "." || characters[digits] == ")", markerEnds {
                out.append(contentsOf: characters[..<digits])
                out.append("\\")
                out.append(characters[digits])
                start = digits + 1
            }
        }

        var index = start
        while index < characters.count {
            let character = characters[index]
            if alwaysEscaped.contains(character)
                || (character == ":" && startsURLAuthority(characters, after: index))
                || (character == "." && endsWWWPrefix(characters, at: index)) {
                out.append("\\")
            }
            out.append(character)
            index += 1
        }
        return String(out)
    }

    /// Escapes `text` for a GFM table cell. Identical to ``escapeInline(_:)``,
    /// which already escapes `|` (GFM splits cells on unescaped pipes) and
    /// joins lines (a newline would end the table row); kept as its own entry
    /// point so call sites say what they mean.
    static func escapeTableCell(_ text: String) -> String {
        escapeInline(text)
    }

    /// Joins lines with one space and trims surrounding whitespace.
    static func singleLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingBreak = false
        var last: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                pendingBreak = true
                continue
            }
            if pendingBreak {
                // Indentation after a line break is dropped with the break.
                if scalar == " " || scalar == "\t" { continue }
                if last != nil, last != " " { out.append(" ") }
                pendingBreak = false
            }
            out.append(scalar)
            last = scalar
        }
        let blank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = out.firstIndex(where: { !blank($0) }), let end = out.lastIndex(where: { !blank($0) }) else { return "" }
        return String(out[first...end])
    }

    /// `:` followed by `//`, as in `https://`.
    static func startsURLAuthority(_ characters: [Unicode.Scalar], after index: Int) -> Bool {
        index + 2 < characters.count && characters[index + 1] == "/" && characters[index + 2] == "/"
    }

    /// The `.` in `www.` at the start of a word (GFM extended www autolink).
    static func endsWWWPrefix(_ characters: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 3, characters[index - 3] == "w", characters[index - 2] == "w", characters[index - 1] == "w"
        else { return false }
        if index == 3 { return true }
        let before = characters[index - 4]
        return !(before.properties.isAlphabetic || before.properties.numericType != nil
            || before == "_" || before == "-" || before == ".")
    }
}
