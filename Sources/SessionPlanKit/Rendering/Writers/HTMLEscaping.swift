/// Escaping of text for HTML output.
///
/// The HTML export embeds user titles and notes; without escaping, a title
/// like `<script>` would run in the reader's browser. Two entry points because
/// the contexts differ: in element content only `&`, `<` and `>` matter, and
/// leaving quotes alone keeps Russian quotations readable in the source; in an
/// attribute value both quote kinds must be escaped so the value cannot be
/// closed early, whichever quote the template uses.
enum HTMLEscaping {
    /// Escapes `&`, `<`, `>` for element content.
    static func escapeText(_ text: String) -> String {
        escape(text, quotes: false)
    }

    /// Visible prose (titles, names, notes): `escapeText` after joining the
    /// words that must stay on one line with U+00A0 (`NoBreakRuns.joined`).
    /// Never for an attribute or a URL.
    static func escapeProse(_ text: String) -> String {
        escapeText(NoBreakRuns.joined(text))
    }

    /// Escapes `&`, `<`, `>`, `"` and `'` for a quoted attribute value.
    static func escapeAttribute(_ text: String) -> String {
        escape(text, quotes: true)
    }

    /// Control characters, NUL and bidirectional overrides are made visible
    /// first (`OutputSanitizer`); line breaks are kept.
    static func escape(_ text: String, quotes: Bool) -> String {
        let text = OutputSanitizer.clean(text, keepingLineFeeds: true)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
