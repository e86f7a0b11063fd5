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
