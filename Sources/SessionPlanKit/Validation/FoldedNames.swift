import Foundation

/// Names folded for comparison (lower case, `ё` as `е`) and split into words,
/// every distinct word numbered once. All folded text lives in one byte
/// buffer and words are found by a 64-bit fingerprint checked against the
/// bytes, so folding 100,000 names makes no `String` per word.
struct FoldedNames {
    /// The folded bytes of every distinct word, one after another: a name is folded at the
    /// end, and only its words not seen before stay (real names share most words).
    private(set) var bytes: [UInt8] = []
    /// For each name, where its word numbers end in `wordNumbers` (they start where the previous
    /// name's end): 32-bit numbers, half the memory of `Int`s on 100,000 names.
    private var nameEnds: [Int32] = []
    /// Word numbers of all names, one after another.
    private(set) var wordNumbers: [Int32] = []
    private var words = Numbering()

    /// Numbers for texts in `bytes`: by a 64-bit FNV-1a fingerprint, checked against the bytes.
    private struct Numbering {
        var byFingerprint = IntegerTable()
        /// For each number, where its bytes are.
        var ranges: [Range<Int>] = []
        /// Texts whose fingerprint collided with another's: rare enough to keep by text.
        var collided: [[UInt8]: Int] = [:]

        mutating func reserve(_ count: Int) {
            byFingerprint = IntegerTable(capacity: count)
            ranges.reserveCapacity(count)
        }

        /// The number of the text at `range` with FNV-1a fingerprint `hash`: an existing one when
        /// the same bytes were seen, else a new one.
        mutating func number(_ range: Range<Int>, hash: UInt64, in bytes: [UInt8]) -> Int {
            if let known = byFingerprint.insert(hash, value: Int32(ranges.count)).map(Int.init) {
                if Self.equal(ranges[known], range, in: bytes) { return known }
                let text = Array(bytes[range])
                if let seen = collided[text] { return seen }
                collided[text] = ranges.count
            }
            ranges.append(range)
            return ranges.count - 1
        }

        /// The bytes of `number` are now at `range` (moved by the caller).
        mutating func move(_ number: Int, to range: Range<Int>) {
            ranges[number] = range
        }

