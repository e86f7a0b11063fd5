import Foundation
import Testing
@testable import SessionPlanKit

@Suite("DEFLATE and CRC-32")
struct DeflateTests {
    @Test("CRC-32 check values (the standard \"123456789\" and the empty input)")
    func crcCheckValues() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
        #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
    }

    @Test("CRC-32 eight bytes at a time agrees with the byte-wise definition, in any pieces")
    func crcBySlices() {
        func bytewise(_ bytes: [UInt8]) -> UInt32 {
            var c: UInt32 = 0xFFFF_FFFF
            for byte in bytes {
                c ^= UInt32(byte)
                for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            }
            return c ^ 0xFFFF_FFFF
        }
        let data: [UInt8] = (0..<1_000).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 11) }
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 999, 1_000] {
            let piece = Array(data.prefix(length))
            #expect(CRC32.checksum(piece) == bytewise(piece), "length \(length)")
            // A collection that is not contiguous takes the byte-wise path.
            #expect(CRC32.checksum(piece.lazy.map { $0 }) == bytewise(piece))
        }
        var pieces = CRC32()
        for start in stride(from: 0, to: data.count, by: 13) { pieces.update(data[start..<min(start + 13, data.count)]) }
        #expect(pieces.value == bytewise(data))
    }

    @Test("CRC-32 of two strings from the check of each and the second's length")
    func crcCombined() {
        let data: [UInt8] = (0..<5_000).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 9) }
        for cut in [0, 1, 7, 8, 1_000, 4_096, 4_999, 5_000] {
            let first = CRC32.checksum(data[..<cut]), second = CRC32.checksum(data[cut...])
            #expect(CRC32.combine(first, second, secondLength: data.count - cut) == CRC32.checksum(data), "cut at \(cut)")
        }
        let zeros = [UInt8](repeating: 0, count: 100_003)
        #expect(CRC32.combine(0xCBF4_3926, CRC32.checksum(zeros), secondLength: zeros.count)
                == CRC32.checksum(Array("123456789".utf8) + zeros))
    }

    static let samples: [[UInt8]] = [
        [],
        [0x41],
        Array("abcabcabcabcabcabcabcabcabc".utf8),
        Array(String(repeating: "Работа в группах 10:15–12:15\n", count: 500).utf8),
        [UInt8](repeating: 0, count: 100_000),
        (0..<70_000).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) },
        // A worksheet's rows: long repeated markup (matches of the longest length, not all of
        // them added to the chains) around names that vary, well past the 32 KiB window.
        Array((0..<3_000).map { "<row r=\"\($0 + 2)\"><c r=\"A\($0 + 2)\" t=\"inlineStr\"><is><t>Участник \($0 * 7919 % 1000)</t></is></c></row>" }
            .joined().utf8),
        // A match exactly one window back, then a byte that breaks it, and a tail shorter than eight bytes.
        { () -> [UInt8] in
            let block: [UInt8] = (0..<32_768).map { UInt8(truncatingIfNeeded: ($0 &* 40_503) >> 7) }
            return block + block.prefix(300) + [0xFF] + block.prefix(5)
        }(),
    ]

    @Test("The encoder's output decodes to the input", arguments: samples.indices)
    func roundTrip(_ index: Int) throws {
        let input = Self.samples[index]
        let compressed = Deflater.deflate(input).stream
        #expect(try Inflater.inflate(compressed, limit: input.count) == input)
    }

    @Test("Encoded in pieces, each block starting from the window before it, the stream decodes to the input",
          arguments: samples.indices)
    func roundTripInPieces(_ index: Int) throws {
        let input = Self.samples[index]
        // Pieces of a few bytes only for the short samples: each piece clears its own chains.
        for size in (input.count < 1_000 ? [7] : []) + [1_000, 32_768, 40_000] {
            let compressed = Deflater.deflate(input, pieceSize: size)
            #expect(try Inflater.inflate(compressed.stream, limit: input.count) == input, "pieces of \(size)")
            #expect(compressed.crc == CRC32.checksum(input), "pieces of \(size)")
        }
    }

    // Needs python3, whose zlib is the inflater of most programs; skipped, and reported as skipped, without it.
    @Test("zlib reads the stream in pieces back", .enabled(if: Python.path != nil, "python3 is not installed"))
    func zlibReadsPieces() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let input = Self.samples[6]
        let raw = folder.url.appendingPathComponent("raw"), deflated = folder.url.appendingPathComponent("raw.deflate")
        try Data(input).write(to: raw)
        try Data(Deflater.deflate(input, pieceSize: 20_000).stream).write(to: deflated)
        let script = "import sys, zlib; a, b = (open(p, 'rb').read() for p in sys.argv[1:]); print(zlib.decompress(b, -15) == a)"
        #expect(try Python.run(script, [raw.path, deflated.path]) == "True\n")
    }

    @Test("Pieces: one when the input is no longer than two, else of the size with the rest last")
    func pieces() {
        #expect(Deflater.pieces(count: 0, size: 10) == [0..<0])
        #expect(Deflater.pieces(count: 20, size: 10) == [0..<20])
        #expect(Deflater.pieces(count: 25, size: 10) == [0..<10, 10..<20, 20..<25])
    }

    @Test("In pieces the stream is as small as in one, and the same whatever the scheduling")
    func piecesCompressAsWell() {
        let input = Self.samples[6]
        let whole = Deflater.deflate(input).stream, pieces = Deflater.deflate(input, pieceSize: 20_000).stream
        // Each piece adds a block header, and each but the last an empty stored block (five bytes
        // at most with its padding) and a match cut where it ends; none loses its window.
        let count = Deflater.pieces(count: input.count, size: 20_000).count
        #expect(count > 10)
        #expect(pieces.count <= whole.count + (count - 1) * 8)
        #expect(pieces != whole)
        #expect(Deflater.deflate(input, pieceSize: 20_000).stream == pieces)
    }

    @Test("The encoder compresses repetitive text")
    func compresses() {
        let input = Self.samples[3]
        #expect(Deflater.deflate(input).stream.count * 10 < input.count)
    }

    @Test("A stored block decodes; its length must match its complement")
    func storedBlock() throws {
        let block: [UInt8] = [0x01, 0x03, 0x00, 0xFC, 0xFF, 0x61, 0x62, 0x63]
        #expect(try Inflater.inflate(block, limit: 10) == Array("abc".utf8))
        var broken = block
        broken[3] = 0x00
        #expect(throws: InflateError.storedLengthMismatch) { try Inflater.inflate(broken, limit: 10) }
    }

    @Test("Damaged streams are errors, not crashes")
    func damaged() {
        // Block type 3 is reserved.
        #expect(throws: InflateError.reservedBlockType) { try Inflater.inflate([0x07], limit: 10) }
        // A fixed block cut off in the middle.
        let compressed = Deflater.deflate(Array("hello hello hello".utf8)).stream
        #expect(throws: InflateError.truncated) { try Inflater.inflate(Array(compressed.prefix(3)), limit: 100) }
        // A match reaching before the start: fixed block, length code 257 (3 bytes), distance 1, no literal before it.
        // Bits: final 1, type 01, then 257 = 0000001 (7 bits), distance code 0 = 00000.
        #expect(throws: InflateError.distanceTooFar) { try Inflater.inflate([0x03, 0x02, 0x00], limit: 100) }
        // An empty input.
        #expect(throws: InflateError.truncated) { try Inflater.inflate([], limit: 100) }
    }

    @Test("Output past the limit is refused before it is made")
    func limit() {
        let compressed = Deflater.deflate([UInt8](repeating: 0x20, count: 50_000)).stream
        #expect(throws: InflateError.tooLarge) { try Inflater.inflate(compressed, limit: 49_999) }
    }

    @Test("A dynamic block with an over-subscribed code length code is refused")
    func overSubscribed() {
        // final 1, type 10; HLIT 0, HDIST 0, HCLEN 15 (19 lengths), every code length 1: over-subscribed.
        var bits: [Int] = [1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1]
        for _ in 0..<19 { bits += [1, 0, 0] }
        var bytes = [UInt8](repeating: 0, count: (bits.count + 7) / 8 + 2)
        for (k, bit) in bits.enumerated() where bit == 1 { bytes[k / 8] |= UInt8(1 << (k % 8)) }
        #expect(throws: InflateError.invalidCode) { try Inflater.inflate(bytes, limit: 100) }
    }
}
