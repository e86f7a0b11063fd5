/// A DEFLATE encoder (RFC 1951): fixed-Huffman blocks, with LZ77 matches
/// found through a hash chain over the last 32 KiB. The chain is searched at
/// most `maxChain` steps for each position, and no further once a match of
/// `goodEnough` bytes is found; the positions inside a match longer than
/// `insertedMatch` are not added to the chains (the next position after it is).
/// So the work per input byte is bounded whatever the input, and a worksheet
/// of 100,000 rows, whose rows repeat the same markup, is read about once.
///
/// An input of more than two pieces (`pieceSize`, 1 MiB) is encoded piece by
/// piece on every core, the way pigz does it: each piece is a block of its
/// own whose chains start from the 32 KiB before it (so its matches reach back
/// as far as in one stream) and whose matches end where it ends; a piece
/// before the last is closed by an empty stored block, which brings the
/// stream to a byte boundary, so the pieces are simply put one after another.
/// The bytes do not depend on how the pieces were scheduled. The CRC-32 of
/// each piece is taken with it, and the pieces' checks combined.
/// The output is what any inflater reads.
enum Deflater {
    static let windowSize = 32768
    private static let hashBits = 15
    private static let minMatch = 3
    private static let maxMatch = 258
    private static let maxChain = 8
    private static let goodEnough = 32
    private static let insertedMatch = 32
    static let pieceSize = 1 << 20

    /// The DEFLATE stream of `bytes`, and the CRC-32 of `bytes` that a ZIP entry carries with
    /// it, taken piece by piece beside the encoding and combined.
    static func deflate(_ bytes: [UInt8], pieceSize: Int = pieceSize) -> (stream: [UInt8], crc: UInt32) {
        encode(pieces(count: bytes.count, size: pieceSize).map { (bytes, $0) })
    }

    /// A piece of a stream kept apart from the rest: `bytes[start...]`, after the window that
    /// comes before it in the stream (`bytes[..<start]`, the last 32 KiB of the piece before, or
    /// nothing).
    struct Piece: Sendable {
        var bytes: [UInt8]
        var start: Int
    }

    /// The DEFLATE stream of the pieces one after another, and their CRC-32, as `deflate(_:)`.
    static func deflate(_ pieces: [Piece]) -> (stream: [UInt8], crc: UInt32) {
        encode(pieces.map { ($0.bytes, $0.start..<$0.bytes.count) })
    }

    /// The stream of `parts` one after another, each `range` of its `bytes` with what comes before
    /// it there as its window; on every core when there is more than one. Then the parts' blocks
    /// one after another, and the CRC-32 of their input combined from theirs.
    private static func encode(_ parts: [(bytes: [UInt8], range: Range<Int>)]) -> (stream: [UInt8], crc: UInt32) {
        let parts = parts.filter { !$0.range.isEmpty }
        guard parts.count > 1 else {
            let part = parts.first ?? ([], 0..<0)
            return (deflate(part.bytes, piece: part.range, last: true), CRC32.checksum(part.bytes[part.range]))
        }
        let encoded = Concurrently.map(parts.indices) { index in
            let part = parts[index]
            return (blocks: deflate(part.bytes, piece: part.range, last: index == parts.count - 1),
                    crc: CRC32.checksum(part.bytes[part.range]))
        }
        var stream: [UInt8] = []
        stream.reserveCapacity(encoded.reduce(0) { $0 + $1.blocks.count })
        var crc = CRC32.checksum([UInt8]())
        for (part, piece) in zip(parts, encoded) {
            stream.append(contentsOf: piece.blocks)
            crc = CRC32.combine(crc, piece.crc, secondLength: part.range.count)
        }
        return (stream, crc)
    }

    /// `count` bytes cut into pieces of `size`, the last one taking the rest; one piece when it
    /// is no longer than two.
    static func pieces(count: Int, size: Int) -> [Range<Int>] {
        let size = max(size, 1)
        guard count > 2 * size else { return [0..<count] }
        return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }

