extension String {
    /// Calls `body` with the string's UTF-8 bytes as one buffer: loops over a buffer
    /// run several times faster than over `utf8`'s iterator, which matters for the
    /// scans every name goes through. Native strings are contiguous already; others are
    /// made so once, on a copy.
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var copy = self
        return try copy.withUTF8(body)
    }
}

/// The line breaks of Unicode in UTF-8 (LF, VT, FF, CR, NEL, LS, PS), told from a byte and the two
/// before it: for the scans that find or count lines by bytes (a worksheet's column widths, Word's
/// `<w:br/>`).
enum UTF8LineBreaks {
    /// How many bytes long the line break that ends with `byte` is: 0 when it ends none.
    @inline(__always)
    static func length(endingWith byte: UInt8, after previous: UInt8, _ beforePrevious: UInt8) -> Int {
        switch byte {
        case 0x0A...0x0D: 1
        case 0x85 where previous == 0xC2: 2
        case 0xA8...0xA9 where previous == 0x80 && beforePrevious == 0xE2: 3
        default: 0
        }
    }
}