        private static func equal(_ a: Range<Int>, _ b: Range<Int>, in bytes: [UInt8]) -> Bool {
            guard a.count == b.count else { return false }
            return bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress, a.count > 0 else { return true }
                return memcmp(base + a.lowerBound, base + b.lowerBound, a.count) == 0
            }
        }
    }

    /// A word of the name being added: where its folded bytes are, and their fingerprint.
    private struct WordSpan {
        let range: Range<Int>
        let hash: UInt64
    }

    private static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// Reused for every name: the words of the one being added.
    private var spans: [WordSpan] = []

    /// Folds `names` in order (a lazy collection of names is never stored as an array).
    init<Names: Collection<String>>(_ names: Names) {
        nameEnds.reserveCapacity(names.count)
        wordNumbers.reserveCapacity(names.count * 3)
        // Real names share most words: the table grows with the distinct words, from small.
        words.reserve(1024)
        for name in names { append(name) }
    }

    /// The folded text of a word.
    func text(ofWord word: Int) -> String {
        String(decoding: bytes[words.ranges[word]], as: UTF8.self)
    }

    /// Characters in a word (scalars: the names are NFC, so Cyrillic letters are one each).
    func length(ofWord word: Int) -> Int {
        bytes[words.ranges[word]].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    var wordCount: Int { words.ranges.count }

    /// The length of the distinct words together, in bytes (at least their letters).
    var wordByteCount: Int { words.ranges.reduce(0) { $0 + $1.count } }

    var nameCount: Int { nameEnds.count }

    /// The folded UTF-8 bytes of a word.
    func bytes(ofWord word: Int) -> ArraySlice<UInt8> { bytes[words.ranges[word]] }

    func words(ofName name: Int) -> ArraySlice<Int32> {
        wordNumbers[(name == 0 ? 0 : Int(nameEnds[name - 1]))..<Int(nameEnds[name])]
    }

    /// The word numbers of every name, read through pointers: for the loops over all
    /// names, where an `ArraySlice` per name would cost a retain and a release.
    struct NameWords {
        fileprivate let numbers: UnsafeBufferPointer<Int32>
        fileprivate let ends: UnsafeBufferPointer<Int32>

        var count: Int { ends.count }

        subscript(name: Int) -> UnsafeBufferPointer<Int32> {
            let start = name == 0 ? 0 : Int(ends[name - 1])
            return UnsafeBufferPointer(rebasing: numbers[start..<Int(ends[name])])
        }
    }

    /// `body` with every name's words; the pointers are valid only inside it.
    func withNameWords<Result>(_ body: (NameWords) throws -> Result) rethrows -> Result {
        try wordNumbers.withUnsafeBufferPointer { numbers in
            try nameEnds.withUnsafeBufferPointer { ends in try body(NameWords(numbers: numbers, ends: ends)) }
        }
    }

    private mutating func append(_ name: String) {
        let start = bytes.count
        var spans = self.spans
        self.spans = []
        if !FoldedNames.appendFoldedFast(name, to: &bytes, spans: &spans) {
            bytes.removeSubrange(start...)
            bytes += FoldedNames.foldSlowly(name).utf8
            FoldedNames.findWords(in: bytes, from: start, spans: &spans)
        }
        // New words move down over the name's folded text (never past where they are, so no byte
        // is overwritten before it is read); the rest of the text goes.
        var kept = start
        for span in spans {
            let known = words.ranges.count
            let number = words.number(span.range, hash: span.hash, in: bytes)
            if number == known {
                let moved = kept..<(kept + span.range.count)
                if moved != span.range {
                    for offset in 0..<span.range.count { bytes[kept + offset] = bytes[span.range.lowerBound + offset] }
                    words.move(number, to: moved)
                }
                kept = moved.upperBound
            }
            wordNumbers.append(Int32(truncatingIfNeeded: number))
        }
        bytes.removeSubrange(kept...)
        nameEnds.append(Int32(truncatingIfNeeded: wordNumbers.count))
        self.spans = spans
    }

    /// The words (separated by spaces) of the folded text from `start` on, with their fingerprints.
    private static func findWords(in bytes: [UInt8], from start: Int, spans: inout [WordSpan]) {
        spans.removeAll(keepingCapacity: true)
        var wordStart = start, hash = fnvOffset
        for index in start...bytes.count {
            if index == bytes.count || bytes[index] == 0x20 {
                if index > wordStart { spans.append(WordSpan(range: wordStart..<index, hash: hash)) }
                wordStart = index + 1
                hash = fnvOffset
            } else {
                hash = (hash ^ UInt64(bytes[index])) &* fnvPrime
            }
        }
    }

    /// Folds Russian and Latin letters byte by byte (А–Я → а–я, Ё/ё → е, A–Z → a–z; Cyrillic
    /// through `cyrillicFolds`), in place
    /// after one copy (folding them keeps every byte count), finding the words and their
    /// fingerprints in the same pass. Returns false at the first character of any other
    /// script, leaving the caller to fold slowly.
    private static func appendFoldedFast(_ name: String, to buffer: inout [UInt8], spans: inout [WordSpan]) -> Bool {
        spans.removeAll(keepingCapacity: true)
        let start = buffer.count
        return name.withUTF8Bytes { source in
            buffer.append(contentsOf: source)
            return buffer.withUnsafeMutableBufferPointer { out in cyrillicFolds.withUnsafeBufferPointer { folds in
                let end = out.count
                var index = start, wordStart = start, hash = fnvOffset
                while index < end {
                    let byte = out[index]
                    switch byte {
                    case 0x20:
                        if index > wordStart { spans.append(WordSpan(range: wordStart..<index, hash: hash)) }
                        index += 1
                        wordStart = index
                        hash = fnvOffset
                        continue
                    case 0x41...0x5A:
                        out[index] = byte + 0x20
                    case 0x00...0x7F:
                        break
                    case 0xD0, 0xD1:
                        guard index + 1 < end else { return false }
                        let next = out[index + 1]
                        guard next & 0xC0 == 0x80 else { return false }
                        let folded = folds[Int(byte & 1) << 6 | Int(next & 0x3F)]
                        guard folded != 0 else { return false }
                        let lead = UInt8(truncatingIfNeeded: folded >> 8)
                        out[index] = lead
                        out[index + 1] = UInt8(truncatingIfNeeded: folded)
                        hash = (hash ^ UInt64(lead)) &* fnvPrime
                        index += 1
                    default:
                        return false
                    }
                    hash = (hash ^ UInt64(out[index])) &* fnvPrime
                    index += 1
                }
                if end > wordStart { spans.append(WordSpan(range: wordStart..<end, hash: hash)) }
                return true
            } }
        }
    }

    /// The folded form of each two-byte character led by D0 or D1, at
    /// `(lead & 1) << 6 | (second & 0x3F)`: the two bytes of its lower case, `ё` as `е`
    /// (А–Я → а–я, Ё, ё → е, а–я as they are), or 0 for one left to `foldSlowly`.
    private static let cyrillicFolds: [UInt16] = (0..<128).map { index in
        let lead = 0xD0 + (index >> 6), second = 0x80 + (index & 0x3F)
        switch (lead, second) {
        case (0xD0, 0x81), (0xD1, 0x91): return 0xD0B5                                 // Ё, ё → е
        case (0xD0, 0x90...0x9F): return UInt16(0xD0 << 8 | (second + 0x20))          // А–П → а–п
        case (0xD0, 0xA0...0xAF): return UInt16(0xD1 << 8 | (second - 0x20))          // Р–Я → р–я
        case (0xD0, 0xB0...0xBF), (0xD1, 0x80...0x8F): return UInt16(lead << 8 | second) // а–я
        default: return 0
        }
    }

    /// Lower case by Unicode's rules, then `ё` as `е`.
    static func foldSlowly(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            result.append(scalar == "ё" ? "е" : scalar)
        }
        return String(result)
    }
}
