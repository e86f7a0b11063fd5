/// The one cleaner of text the tool did not write (titles, names, keys, URLs,
/// cells of a registration list) before it reaches a terminal or a file.
///
/// A terminal obeys control characters: ESC starts sequences that clear the
/// screen or set the window title, CR and BS overwrite what was printed, BEL
/// rings, C1 controls (U+0080–U+009F) act like ESC sequences on some
/// terminals, and bidirectional overrides reorder what the reader sees. Such
/// characters are made visible as `\u{1B}` (Swift's own spelling), so the
/// organizer sees that the file holds one and where. NUL becomes `\u{0}`.
///
/// Tabs are kept (harmless, and columns rely on them); line feeds (and CR LF
/// pairs) are kept only where the caller's format has multi-line text. Each format escapes for
/// its own syntax on top of this.
enum OutputSanitizer {
    /// `text` with every unsafe character replaced by its visible `\u{…}` spelling.
    /// Text without any (nearly all) is returned as it is, after one scan of its bytes.
    static func clean(_ text: String, keepingLineFeeds: Bool = false) -> String {
        guard needsCleaning(text, keepingLineFeeds: keepingLineFeeds) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if scalar == "\r", keepingLineFeeds, index < scalars.endIndex, scalars[index] == "\n" {
                result.append(scalar)   // CRLF is a line break where line feeds are kept
            } else if isUnsafe(scalar, keepingLineFeeds: keepingLineFeeds) {
                result.append(contentsOf: visible(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The same, one character for one: each unsafe character becomes U+FFFD,
    /// for source excerpts where a caret must stay under its column.
    static func cleanKeepingWidth(_ text: String) -> String {
        guard needsCleaning(text, keepingLineFeeds: false) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map {
            isUnsafe($0, keepingLineFeeds: false) ? "\u{FFFD}" : $0
        }))
    }

    /// `\u{1B}` for ESC: the code in hexadecimal, as Swift writes it.
    static func visible(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// Control characters C0 (but tab, and line feed when kept), DEL, C1, and the
    /// bidirectional controls: embeddings, overrides, isolates and marks.
    static func isUnsafe(_ scalar: Unicode.Scalar, keepingLineFeeds: Bool) -> Bool {
        switch scalar.value {
        case 0x09: return false
        case 0x0A: return !keepingLineFeeds
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// One pass over the UTF-8 bytes: ASCII controls, the two-byte C1 range
    /// (C2 80–C2 9F) and the three-byte bidirectional controls.
    private static func needsCleaning(_ text: String, keepingLineFeeds: Bool) -> Bool {
        text.withUTF8Bytes { needsCleaning($0, keepingLineFeeds: keepingLineFeeds) }
    }

    private static func needsCleaning(_ bytes: UnsafeBufferPointer<UInt8>, keepingLineFeeds: Bool) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for (index, byte) in bytes.enumerated() {
            if byte < 0x20 {
                // CRLF is kept where line feeds are (CSV and iCalendar end every line so).
                let lineBreak = keepingLineFeeds && (byte == 0x0A || byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A)
                if byte != 0x09 && !lineBreak { return true }
            } else if byte == 0x7F {
                return true
            } else if previous == 0xC2, byte >= 0x80, byte <= 0x9F {
                return true
            } else if beforePrevious == 0xE2, previous == 0x80, (0x8E...0x8F).contains(byte) || (0xAA...0xAE).contains(byte) {
                return true
            } else if beforePrevious == 0xE2, previous == 0x81, (0xA6...0xA9).contains(byte) {
                return true
            } else if previous == 0xD8, byte == 0x9C {
                return true   // U+061C ARABIC LETTER MARK
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}
