/// A DEFLATE encoder (RFC 1951): one fixed-Huffman block, with LZ77 matches
/// found through a hash chain over the last 32 KiB. The chain is searched at
/// most `maxChain` steps for each position, so the work per input byte is
/// bounded whatever the input; the output is what any inflater reads.
enum Deflater {
    private static let windowSize = 32768
    private static let hashBits = 15
    private static let minMatch = 3
    private static let maxMatch = 258
    private static let maxChain = 32

    /// The DEFLATE stream of `bytes`.
    static func deflate(_ bytes: [UInt8]) -> [UInt8] {
        var writer = BitWriter()
        writer.write(1, count: 1)   // the last block
        writer.write(1, count: 2)   // fixed Huffman codes
        let n = bytes.count
        var head = [Int](repeating: -1, count: 1 << hashBits)
        var previous = [Int](repeating: -1, count: windowSize)
        func hash(_ i: Int) -> Int {
            let value = Int(bytes[i]) << 10 ^ Int(bytes[i + 1]) << 5 ^ Int(bytes[i + 2])
            return (value &* 2654435761) >> 7 & ((1 << hashBits) - 1)
        }
        func insert(_ i: Int) {
            guard i + minMatch <= n else { return }
            let h = hash(i)
            previous[i & (windowSize - 1)] = head[h]
            head[h] = i
        }
        var i = 0
        while i < n {
            var bestLength = 0, bestDistance = 0
            if i + minMatch <= n {
                var candidate = head[hash(i)]
                var steps = 0
                let longest = min(maxMatch, n - i)
                while candidate >= 0, i - candidate <= windowSize, steps < maxChain {
                    var length = 0
                    while length < longest, bytes[candidate + length] == bytes[i + length] { length += 1 }
                    if length > bestLength {
                        bestLength = length
                        bestDistance = i - candidate
                        if length == longest { break }
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
                for position in i..<(i + bestLength) { insert(position) }
                i += bestLength
            } else {
                writer.writeLiteral(Int(bytes[i]))
                insert(i)
                i += 1
            }
        }
        writer.writeLiteral(256)
        return writer.finish()
    }

    /// Bits packed least significant first, as DEFLATE sends them.
    private struct BitWriter {
        var bytes: [UInt8] = []
        var buffer: UInt64 = 0
        var count = 0

        mutating func write(_ value: Int, count bits: Int) {
            buffer |= UInt64(value) << UInt64(count)
            count += bits
            while count >= 8 {
                bytes.append(UInt8(truncatingIfNeeded: buffer))
                buffer >>= 8
                count -= 8
            }
        }

        /// A Huffman code, sent most significant bit first.
        mutating func writeCode(_ code: Int, length: Int) {
            var reversed = 0
            for bit in 0..<length where code >> bit & 1 == 1 { reversed |= 1 << (length - 1 - bit) }
            write(reversed, count: length)
        }

        /// A literal or length symbol of the fixed code (RFC 1951 §3.2.6).
        mutating func writeLiteral(_ symbol: Int) {
            switch symbol {
            case 0..<144: writeCode(0x30 + symbol, length: 8)
            case 144..<256: writeCode(0x190 + symbol - 144, length: 9)
            case 256..<280: writeCode(symbol - 256, length: 7)
            default: writeCode(0xC0 + symbol - 280, length: 8)
            }
        }

        mutating func writeLength(_ length: Int) {
            var index = DeflateTables.lengthBase.count - 1
            while DeflateTables.lengthBase[index] > length { index -= 1 }
            writeLiteral(257 + index)
            write(length - DeflateTables.lengthBase[index], count: DeflateTables.lengthExtra[index])
        }

        mutating func writeDistance(_ distance: Int) {
            var index = DeflateTables.distanceBase.count - 1
            while DeflateTables.distanceBase[index] > distance { index -= 1 }
            writeCode(index, length: 5)
            write(distance - DeflateTables.distanceBase[index], count: DeflateTables.distanceExtra[index])
        }

        mutating func finish() -> [UInt8] {
            if count > 0 { bytes.append(UInt8(truncatingIfNeeded: buffer)) }
            buffer = 0
            count = 0
            return bytes
        }
    }
}
