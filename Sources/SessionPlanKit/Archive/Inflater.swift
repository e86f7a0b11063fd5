/// Why a DEFLATE stream could not be decoded.
enum InflateError: Error, Sendable, Equatable {
    /// The stream ends before its last block does.
    case truncated
    /// Block type 3, which RFC 1951 reserves.
    case reservedBlockType
    /// A stored block whose length and its complement disagree.
    case storedLengthMismatch
    /// A Huffman code table that cannot be a prefix code, or a bit pattern no code has.
    case invalidCode
    /// A match reaching back before the first byte written.
    case distanceTooFar
    /// More output than the caller allows.
    case tooLarge
}

/// A DEFLATE decoder (RFC 1951): stored, fixed Huffman and dynamic Huffman
/// blocks. The output never grows past `limit`, so a small hostile stream
/// cannot take unbounded memory; every read is bounds-checked, so a damaged
/// stream is an `InflateError`, never a crash. Work is linear in the output
/// (at most 15 bit steps per symbol) plus the input.
struct Inflater {
    /// A canonical Huffman code as RFC 1951 §3.2.2 builds it: how many codes
    /// have each length, and the symbols in code order (as zlib's puff does).
    private struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int]

        /// Builds the code from each symbol's length (0: unused). Fails on an over-subscribed set.
        init(lengths: ArraySlice<Int>) throws(InflateError) {
            symbols = [Int](repeating: 0, count: lengths.count)
            for length in lengths { counts[length] += 1 }
            var left = 1
            for length in 1..<16 {
                left <<= 1
                left -= counts[length]
                if left < 0 { throw .invalidCode }
            }
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
            for (symbol, length) in zip(0..., lengths) where length != 0 {
                symbols[offsets[length]] = symbol
                offsets[length] += 1
            }
        }
    }

    private let input: [UInt8]
    private var position: Int
    private let end: Int
    private var bitBuffer: UInt32 = 0
    private var bitCount = 0
    private let limit: Int
    private(set) var output: [UInt8] = []

    private init(input: [UInt8], range: Range<Int>, limit: Int) {
        self.input = input
        self.position = range.lowerBound
        self.end = range.upperBound
        self.limit = limit
    }

    /// Decodes the DEFLATE stream in `input[range]`, writing at most `limit` bytes.
    static func inflate(_ input: [UInt8], range: Range<Int>? = nil, limit: Int,
                        expectedSize: Int? = nil) throws(InflateError) -> [UInt8] {
        let range = range ?? 0..<input.count
        guard range.lowerBound >= 0, range.upperBound <= input.count else { throw .truncated }
        var inflater = Inflater(input: input, range: range, limit: limit)
        if let expectedSize { inflater.output.reserveCapacity(min(expectedSize, limit)) }
        try inflater.run()
        return inflater.output
    }

    private mutating func run() throws(InflateError) {
        var last = false
        while !last {
            last = try bits(1) == 1
            switch try bits(2) {
            case 0: try stored()
            case 1: try fixed()
            case 2: try dynamic()
            default: throw .reservedBlockType
            }
        }
    }

    private mutating func bits(_ count: Int) throws(InflateError) -> Int {
        while bitCount < count {
            guard position < end else { throw .truncated }
            bitBuffer |= UInt32(input[position]) << UInt32(bitCount)
            position += 1
            bitCount += 8
        }
        let value = Int(bitBuffer & ((1 << UInt32(count)) - 1))
        bitBuffer >>= UInt32(count)
        bitCount -= count
        return value
    }

    private mutating func stored() throws(InflateError) {
        bitBuffer = 0
        bitCount = 0
        guard end - position >= 4 else { throw .truncated }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
        position += 4
        guard length == ~complement & 0xFFFF else { throw .storedLengthMismatch }
        guard end - position >= length else { throw .truncated }
        guard output.count + length <= limit else { throw .tooLarge }
        output.append(contentsOf: input[position..<position + length])
        position += length
    }

    private mutating func decode(_ code: Huffman) throws(InflateError) -> Int {
        var value = 0, first = 0, index = 0
        for length in 1..<16 {
            value |= try bits(1)
            let count = code.counts[length]
            if value - count < first { return code.symbols[index + (value - first)] }
            index += count
            first += count
            first <<= 1
            value <<= 1
        }
        throw .invalidCode
    }

    private static let fixedCodes: (Huffman, Huffman)? = {
        guard let literals = try? Huffman(lengths: DeflateTables.fixedLiteralLengths[...]),
              let distances = try? Huffman(lengths: [Int](repeating: 5, count: 30)[...]) else { return nil }
        return (literals, distances)
    }()

    private mutating func fixed() throws(InflateError) {
        // The fixed tables are constants that always build; nil would be a bug, reported as a bad code.
        guard let (literals, distances) = Self.fixedCodes else { throw .invalidCode }
        try codes(literals, distances)
    }

    private mutating func dynamic() throws(InflateError) {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .invalidCode }
        var lengths = [Int](repeating: 0, count: 19)
        for index in 0..<codeLengthCount { lengths[DeflateTables.codeLengthOrder[index]] = try bits(3) }
        let lengthCode = try Huffman(lengths: lengths[...])
        var all = [Int](repeating: 0, count: literalCount + distanceCount)
        var index = 0
        while index < all.count {
            let symbol = try decode(lengthCode)
            if symbol < 16 {
                all[index] = symbol
                index += 1
                continue
            }
            var repeated = 0, times = 0
            switch symbol {
            case 16:
                guard index > 0 else { throw .invalidCode }
                repeated = all[index - 1]
                times = 3 + (try bits(2))
            case 17: times = 3 + (try bits(3))
            default: times = 11 + (try bits(7))
            }
            guard index + times <= all.count else { throw .invalidCode }
            for _ in 0..<times {
                all[index] = repeated
                index += 1
            }
        }
        guard all[256] != 0 else { throw .invalidCode }
        let literals = try Huffman(lengths: all[0..<literalCount])
        let distances = try Huffman(lengths: all[literalCount...])
        try codes(literals, distances)
    }

    private mutating func codes(_ literals: Huffman, _ distances: Huffman) throws(InflateError) {
        while true {
            let symbol = try decode(literals)
            if symbol < 256 {
                guard output.count < limit else { throw .tooLarge }
                output.append(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                let lengthIndex = symbol - 257
                guard lengthIndex < DeflateTables.lengthBase.count else { throw .invalidCode }
                let length = DeflateTables.lengthBase[lengthIndex] + (try bits(DeflateTables.lengthExtra[lengthIndex]))
                let distanceIndex = try decode(distances)
                guard distanceIndex < DeflateTables.distanceBase.count else { throw .invalidCode }
                let distance = DeflateTables.distanceBase[distanceIndex] + (try bits(DeflateTables.distanceExtra[distanceIndex]))
                guard distance <= output.count else { throw .distanceTooFar }
                guard output.count + length <= limit else { throw .tooLarge }
                var from = output.count - distance
                for _ in 0..<length {
                    output.append(output[from])
                    from += 1
                }
            }
        }
    }
}
