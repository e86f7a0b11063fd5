/// Escaping of values for iCalendar (RFC 5545) content lines.
///
/// iCalendar has two quoting worlds: property *values* of type TEXT use
/// backslash escapes (§3.3.11), while *parameter* values cannot be escaped at
/// all and are instead wrapped in double quotes when they contain `:`, `;` or
/// `,` (§3.2), with RFC 6868 caret encoding for the characters a quoted
/// parameter cannot hold. Getting either wrong makes clients cut a summary at
/// the first comma or drop the event, so both live here, in one place.
enum ICalendarText {
    /// Escapes `text` as an RFC 5545 TEXT value.
    ///
    /// Backslash, semicolon and comma get a backslash; a line feed becomes the
    /// two characters `\n`; a carriage return is dropped (so CRLF, LF and lone
    /// CR all end up as a single `\n`, except that a lone CR vanishes).
    /// Other control characters, C1 controls and bidirectional overrides are
    /// first made visible (`OutputSanitizer`: `\u{1B}`), so none is dropped silently;
    /// horizontal tab is allowed and kept. The colon needs no escape in a value.
    static func escapeText(_ text: String) -> String {
        // Everything escaped or dropped is ASCII, so the UTF-8 bytes are rewritten (`UTF8Rewriting`):
        // a description listing 10,000 groups is megabytes.
        UTF8Rewriting.rewritten(OutputSanitizer.clean(text, keepingLineFeeds: true)) { source, index in
            switch source[index] {
            case UInt8(ascii: "\\"): UTF8Rewriting.Replacement("\\\\")
            case UInt8(ascii: ";"): UTF8Rewriting.Replacement("\\;")
            case UInt8(ascii: ","): UTF8Rewriting.Replacement("\\,")
            case 0x0A: UTF8Rewriting.Replacement("\\n")
            case 0x09: nil
            // CR, and the controls the sanitizer left (none but these).
            case 0x00..<0x20, 0x7F: UTF8Rewriting.Replacement("")
            default: nil
            }
        }
    }

    /// Encodes a parameter value (e.g. a `TZID` or `CN`).
    ///
    /// Values containing `:`, `;` or `,` are wrapped in double quotes, because
    /// parameter values have no backslash escapes. A double quote, a caret and
    /// a line feed are caret-encoded per RFC 6868 (`^'`, `^^`, `^n`), since a
    /// quoted-string cannot contain them; such values are quoted too.
    /// Other control characters are made visible first (`OutputSanitizer`).
    static func encodeParameterValue(_ value: String) -> String {
        var out = ""
        var needsQuotes = false
        for scalar in OutputSanitizer.clean(value, keepingLineFeeds: true).unicodeScalars {
            switch scalar {
            case ":", ";", ",":
                needsQuotes = true
                out.unicodeScalars.append(scalar)
            case "\"":
                needsQuotes = true
                out += "^'"
            case "^":
                out += "^^"
            case "\n":
                needsQuotes = true
                out += "^n"
            case "\r": continue
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if isControl(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return needsQuotes ? "\"" + out + "\"" : out
    }

    /// RFC 5545 CONTROL: %x00-08 / %x0A-1F / %x7F (tab is excluded by the caller).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F
    }
}
