/// Well-formed UTF-8 by RFC 3629's table: no overlong form, no surrogate,
/// nothing beyond U+10FFFF. Shared by the registration lists' decoding and
/// the output sanitizer, which must agree on what a stray byte is.
enum UTF8Sequence {
    /// The length (2 to 4) of the well-formed sequence at `index`, whose byte is
    /// not ASCII, or nil when it is ill-formed or cut short.
    static func length<Bytes: RandomAccessCollection>(_ bytes: Bytes, at index: Int) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let lead = bytes[index]
        let length: Int, secondRange: ClosedRange<UInt8>
        switch lead {
        case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
        case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, secondRange) = (3, 0x80...0xBF)
        case 0xED: (length, secondRange) = (3, 0x80...0x9F)
        case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
        case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
        default: return nil
        }
        guard index + length <= bytes.endIndex, secondRange.contains(bytes[index + 1]) else { return nil }
        for offset in (index + 2)..<(index + length) where !(0x80...0xBF).contains(bytes[offset]) { return nil }
        return length
    }
}
