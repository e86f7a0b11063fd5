/// CRC-32 as ZIP uses it (ISO 3309, polynomial 0xEDB88320, reflected), the
/// check value every ZIP entry carries for its uncompressed bytes.
///
/// Eight bytes at a time ("slicing by eight"): table `k` gives the effect of a
/// byte followed by `k` zero bytes, so eight lookups settle eight bytes at once
/// where the byte-wise loop makes eight dependent steps. A worksheet of 100,000
/// rows is tens of megabytes.
struct CRC32: Sendable {
    /// Tables 0…7, each of 256 entries, one after another; table 0 is the byte-wise table.
    private static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 8 * 256)
        for n in 0..<256 {
            var c = UInt32(n)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            tables[n] = c
        }
        for k in 1..<8 {
            for n in 0..<256 {
                let previous = tables[(k - 1) * 256 + n]
                tables[k * 256 + n] = (previous >> 8) ^ tables[Int(previous & 0xFF)]
            }
        }
        return tables
    }()

    private var state: UInt32 = 0xFFFF_FFFF

    init() {}

    /// Adds `bytes` to the running check.
    mutating func update<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            Self.tables.withUnsafeBufferPointer { state = Self.update(state, buffer, tables: $0) }
        }
        guard done == nil else { return }
        var c = state
        let table = Self.tables
        for byte in bytes { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        state = c
    }

    private static func update(_ start: UInt32, _ bytes: UnsafeBufferPointer<UInt8>, tables t: UnsafeBufferPointer<UInt32>) -> UInt32 {
        var c = start
        guard let base = bytes.baseAddress else { return c }
        var index = 0
        while bytes.count - index >= 8 {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let low = UInt32(truncatingIfNeeded: word) ^ c, high = UInt32(truncatingIfNeeded: word >> 32)
            c = t[7 * 256 + Int(low & 0xFF)] ^ t[6 * 256 + Int(low >> 8 & 0xFF)]
                ^ t[5 * 256 + Int(low >> 16 & 0xFF)] ^ t[4 * 256 + Int(low >> 24)]
                ^ t[3 * 256 + Int(high & 0xFF)] ^ t[2 * 256 + Int(high >> 8 & 0xFF)]
                ^ t[256 + Int(high >> 16 & 0xFF)] ^ t[Int(high >> 24)]
            index += 8
        }
        while index < bytes.count {
            c = t[Int((c ^ UInt32(base[index])) & 0xFF)] ^ (c >> 8)
            index += 1
        }
        return c
    }

    /// The check value of everything added so far.
    var value: UInt32 { state ^ 0xFFFF_FFFF }

    /// The check value of `bytes`.
    static func checksum<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }

    /// The check value of two byte strings one after the other, from the check value of each
    /// and the length of the second (as zlib's `crc32_combine`). The register after the first
    /// string, run through the second, is the second's check plus the first's check run
    /// through as many zero bytes; a zero byte is a linear map of the register, a 32 x 32 bit
    /// matrix over GF(2), raised to the length by squaring: about 30 squarings for a gigabyte.
    static func combine(_ first: UInt32, _ second: UInt32, secondLength: Int) -> UInt32 {
        guard secondLength > 0 else { return first }
        // One zero bit: each column is the image of one bit of the register.
        var zeroBit = [UInt32](repeating: 0, count: 32)
        zeroBit[0] = 0xEDB8_8320
        for bit in 1..<32 { zeroBit[bit] = 1 << UInt32(bit - 1) }
        var power = squared(squared(squared(zeroBit)))   // one zero byte
        var register = first
        var length = secondLength
        while length > 0 {
            if length & 1 == 1 { register = times(power, register) }
            length >>= 1
            if length > 0 { power = squared(power) }
        }
        return register ^ second
    }

    private static func times(_ matrix: [UInt32], _ vector: UInt32) -> UInt32 {
        var result: UInt32 = 0
        var rest = vector, bit = 0
        while rest != 0 {
            if rest & 1 == 1 { result ^= matrix[bit] }
            rest >>= 1
            bit += 1
        }
        return result
    }

    private static func squared(_ matrix: [UInt32]) -> [UInt32] {
        matrix.map { times(matrix, $0) }
    }
}
