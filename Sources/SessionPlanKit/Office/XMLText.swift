/// Escaping for the XML parts the Office writers produce: markup characters
/// become references, and characters XML 1.0 cannot hold (C0 controls other
/// than tab, line feed and carriage return, U+FFFE and U+FFFF) are dropped, so
/// no text from a session can break a part or smuggle markup into it.
enum XMLText {
    static func escape(_ text: String) -> String {
        var out = XMLBytes()
        out.appendEscaped(text)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
}

/// An XML part built as UTF-8 bytes, for the parts that run to megabytes (a worksheet of
/// 100,000 rows): markup appended as it is, text through `appendEscaped`, never a `String`
/// concatenated piece by piece.
struct XMLBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Markup written by the program itself (no text from outside).
    mutating func append(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Markup made by the program (a cell reference, a number), or a part already escaped.
    mutating func append(markup: String) {
        var markup = markup
        markup.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Another part's bytes, as they are, before these: moved along within the room already
    /// reserved where there is enough, rather than copied into a second buffer of their size.
    mutating func prepend(_ part: XMLBytes) {
        bytes.insert(contentsOf: part.bytes, at: 0)
    }

    /// Text from outside, escaped as `XMLText.escape` says. Runs without anything to escape are
    /// copied whole.
    mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { source in
            var runStart = 0, index = 0
            while index < source.count {
                let byte = source[index]
                // What the byte (or the character it starts) becomes; "" drops it.
                let replacement: StaticString
                var length = 1
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case 0x09, 0x0A, 0x0D: index += 1; continue
                case 0x00..<0x20: replacement = ""
                case 0xEF where index + 2 < source.count && source[index + 1] == 0xBF && source[index + 2] >= 0xBE:
                    replacement = ""    // U+FFFE, U+FFFF
                    length = 3
                default: index += 1; continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                append(replacement)
                index += length
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
        }
    }
}