    /// The blocks of `piece` of `bytes`: one fixed-Huffman block, the stream's last when `last`,
    /// otherwise followed by an empty stored block.
    private static func deflate(_ bytes: [UInt8], piece: Range<Int>, last: Bool) -> [UInt8] {
        var writer = BitWriter(capacity: piece.count / 3 + 16)
        writer.write(last ? 1 : 0, count: 1)
        writer.write(1, count: 2)   // fixed Huffman codes
        let n = piece.upperBound
        var head = [Int](repeating: -1, count: 1 << hashBits)
        var previous = [Int](repeating: -1, count: windowSize)
        bytes.withUnsafeBufferPointer { input in
            head.withUnsafeMutableBufferPointer { head in
                previous.withUnsafeMutableBufferPointer { previous in
                    guard let base = input.baseAddress else { return }
                    func hash(_ i: Int) -> Int {
                        let value = Int(base[i]) << 10 ^ Int(base[i + 1]) << 5 ^ Int(base[i + 2])
                        return (value &* 2654435761) >> 7 & ((1 << hashBits) - 1)
                    }
                    func insert(_ i: Int) {
                        guard i + minMatch <= n else { return }
                        let h = hash(i)
                        previous[i & (windowSize - 1)] = head[h]
                        head[h] = i
                    }
                    // The window before the piece, which the inflater has already written out.
                    for position in max(0, piece.lowerBound - windowSize)..<piece.lowerBound { insert(position) }
                    var i = piece.lowerBound
                    while i < n {
                        var bestLength = 0, bestDistance = 0
                        if i + minMatch <= n {
                            var candidate = head[hash(i)]
                            var steps = 0
                            let longest = min(maxMatch, n - i)
                            while candidate >= 0, i - candidate <= windowSize, steps < maxChain {
                                let length = matchLength(base + candidate, base + i, longest: longest)
                                if length > bestLength {
                                    bestLength = length
                                    bestDistance = i - candidate
                                    if length >= goodEnough || length == longest { break }
                                }
                                let next = previous[candidate & (windowSize - 1)]
                                // A slot of the ring overwritten by a newer position ends the chain.
                                guard next < candidate else { break }
                                candidate = next
                                steps += 1
                            }
                        }
                        if bestLength >= minMatch {
                            writer.writeLength(bestLength)
                            writer.writeDistance(bestDistance)
                            if bestLength <= insertedMatch {
                                for position in i..<(i + bestLength) { insert(position) }
                            } else {
                                insert(i)
                            }
                            i += bestLength
                        } else {
                            writer.writeLiteral(Int(base[i]))
                            insert(i)
                            i += 1
                        }
                    }
                }
            }
        }
        writer.writeLiteral(256)
        guard !last else { return writer.finish() }
        // An empty stored block: its header, then the byte boundary, then LEN 0 and NLEN 0xFFFF.
        writer.write(0, count: 3)
        return writer.finish() + [0x00, 0x00, 0xFF, 0xFF]
    }

    /// How many bytes from `a` and `b` are equal, up to `longest`: eight at a time, then the
    /// first differing byte found from the lowest set bit of their difference (little-endian).
    @inline(__always)
    private static func matchLength(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, longest: Int) -> Int {
        var length = 0
        while longest - length >= 8 {
            let difference = UnsafeRawPointer(a + length).loadUnaligned(as: UInt64.self)
                ^ UnsafeRawPointer(b + length).loadUnaligned(as: UInt64.self)
            if difference != 0 { return length + (UInt64(littleEndian: difference).trailingZeroBitCount >> 3) }
            length += 8
        }
        while length < longest, a[length] == b[length] { length += 1 }
        return length
    }

