/// Stable `UID`s for exported events.
///
/// Calendar clients update an event in place when a re-imported file carries
/// the same UID, so the UID must be a pure function of the slot's identity:
/// the same across runs, processes and machines. Swift's `hashValue` is
/// randomly seeded per process and therefore unusable; FNV-1a 64 over the
/// UTF-8 bytes is tiny, fully specified and good enough to tell apart the
/// slots of one organizer's sessions (this is an identifier, not security).
enum ICalendarUID {
    /// The domain-like suffix that scopes our UIDs (RFC 5545 §3.8.4.7 recommends one).
    static let suffix = "@sessionplan"

    /// `<16 lowercase hex digits>@sessionplan` from `parts`: for a slot, the
    /// session's title, the day's date and the slot's number in that day
    /// (`ICalendarRenderer.uid`). Parts are separated by
    /// U+001F (unit separator) before hashing, so `["ab", "c"]` and
    /// `["a", "bc"]` differ.
    static func make(_ parts: [String]) -> String {
        var bytes: [UInt8] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { bytes.append(0x1F) }
            bytes += part.utf8
        }
        return hex(fnv1a64(bytes)) + suffix
    }

    /// Variadic convenience for ``make(_:)-([String])``.
    static func make(_ parts: String...) -> String { make(parts) }

    /// FNV-1a, 64-bit: offset basis 0xcbf29ce484222325, prime 0x100000001b3.
    static func fnv1a64<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// Sixteen lowercase hex digits, zero-padded.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
