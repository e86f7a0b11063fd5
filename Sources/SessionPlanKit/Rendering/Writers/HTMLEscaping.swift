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
    /// bytes are rewritten: a text with nothing to escape (most names and titles) is returned as
    /// it is, and the runs between the characters to escape are copied whole.
    static func escape(_ text: String, quotes: Bool) -> String {
        var text = OutputSanitizer.clean(text, keepingLineFeeds: true)
        guard let first = text.withUTF8({ $0.firstIndex { escaped($0, quotes: quotes) != nil } }) else { return text }
        return text.withUTF8 { source -> String in
            var out: [UInt8] = []
            out.reserveCapacity(source.count + 16)
            var runStart = 0
            for index in first..<source.count {
                guard let replacement = escaped(source[index], quotes: quotes) else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                replacement.withUTF8Buffer { out.append(contentsOf: $0) }
                runStart = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The reference a byte of the text becomes, if any.
    private static func escaped(_ byte: UInt8, quotes: Bool) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): quotes ? "&quot;" : nil
        case UInt8(ascii: "'"): quotes ? "&#39;" : nil
        default: nil
        }
    }
}
