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
    /// first (`OutputSanitizer`); line breaks are kept. Everything escaped is ASCII, so the UTF-8
    /// bytes are rewritten (`UTF8Rewriting`): a text with nothing to escape (most names and
    /// titles) is returned as it is.
    static func escape(_ text: String, quotes: Bool) -> String {
        UTF8Rewriting.rewritten(OutputSanitizer.clean(text, keepingLineFeeds: true)) { source, index in
            switch source[index] {
            case UInt8(ascii: "&"): UTF8Rewriting.Replacement("&amp;")
            case UInt8(ascii: "<"): UTF8Rewriting.Replacement("&lt;")
            case UInt8(ascii: ">"): UTF8Rewriting.Replacement("&gt;")
            case UInt8(ascii: "\"") where quotes: UTF8Rewriting.Replacement("&quot;")
            case UInt8(ascii: "'") where quotes: UTF8Rewriting.Replacement("&#39;")
            default: nil
            }
        }
    }
}
