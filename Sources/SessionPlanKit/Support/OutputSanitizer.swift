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
                // One scalar at a time: `append(contentsOf:)` on the view copies all of it each time.
                for shown in visible(scalar).unicodeScalars { result.append(shown) }
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

    /// `bytes` (UTF-8) cleaned as `clean` cleans a string. Bytes that need nothing
    /// (nearly every export) are returned as they are, after one scan; otherwise they
    /// are decoded (ill-formed UTF-8 becoming U+FFFD, so no stray byte such as a lone
    /// 0x9B, the 8-bit CSI, gets through) and cleaned.
    static func clean(_ bytes: [UInt8], keepingLineFeeds: Bool = false) -> [UInt8] {
        let clean = bytes.withUnsafeBufferPointer { !needsCleaning($0, keepingLineFeeds: keepingLineFeeds) }
        if clean { return bytes }
        return Array(self.clean(String(decoding: bytes, as: UTF8.self), keepingLineFeeds: keepingLineFeeds).utf8)
    }

    private static func needsCleaning(_ text: String, keepingLineFeeds: Bool) -> Bool {
        text.withUTF8Bytes { needsCleaning($0, keepingLineFeeds: keepingLineFeeds) }
    }

    /// One pass over the UTF-8 bytes: whether any is an ASCII control (but tab and
    /// kept line breaks) or DEL, starts C1 (C2 80–C2 9F), U+061C (D8 9C) or a
    /// bidirectional control (E2 80 8E–8F, E2 80 AA–AE, E2 81 A6–A9), or is not
    /// part of well-formed UTF-8 (RFC 3629's table: no overlong form, surrogate or
    /// code beyond U+10FFFF).
    static func needsCleaning(_ bytes: UnsafeBufferPointer<UInt8>, keepingLineFeeds: Bool) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte >= 0x20, byte < 0x7F {
                index += 1
            } else if byte < 0x80 {
                // CRLF is kept where line feeds are (CSV and iCalendar end every line so).
                let lineBreak = keepingLineFeeds && (byte == 0x0A || byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A)
                if byte != 0x09 && !lineBreak { return true }
                index += 1
            } else if byte == 0xD0 || byte == 0xD1, index + 1 < count, bytes[index + 1] & 0xC0 == 0x80 {
                index += 2   // Cyrillic, nearly every other byte of a Russian plan
            } else {
                guard let length = UTF8Sequence.length(bytes, at: index) else { return true }
                let second = bytes[index + 1]
                switch (byte, second) {
                case (0xC2, 0x80...0x9F), (0xD8, 0x9C): return true
                case (0xE2, 0x80): if (0x8E...0x8F).contains(bytes[index + 2]) || (0xAA...0xAE).contains(bytes[index + 2]) { return true }
                case (0xE2, 0x81): if (0xA6...0xA9).contains(bytes[index + 2]) { return true }
                default: break
                }
                index += length
            }
        }
        return false
    }
}
