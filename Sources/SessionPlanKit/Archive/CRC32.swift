/// CRC-32 as ZIP uses it (ISO 3309, polynomial 0xEDB88320, reflected), the
/// check value every ZIP entry carries for its uncompressed bytes.
struct CRC32: Sendable {
    private static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    private var state: UInt32 = 0xFFFF_FFFF

    init() {}

    /// Adds `bytes` to the running check.
    mutating func update<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        var c = state
        let table = Self.table
        for byte in bytes { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        state = c
    }

    /// The check value of everything added so far.
    var value: UInt32 { state ^ 0xFFFF_FFFF }

    /// The check value of `bytes`.
    static func checksum<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }
}