    /// The fixed code of each literal/length symbol (RFC 1951 §3.2.6), bit-reversed as it is sent,
    /// with its length.
    private static let literalCodes: [(bits: UInt32, count: Int)] = (0..<288).map { symbol in
        let (code, length): (Int, Int)
        switch symbol {
        case 0..<144: (code, length) = (0x30 + symbol, 8)
        case 144..<256: (code, length) = (0x190 + symbol - 144, 9)
        case 256..<280: (code, length) = (symbol - 256, 7)
        default: (code, length) = (0xC0 + symbol - 280, 8)
        }
        return (reversed(code, length), length)
    }

    /// For each match length 0…258, the index of its length code (257 + index), from `DeflateTables`.
    private static let lengthIndex: [Int] = (0...maxMatch).map { length in
        var index = DeflateTables.lengthBase.count - 1
        while index > 0, DeflateTables.lengthBase[index] > length { index -= 1 }
        return index
    }

    /// The distance code of distances 1…256 (`distanceCode[d - 1]`) and, by `(d - 1) >> 7`, of the
    /// longer ones, whose codes change only every 128 (the way zlib looks them up).
    private static let shortDistanceCode: [Int] = (1...256).map(distanceCodeBySearch)
    private static let longDistanceCode: [Int] = (0..<256).map { distanceCodeBySearch(($0 << 7) + 1) }

    private static func distanceCodeBySearch(_ distance: Int) -> Int {
        var index = DeflateTables.distanceBase.count - 1
        while index > 0, DeflateTables.distanceBase[index] > distance { index -= 1 }
        return index
    }

    /// The 5-bit distance codes, bit-reversed.
    private static let distanceCodes: [UInt32] = (0..<30).map { reversed($0, 5) }

    private static func reversed(_ code: Int, _ length: Int) -> UInt32 {
        var result: UInt32 = 0
        for bit in 0..<length where code >> bit & 1 == 1 { result |= 1 << UInt32(length - 1 - bit) }
        return result
    }

    /// Bits packed least significant first, as DEFLATE sends them.
    private struct BitWriter {
        var bytes: [UInt8] = []
        var buffer: UInt64 = 0
        var count = 0

        init(capacity: Int) { bytes.reserveCapacity(capacity) }

        @inline(__always)
        mutating func write(_ value: UInt32, count bits: Int) {
            buffer |= UInt64(value) << UInt64(count)
            count += bits
            if count >= 32 {
                bytes.append(UInt8(truncatingIfNeeded: buffer))
                bytes.append(UInt8(truncatingIfNeeded: buffer >> 8))
                bytes.append(UInt8(truncatingIfNeeded: buffer >> 16))
                bytes.append(UInt8(truncatingIfNeeded: buffer >> 24))
                buffer >>= 32
                count -= 32
            }
        }

        /// A literal or length symbol of the fixed code.
        @inline(__always)
        mutating func writeLiteral(_ symbol: Int) {
            let code = Deflater.literalCodes[symbol]
            write(code.bits, count: code.count)
        }

        @inline(__always)
        mutating func writeLength(_ length: Int) {
            let index = Deflater.lengthIndex[length]
            writeLiteral(257 + index)
            write(UInt32(length - DeflateTables.lengthBase[index]), count: DeflateTables.lengthExtra[index])
        }

        @inline(__always)
        mutating func writeDistance(_ distance: Int) {
            let index = distance <= 256 ? Deflater.shortDistanceCode[distance - 1] : Deflater.longDistanceCode[(distance - 1) >> 7]
            write(Deflater.distanceCodes[index], count: 5)
            write(UInt32(distance - DeflateTables.distanceBase[index]), count: DeflateTables.distanceExtra[index])
        }

        mutating func finish() -> [UInt8] {
            while count > 0 {
                bytes.append(UInt8(truncatingIfNeeded: buffer))
                buffer >>= 8
                count -= 8
            }
            buffer = 0
            count = 0
            return bytes
        }
    }
}
