/// Names folded for comparison (lower case, `ё` as `е`) and split into words,
/// every distinct word numbered once. All folded text lives in one byte
/// buffer and words are found by a 64-bit fingerprint checked against the
/// bytes, so folding 100,000 names makes no `String` per word.
struct FoldedNames {
    /// The folded bytes of every name, one after another.
    private(set) var bytes: [UInt8] = []
    /// For each name, the range of its word numbers in `wordNumbers`.
    private(set) var nameWords: [Range<Int>] = []
    /// Word numbers of all names, one after another.
    private(set) var wordNumbers: [Int] = []
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

        /// The number of the text at `range`: an existing one when the same bytes were seen, else a new one.
        mutating func number(_ range: Range<Int>, in bytes: [UInt8]) -> Int {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for index in range { hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3 }
            if let known = byFingerprint.insert(hash, value: Int32(ranges.count)).map(Int.init) {
                if bytes[ranges[known]].elementsEqual(bytes[range]) { return known }
                let text = Array(bytes[range])
                if let seen = collided[text] { return seen }
                collided[text] = ranges.count
            }
            ranges.append(range)
            return ranges.count - 1
        }
    }

    init(_ names: [String]) {
        bytes.reserveCapacity(names.reduce(0) { $0 + $1.utf8.count })
        nameWords.reserveCapacity(names.count)
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

    var nameCount: Int { nameWords.count }

    /// The folded UTF-8 bytes of a word.
    func bytes(ofWord word: Int) -> ArraySlice<UInt8> { bytes[words.ranges[word]] }

    func words(ofName name: Int) -> ArraySlice<Int> { wordNumbers[nameWords[name]] }

    private mutating func append(_ name: String) {
        let start = bytes.count
        if !FoldedNames.appendFoldedFast(name, to: &bytes) {
            bytes.removeSubrange(start...)
            bytes += FoldedNames.foldSlowly(name).utf8
        }
        let end = bytes.count
        let first = wordNumbers.count
        var wordStart = start
        for index in start...end where index == end || bytes[index] == 0x20 {
            if index > wordStart {
                wordNumbers.append(words.number(wordStart..<index, in: bytes))
            }
            wordStart = index + 1
        }
        nameWords.append(first..<wordNumbers.count)
    }

    /// Folds Russian and Latin letters byte by byte (А–Я → а–я, Ё/ё → е, A–Z → a–z).
    /// Returns false at the first character of any other script, leaving the caller to fold slowly.
    private static func appendFoldedFast(_ name: String, to buffer: inout [UInt8]) -> Bool {
        name.withUTF8Bytes { appendFoldedFast($0, to: &buffer) }
    }

    private static func appendFoldedFast(_ name: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) -> Bool {
        var utf8 = name.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case 0x41...0x5A: buffer.append(byte + 0x20)
            case 0x00...0x7F: buffer.append(byte)
            case 0xD0:
                guard let next = utf8.next() else { return false }
                switch next {
                case 0x81: buffer.append(0xD0); buffer.append(0xB5)            // Ё → е
                case 0x90...0x9F: buffer.append(0xD0); buffer.append(next + 0x20)  // А–П → а–п
                case 0xA0...0xAF: buffer.append(0xD1); buffer.append(next - 0x20)  // Р–Я → р–я
                case 0xB0...0xBF: buffer.append(0xD0); buffer.append(next)         // а–п
                default: return false
                }
            case 0xD1:
                guard let next = utf8.next() else { return false }
                switch next {
                case 0x91: buffer.append(0xD0); buffer.append(0xB5)            // ё → е
                case 0x80...0x8F: buffer.append(0xD1); buffer.append(next)         // р–я
                default: return false
                }
            default:
                return false
            }
        }
        return true
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
