import Foundation

/// Reads JSON (RFC 8259) from UTF-8 bytes into a `JSONValue` tree with locations.
enum JSONReader {
    /// Deepest nesting of arrays and objects accepted; deeper input is a `json-syntax` error.
    static let maximumDepth = 512

    /// Parses a whole document. A UTF-8 byte order mark at the start is skipped.
    /// Fails with one `encoding` or `json-syntax` diagnostic located where reading stopped.
    static func parse(_ bytes: [UInt8]) -> Result<JSONValue, Diagnostic> {
        parse(bytes, handingOver: nil, to: { _, _, _ in })
    }

    /// The same, and each element of the array that is the value of the top-level member `key`
    /// is handed to `handOver` (with its index and its length in bytes) as soon as it is read,
    /// while the rest of the file is still being read: a caller can start on it at once. An
    /// element handed over is still in the tree; a file whose reading fails may have handed over
    /// some elements first.
    ///
    /// `everyStringValue` is shown each string that is a value (not a key), decoded, with its
    /// place, in file order, as it is read: a caller that looks for certain texts anywhere in the
    /// file finds them without walking the tree afterwards.
    static func parse(_ bytes: [UInt8], handingOver key: String?,
                      to handOver: @escaping (Int, JSONValue, Int) -> Void,
                      everyStringValue: ((String, SourceLocation) -> Void)? = nil) -> Result<JSONValue, Diagnostic> {
        bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(buffer)
            if let key { parser.handOver = (key, handOver) }
            parser.everyStringValue = everyStringValue
            do throws(Diagnostic) {
                return .success(try parser.parseDocument())
            } catch {
                return .failure(error)
            }
        }
    }
}

/// The bytes the grammar names.
private enum ASCII {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22 // "
    static let apostrophe: UInt8 = 0x27 // '
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let period: UInt8 = 0x2E
    static let slash: UInt8 = 0x2F
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    static let colon: UInt8 = 0x3A
    static let upperE: UInt8 = 0x45
    static let openBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let closeBracket: UInt8 = 0x5D
    static let lowerE: UInt8 = 0x65
    static let openBrace: UInt8 = 0x7B
    static let closeBrace: UInt8 = 0x7D
}

/// One open array or object while reading: where it starts and where its
/// children begin on the reader's stack of elements or of members.
private struct OpenContainer {
    let isObject: Bool
    let start: SourceLocation
    let childBase: Int
}

/// A key read whose value is being read.
private struct PendingKey {
    let key: String
    let location: SourceLocation
}

/// A stack that moves its elements in and out instead of copying them, so
/// finished children become their container's array without a retain and a
/// release each.
private struct MoveStack<Element>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.base = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    mutating func push(_ element: consuming Element) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Everything from `start` up, as an array, leaving the stack `start` deep.
    mutating func popAll(from start: Int) -> [Element] {
        let moved = count - start
        guard moved > 0 else { return [] }
        let source = base + start
        count = start
        return Array(unsafeUninitializedCapacity: moved) { buffer, initialized in
            // The buffer has room for `moved` elements, so its base address exists.
            buffer.baseAddress!.moveInitialize(from: source, count: moved)
            initialized = moved
        }
    }
}

/// The byte-level reader behind `JSONReader`. Nesting is kept on explicit
/// stacks, never on the call stack, so any depth of input is safe; children of
/// open containers wait on flat scratch arrays and become one array when the
/// container closes.
///
/// Columns count Unicode scalars. Line breaks only occur in whitespace (a raw
/// one in a string is an error), so the line is tracked there, and the column
/// comes from a cache (offset, column) that only moves forward on a line: the
/// cost of all locations together is one pass over the file, even for a file
/// that is a single line.
struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let end: Int
    private var pos = 0
    private var line = 1
    private var lineStart = 0
    private var cachedOffset = 0
    private var cachedColumn = 1
    /// Reused for strings with escapes.
    private var scratch: [UInt8] = []
    /// The top-level member whose array's elements are handed over as they are read, and to what.
    var handOver: (key: String, to: (Int, JSONValue, Int) -> Void)?
    /// Shown every string value as it is read (`JSONReader.parse(_:handingOver:to:everyStringValue:)`).
    var everyStringValue: ((String, SourceLocation) -> Void)?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.end = bytes.count
    }

    // MARK: The document

    mutating func parseDocument() throws(Diagnostic) -> JSONValue {
        try skipByteOrderMark()
        skipWhitespace()
        guard pos < end else {
            throw .error(.jsonSyntax, JSONReaderMessage.emptyFile, at: SourceLocation(line: 1, column: 1, offset: 0))
        }

        var open: [OpenContainer] = []
        var elements = MoveStack<JSONValue>(capacity: 256)
        var members = MoveStack<JSONMember>(capacity: 256)
        var keys: [PendingKey] = []
        open.reserveCapacity(64)
        keys.reserveCapacity(64)

        // Each turn reads one value at `pos` (whitespace already skipped), then
        // hands finished values up to their containers as long as they close.
        readValue: while true {
            guard pos < end else { throw fileEnds(inside: open.last) }
            let start = pos
            let byte = bytes[pos]
            var value: JSONValue
            switch byte {
            case ASCII.openBrace, ASCII.openBracket:
                let location = location(at: start)
                guard open.count < JSONReader.maximumDepth else {
                    throw .error(.jsonSyntax, JSONReaderMessage.tooDeep(JSONReader.maximumDepth), at: location)
                }
                let isObject = byte == ASCII.openBrace
                pos += 1
                skipWhitespace()
                if pos < end && bytes[pos] == (isObject ? ASCII.closeBrace : ASCII.closeBracket) {
                    pos += 1
                    value = JSONValue(isObject ? .object([]) : .array([]), at: location)
                } else {
                    let container = OpenContainer(isObject: isObject, start: location,
                                                  childBase: isObject ? members.count : elements.count)
                    open.append(container)
                    if isObject {
                        try readKey(into: &keys, container: container, commaAt: nil)
                    }
                    continue readValue
                }
            case ASCII.quote:
                let location = location(at: start)
                let text = try readString()
                everyStringValue?(text, location)
                value = JSONValue(.string(text), at: location)
            case ASCII.minus, ASCII.zero...ASCII.nine:
                let location = location(at: start)
                value = JSONValue(.number(try readNumber()), at: location)
            case UInt8(ascii: "t") where matches("true"):
                value = JSONValue(.bool(true), at: location(at: start))
                pos += 4
            case UInt8(ascii: "f") where matches("false"):
                value = JSONValue(.bool(false), at: location(at: start))
                pos += 5
            case UInt8(ascii: "n") where matches("null"):
                value = JSONValue(.null, at: location(at: start))
                pos += 4
            default:
                throw unexpected(JSONReaderMessage.expectedValue, context: .value)
            }

            while true {
                guard let container = open.last else {
                    skipWhitespace()
                    guard pos == end else { throw unexpected(JSONReaderMessage.expectedEnd, context: .other) }
                    return value
                }
                // A string followed on its line by more text is most often a
                // title with straight quotes inside it: the hint says so.
                var afterString = false
                if case .string = value.kind { afterString = true }
                if container.isObject {
                    let key = keys.removeLast()
                    members.push(JSONMember(key: key.key, keyLocation: key.location, value: value))
                } else {
                    // An element of an array that is a top-level member's value: the root object and
                    // the array are open, and the root's pending key is that member's.
                    if let handOver, open.count == 2, open[0].isObject, keys.last?.key == handOver.key {
                        handOver.to(elements.count - container.childBase, value, pos - value.location.offset)
                    }
                    elements.push(value)
                }
                let lineOfValue = line, valueEnd = pos
                skipWhitespace()
                let context: Context = afterString && line == lineOfValue ? .afterString : .other
                guard pos < end else { throw fileEnds(inside: container) }
                let next = bytes[pos]
                if next == ASCII.comma {
                    let comma = pos
                    pos += 1
                    skipWhitespace()
                    if container.isObject {
                        try readKey(into: &keys, container: container, commaAt: comma)
                    } else if pos < end && bytes[pos] == ASCII.closeBracket {
                        throw trailingComma(at: comma, in: .array)
                    }
                    continue readValue
                }
                if container.isObject {
                    guard next == ASCII.closeBrace else {
                        guard next == ASCII.quote else { throw unexpected(JSONReaderMessage.expectedAfterMember, context: context) }
                        throw missingComma(JSONReaderMessage.expectedAfterMember, valueEnd: valueEnd, sameLine: line == lineOfValue)
                    }
                    value = JSONValue(.object(members.popAll(from: container.childBase)), at: container.start)
                } else {
                    guard next == ASCII.closeBracket else {
                        // The start of another value; not a letter or digit right after a text (a quotation mark inside it).
                        let startsValue = next == ASCII.quote || next == ASCII.openBrace || next == ASCII.openBracket
                            || (isDigit(next) && context != .afterString)
                        if next == ASCII.colon, afterString { throw arrayNotClosed(container, keyLine: lineOfValue) }
                        guard startsValue, context != .afterString || next != ASCII.quote else {
                            throw unexpected(JSONReaderMessage.expectedAfterElement, context: context)
                        }
                        throw missingComma(JSONReaderMessage.expectedAfterElement, valueEnd: valueEnd, sameLine: line == lineOfValue)
                    }
                    value = JSONValue(.array(elements.popAll(from: container.childBase)), at: container.start)
                }
                pos += 1
                open.removeLast()
            }
        }
    }

    /// Reads `"key"` and the colon after it, leaving `pos` at the value.
    private mutating func readKey(into keys: inout [PendingKey],
                                  container: OpenContainer, commaAt comma: Int?) throws(Diagnostic) {
        guard pos < end else { throw fileEnds(inside: container) }
        guard bytes[pos] == ASCII.quote else {
            if let comma, bytes[pos] == ASCII.closeBrace { throw trailingComma(at: comma, in: .object) }
            throw unexpected(JSONReaderMessage.expectedKey, context: .key)
        }
        let keyLocation = location(at: pos)
        let key = try readString()
        keys.append(PendingKey(key: key, location: keyLocation))
        skipWhitespace()
        guard pos < end, bytes[pos] == ASCII.colon else {
            if pos == end { throw fileEnds(inside: container) }
            throw unexpected(JSONReaderMessage.expectedColon(after: key), context: .other)
        }
        pos += 1
        skipWhitespace()
    }

    private mutating func skipByteOrderMark() throws(Diagnostic) {
        let first = end > 0 ? bytes[0] : 0, second = end > 1 ? bytes[1] : 0
        let third = end > 2 ? bytes[2] : 0, fourth = end > 3 ? bytes[3] : 0
        let encoding: String?
        switch (first, second, third, fourth) {
        case (0xEF, 0xBB, 0xBF, _):
            pos = 3
            lineStart = 3
            cachedOffset = 3
            return
        case (0xFF, 0xFE, 0x00, 0x00) where end >= 4: encoding = "UTF-32"
        case (0x00, 0x00, 0xFE, 0xFF) where end >= 4: encoding = "UTF-32"
        case (0xFF, 0xFE, _, _) where end >= 2, (0xFE, 0xFF, _, _) where end >= 2: encoding = "UTF-16"
        default: encoding = nil
        }
        if let encoding {
            throw .error(.encoding, JSONReaderMessage.unicodeByteOrderMark(encoding),
                         at: SourceLocation(line: 1, column: 1, offset: 0))
        }
        // UTF-16 without a byte order mark: JSON starts with an ASCII
        // character, so one of the first two bytes is NUL.
        if end >= 2, first == 0 || second == 0, looksLikeUTF16() {
            throw .error(.encoding, JSONReaderMessage.nulByte(looksLikeUTF16: true),
                         at: SourceLocation(line: 1, column: 1, offset: 0))
        }
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while pos < end {
            switch bytes[pos] {
            case ASCII.space, ASCII.tab:
                pos += 1
            case ASCII.lineFeed:
                pos += 1
                line += 1
                lineStart = pos
            case ASCII.carriageReturn:
                pos += 1
                if pos < end && bytes[pos] == ASCII.lineFeed { pos += 1 }
                line += 1
                lineStart = pos
            default:
                return
            }
        }
    }

    private func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard end - pos >= count else { return false }
        let text = word.utf8Start
        for index in 0..<count where bytes[pos + index] != text[index] { return false }
        return true
    }

    // MARK: Strings

    /// Reads a string whose opening quote is at `pos`; `pos` ends after the closing quote.
    /// The text is scanned eight bytes at a time for the closing quote, a backslash or a
    /// control character, and its UTF-8 is checked once, by the `String` made of it: only
    /// text that fails the check is walked again, to say where.
    private mutating func readString() throws(Diagnostic) -> String {
        let quote = pos
        let contentStart = pos + 1
        let stop = specialByte(from: contentStart)
        guard stop < end else {
            try checkUTF8(from: contentStart, to: end)
            throw fileEnds(insideStringAt: quote)
        }
        switch bytes[stop] {
        case ASCII.quote:
            let content = UnsafeBufferPointer(rebasing: bytes[contentStart..<stop])
            pos = stop + 1
            // Decoded by the standard library's UTF-8 path, which replaces bad bytes: the text is
            // the file's bytes exactly when none was replaced (a replacement, EF BF BD, never
            // stands for itself), which one comparison of the bytes tells. Only then is the string
            // looked at byte by byte, for the place of the bad one. (`String(validating:as:)`,
            // generic over the encoding, looked up its metadata at run time for every string.)
            var text = String(decoding: content, as: UTF8.self)
            let unchanged = text.withUTF8 { decoded -> Bool in
                guard decoded.count == content.count else { return false }
                guard let decodedBytes = decoded.baseAddress, let fileBytes = content.baseAddress else { return true }   // both empty
                return memcmp(decodedBytes, fileBytes, decoded.count) == 0
            }
            if unchanged { return text }
            try checkUTF8(from: contentStart, to: stop)
            return text
        case ASCII.backslash:
            try checkUTF8(from: contentStart, to: stop)
            return try readEscapedString(quote: quote, contentStart: contentStart, escapeAt: stop)
        default:
            try checkUTF8(from: contentStart, to: stop)
            throw controlCharacterInString(at: stop, quote: quote)
        }
    }

    /// The first byte from `start` on that ends the plain run of a string: a quote, a backslash
    /// or a control character (below U+0020); `end` when there is none. Each eight bytes are
    /// tested at once: a byte equal to the quote or the backslash makes a zero byte in the word
    /// XOR-ed with that byte repeated, and a zero byte or one below 0x20 borrows into its top
    /// bit when the repeated low value is subtracted (bytes of 0x80 and above are excluded by
    /// their own top bit). A word with any of them is then read byte by byte.
    @inline(__always)
    private func specialByte(from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101, tops: UInt64 = 0x8080_8080_8080_8080
            while end - index >= 8 {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let quotes = word ^ (ones &* UInt64(ASCII.quote)), backslashes = word ^ (ones &* UInt64(ASCII.backslash))
                let found = ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)
                    | ((word &- ones &* 0x20) & ~word)
                if found & tops != 0 { break }
                index += 8
            }
        }
        while index < end {
            let byte = bytes[index]
            if byte == ASCII.quote || byte == ASCII.backslash || byte < 0x20 { return index }
            index += 1
        }
        return end
    }

    /// Throws `encoding` at the first byte from `start` to `stop` that is not well-formed UTF-8.
    private mutating func checkUTF8(from start: Int, to stop: Int) throws(Diagnostic) {
        var index = start
        while index < stop {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
            } else if byte >= 0xC2, byte <= 0xDF, index + 1 < stop, bytes[index + 1] & 0xC0 == 0x80 {
                index += 2   // a two-byte letter (all of Cyrillic): the common case, without the table below
            } else {
                // The byte at `stop` (a quote, a backslash, a control) is no continuation byte, so
                // a sequence cut short there has no length, and none runs past it.
                let length = utf8SequenceLength(at: index)
                guard length > 0 else { throw invalidUTF8(at: index) }
                index += length
            }
        }
    }

    /// The rest of a string once an escape is met: the bytes go into `scratch`.
    private mutating func readEscapedString(quote: Int, contentStart: Int, escapeAt firstEscape: Int) throws(Diagnostic) -> String {
        scratch.removeAll(keepingCapacity: true)
        var runStart = contentStart
        var index = firstEscape
        while index < end {
            let byte = bytes[index]
            if byte == ASCII.quote || byte == ASCII.backslash {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                if byte == ASCII.quote {
                    pos = index + 1
                    return String(decoding: scratch, as: UTF8.self)
                }
                index += 1
                guard index < end else { throw fileEnds(insideStringAt: quote) }
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case ASCII.quote, ASCII.backslash, ASCII.slash: scratch.append(escaped)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(ASCII.lineFeed)
                case UInt8(ascii: "r"): scratch.append(ASCII.carriageReturn)
                case UInt8(ascii: "t"): scratch.append(ASCII.tab)
                case UInt8(ascii: "u"):
                    guard let unit = hexQuad(at: index) else { throw badHexQuad(from: index, quote: quote) }
                    index += 4
                    var scalar = unit
                    if (0xD800...0xDBFF).contains(unit) {
                        // A high surrogate counts only with a low one right after it.
                        if index + 1 < end, bytes[index] == ASCII.backslash, bytes[index + 1] == UInt8(ascii: "u"),
                           let low = hexQuad(at: index + 2), (0xDC00...0xDFFF).contains(low) {
                            scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                            index += 6
                        } else {
                            scalar = 0xFFFD
                        }
                    } else if (0xDC00...0xDFFF).contains(unit) {
                        scalar = 0xFFFD
                    }
                    appendUTF8(scalar)
                default:
                    pos = index - 1
                    let escapedByte = bytes[index - 1]
                    let shown = escapedByte > 0x20 && escapedByte < 0x7F
                        ? JSONReaderMessage.foundText(String(UnicodeScalar(escapedByte))) : found(at: index - 1)
                    throw .error(.jsonSyntax, JSONReaderMessage.invalidEscape(shown),
                                 at: location(at: index - 1))
                }
                runStart = index
                continue
            }
            if byte < 0x20 { throw controlCharacterInString(at: index, quote: quote) }
            if byte < 0x80 {
                index += 1
            } else {
                let length = utf8SequenceLength(at: index)
                guard length > 0 else { throw invalidUTF8(at: index) }
                index += length
            }
        }
        throw fileEnds(insideStringAt: quote)
    }

    private func hexQuad(at index: Int) -> UInt32? {
        guard end - index >= 4 else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = bytes[index + offset]
            let digit: UInt8
            switch byte {
            case ASCII.zero...ASCII.nine: digit = byte - ASCII.zero
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            scratch.append(UInt8(scalar))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | scalar >> 18))
            scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// The length of the well-formed UTF-8 sequence starting at `index` (a byte ≥ 0x80), or 0.
    /// Rejects overlong forms, surrogates and values above U+10FFFF (Unicode table 3-7).
    private func utf8SequenceLength(at index: Int) -> Int {
        let lead = bytes[index]
        let available = end - index
        @inline(__always) func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            offset < available && range.contains(bytes[index + offset])
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }

    /// The scalar of the well-formed sequence at `index` of `length` bytes.
    private func scalar(at index: Int, length: Int) -> UInt32 {
        let lead = UInt32(bytes[index])
        var value: UInt32
        switch length {
        case 1: return lead
        case 2: value = lead & 0x1F
        case 3: value = lead & 0x0F
        default: value = lead & 0x07
        }
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return value
    }

    // MARK: Numbers

    /// Reads a number at `pos` per the RFC 8259 grammar, keeping its text.
    private mutating func readNumber() throws(Diagnostic) -> JSONNumber {
        let start = pos
        if bytes[pos] == ASCII.minus {
            pos += 1
            guard pos < end, isDigit(bytes[pos]) else {
                throw unexpected(JSONReaderMessage.expectedDigitAfterMinus, context: .number)
            }
        }
        if bytes[pos] == ASCII.zero {
            pos += 1
            if pos < end && isDigit(bytes[pos]) {
                throw .error(.jsonSyntax, JSONReaderMessage.leadingZero, at: location(at: pos))
            }
        } else {
            skipDigits()
        }
        if pos < end && bytes[pos] == ASCII.period {
            pos += 1
            guard pos < end, isDigit(bytes[pos]) else {
                throw unexpected(JSONReaderMessage.expectedFractionDigit, context: .other)
            }
            skipDigits()
        }
        if pos < end && (bytes[pos] == ASCII.lowerE || bytes[pos] == ASCII.upperE) {
            pos += 1
            if pos < end && (bytes[pos] == ASCII.plus || bytes[pos] == ASCII.minus) { pos += 1 }
            guard pos < end, isDigit(bytes[pos]) else {
                throw unexpected(JSONReaderMessage.expectedExponentDigit, context: .other)
            }
            skipDigits()
        }
        return JSONNumber(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self))
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool { byte &- ASCII.zero < 10 }

    @inline(__always)
    private mutating func skipDigits() {
        while pos < end && isDigit(bytes[pos]) { pos += 1 }
    }

    // MARK: Locations

    /// The location of byte `offset`. Cheap when offsets only grow along the
    /// current line (the cache moves forward); otherwise scans from the start.
    private mutating func location(at offset: Int) -> SourceLocation {
        guard offset >= lineStart else { return locationFromStart(of: offset) }
        if cachedOffset < lineStart || cachedOffset > offset {
            cachedOffset = lineStart
            cachedColumn = 1
        }
        let column = cachedColumn + Self.characters(in: bytes, from: cachedOffset, to: offset)
        cachedOffset = offset
        cachedColumn = column
        return SourceLocation(line: line, column: column, offset: offset)
    }

    /// The characters (Unicode scalars: bytes that are not UTF-8 continuation bytes, 10xxxxxx)
    /// from `start` to `stop`, eight bytes at a time: a continuation byte has its top bit set
    /// and the next one clear, which the word shifted left by one lines up.
    @inline(__always)
    private static func characters(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to stop: Int) -> Int {
        var index = start, count = 0
        if let base = bytes.baseAddress {
            let tops: UInt64 = 0x8080_8080_8080_8080
            while stop - index >= 8 {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                count += 8 - (word & ~(word << 1) & tops).nonzeroBitCount
                index += 8
            }
        }
        while index < stop {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// The slow path for a place before the current line; used for messages only.
    private func locationFromStart(of offset: Int) -> SourceLocation {
        var line = 1
        var start = end >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var index = start
        while index < offset {
            if bytes[index] == ASCII.lineFeed {
                line += 1
                start = index + 1
            } else if bytes[index] == ASCII.carriageReturn {
                if index + 1 < offset && bytes[index + 1] == ASCII.lineFeed { index += 1 }
                line += 1
                start = index + 1
            }
            index += 1
        }
        return SourceLocation(line: line, column: 1 + Self.characters(in: bytes, from: start, to: max(start, offset)), offset: offset)
    }

    // MARK: Errors

    /// What was expected decides which hints make sense.
    private enum Context {
        /// `afterString`: right after a string, on the same line.
        case value, key, number, afterString, other
    }

    /// "expected X, found Y" at `pos`; a NUL byte or bad UTF-8 there is reported as such instead.
    private mutating func unexpected(_ expected: LocalizedText, context: Context) -> Diagnostic {
        if pos < end {
            let byte = bytes[pos]
            if byte == 0 {
                return .error(.jsonSyntax, JSONReaderMessage.nulByte(looksLikeUTF16: looksLikeUTF16()),
                              at: location(at: pos))
            }
            if byte >= 0x80 && utf8SequenceLength(at: pos) == 0 { return invalidUTF8(at: pos) }
        }
        let found = found(at: pos)
        return .error(.jsonSyntax, JSONReaderMessage.combine(expected, found, hint: hint(context)), at: location(at: pos))
    }

    /// "expected X, found Y" at `pos`, where another value starts: a comma is probably missing after the
    /// value that ends at `valueEnd`, which a note points at.
    private mutating func missingComma(_ expected: LocalizedText, valueEnd: Int, sameLine: Bool) -> Diagnostic {
        let end = location(at: valueEnd)
        let hint = JSONReaderMessage.hintMissingComma(line: sameLine ? nil : end.line)
        return .error(.jsonSyntax, JSONReaderMessage.combine(expected, found(at: pos), hint: hint), at: location(at: pos),
                      notes: [.init(JSONReaderMessage.missingCommaNote, at: end)])
    }

    /// A colon after a text element of `array`: the text was a key, and `array` was never closed.
    private mutating func arrayNotClosed(_ array: OpenContainer, keyLine: Int) -> Diagnostic {
        let hint = JSONReaderMessage.hintArrayNotClosed(startingAt: array.start, keyLine: keyLine)
        return .error(.jsonSyntax, JSONReaderMessage.combine(JSONReaderMessage.expectedAfterElement, found(at: pos), hint: hint),
                      at: location(at: pos), notes: [.init(JSONReaderMessage.startsHere(.array), at: array.start)])
    }

    private func hint(_ context: Context) -> LocalizedText? {
        guard pos < end else { return nil }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[pos..<wordEnd(from: pos)]), as: UTF8.self)
        switch bytes[pos] {
        case ASCII.apostrophe: return JSONReaderMessage.hintSingleQuotes
        case ASCII.slash: return JSONReaderMessage.hintComments
        case ASCII.plus where context == .value: return JSONReaderMessage.hintPlus
        case ASCII.period where context == .value: return JSONReaderMessage.hintLeadingPoint
        case ASCII.quote: return nil
        default: break
        }
        if context == .afterString, bytes[pos] >= 0x80 || isDigit(bytes[pos]) || (bytes[pos] | 0x20) >= UInt8(ascii: "a") && (bytes[pos] | 0x20) <= UInt8(ascii: "z") {
            return JSONReaderMessage.hintQuotesInsideText
        }
        if context == .value || context == .key, let quote = quoteScalar(at: pos) {
            switch quote {
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2018, 0x2019, 0x201A: return JSONReaderMessage.hintCurlyQuotes
            case 0x00AB, 0x00BB: return JSONReaderMessage.hintGuillemetsAsJSONQuotes
            default: break
            }
        }
        if ["NaN", "Infinity", "inf", "nan"].contains(word) && context != .other { return JSONReaderMessage.hintNotANumber }
        if ["True", "False", "None", "Null", "NULL", "TRUE", "FALSE"].contains(word) && context == .value {
            return JSONReaderMessage.hintLowercaseLiterals
        }
        if let first = String(decoding: UnsafeBufferPointer(rebasing: bytes[pos..<min(end, pos + 4)]), as: UTF8.self)
            .unicodeScalars.first, first.properties.isAlphabetic {
            switch context {
            case .key: return JSONReaderMessage.hintQuoteKeys
            case .value where !["true", "false", "null"].contains(where: { word.hasPrefix($0) || $0.hasPrefix(word) }):
                return JSONReaderMessage.hintQuoteText
            default: return nil
            }
        }
        return nil
    }

    /// The scalar at `index` when it is a multi-byte character (a typographic quote is one).
    private func quoteScalar(at index: Int) -> UInt32? {
        guard index < end, bytes[index] >= 0x80 else { return nil }
        let length = utf8SequenceLength(at: index)
        return length > 0 ? scalar(at: index, length: length) : nil
    }

    /// The end of a run of letters and digits from `start` (at most 24 scalars), at least one scalar.
    private func wordEnd(from start: Int) -> Int {
        var index = start
        var count = 0
        while index < end && count < 24 {
            let byte = bytes[index]
            if byte < 0x80 {
                let isWord = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                    || isDigit(byte) || byte == UInt8(ascii: "_")
                guard isWord || index == start else { break }
                index += 1
                if !isWord { break }
            } else {
                let length = utf8SequenceLength(at: index)
                guard length > 0 else { break }
                let isLetter = Unicode.Scalar(scalar(at: index, length: length))?.properties.isAlphabetic ?? false
                guard isLetter || index == start else { break }
                index += length
                if !isLetter { break }
            }
            count += 1
        }
        return index
    }

    /// What stands at `index`, in words.
    private func found(at index: Int) -> JSONReaderMessage.Found {
        guard index < end else { return JSONReaderMessage.foundEnd() }
        let byte = bytes[index]
        switch byte {
        case ASCII.lineFeed, ASCII.carriageReturn: return JSONReaderMessage.foundLineBreak()
        case ASCII.tab: return JSONReaderMessage.foundTab()
        case 0..<0x20, 0x7F: return JSONReaderMessage.foundControl(UInt32(byte))
        case 0x80...:
            let length = utf8SequenceLength(at: index)
            guard length > 0 else { return JSONReaderMessage.foundByte(byte) }
            let value = scalar(at: index, length: length)
            if let scalar = Unicode.Scalar(value),
               scalar.properties.isWhitespace || scalar.properties.generalCategory == .format {
                return JSONReaderMessage.foundInvisible(value)
            }
        default: break
        }
        return JSONReaderMessage.foundText(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<wordEnd(from: index)]), as: UTF8.self))
    }

    private mutating func fileEnds(inside container: OpenContainer?) -> Diagnostic {
        guard let container else {
            return .error(.jsonSyntax, JSONReaderMessage.combine(JSONReaderMessage.expectedValue,
                                                                 JSONReaderMessage.foundEnd(), hint: nil),
                          at: location(at: end))
        }
        let kind: JSONReaderMessage.Container = container.isObject ? .object : .array
        return .error(.jsonSyntax, JSONReaderMessage.fileEnds(inside: kind, startingAt: container.start),
                      at: location(at: end),
                      notes: [.init(JSONReaderMessage.startsHere(kind), at: container.start)])
    }

    private mutating func fileEnds(insideStringAt quote: Int) -> Diagnostic {
        let start = location(at: quote)
        return .error(.jsonSyntax, withCurlyQuoteHint(JSONReaderMessage.fileEnds(inside: .string, startingAt: start), inString: quote..<end),
                      at: location(at: end), notes: [.init(JSONReaderMessage.startsHere(.string), at: start)])
    }

    /// `message`, and the hint about typographic quotes when the string that runs on holds one
    /// (“ ” „ ‟ ″): its closing quote was most likely typed as one, as Word does.
    private func withCurlyQuoteHint(_ message: LocalizedText, inString range: Range<Int>) -> LocalizedText {
        var index = range.lowerBound
        while index + 2 < range.upperBound {
            if bytes[index] == 0xE2, bytes[index + 1] == 0x80, (0x9C...0x9F).contains(bytes[index + 2]) || bytes[index + 2] == 0xB3 {
                let hint = JSONReaderMessage.hintCurlyQuotes
                func joined(_ text: String, _ more: String) -> String { text + (text.hasSuffix("?") ? " " : "; ") + more }
                return LocalizedText(en: joined(message.en, hint.en), ru: joined(message.ru, hint.ru))
            }
            index += 1
        }
        return message
    }

    private mutating func trailingComma(at comma: Int, in container: JSONReaderMessage.Container) -> Diagnostic {
        let commaLocation = location(at: comma)
        return .error(.jsonSyntax, JSONReaderMessage.trailingComma(in: container), at: location(at: pos),
                      notes: [.init(JSONReaderMessage.trailingCommaNote, at: commaLocation)])
    }

    private mutating func controlCharacterInString(at index: Int, quote: Int) -> Diagnostic {
        pos = index
        let byte = bytes[index]
        let start = location(at: quote)
        let message: LocalizedText
        switch byte {
        case ASCII.lineFeed, ASCII.carriageReturn:
            message = withCurlyQuoteHint(JSONReaderMessage.lineBreakInString(startingAt: start), inString: quote..<index)
        case ASCII.tab: message = JSONReaderMessage.tabInString
        default: message = JSONReaderMessage.controlCharacterInString(byte)
        }
        return .error(.jsonSyntax, message, at: location(at: index),
                      notes: [.init(JSONReaderMessage.startsHere(.string), at: start)])
    }

    private mutating func badHexQuad(from index: Int, quote: Int) -> Diagnostic {
        var bad = index
        while bad < min(end, index + 4), hexQuadDigit(bytes[bad]) { bad += 1 }
        if bad == end { return fileEnds(insideStringAt: quote) }
        pos = bad
        if bytes[bad] < 0x20 { return controlCharacterInString(at: bad, quote: quote) }
        if bytes[bad] >= 0x80 && utf8SequenceLength(at: bad) == 0 { return invalidUTF8(at: bad) }
        return .error(.jsonSyntax, JSONReaderMessage.combine(JSONReaderMessage.expectedHexDigits, found(at: bad), hint: nil),
                      at: location(at: bad))
    }

    private func hexQuadDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f")
    }

    private mutating func invalidUTF8(at index: Int) -> Diagnostic {
        pos = index
        let message = looksLikeWindows1251()
            ? JSONReaderMessage.windows1251(byte: bytes[index], offset: index)
            : JSONReaderMessage.invalidUTF8(byte: bytes[index], offset: index)
        return .error(.encoding, message, at: location(at: index))
    }

    /// Windows-1251 writes Cyrillic letters as single bytes 0xC0–0xFF; in UTF-8
    /// such bytes only lead a sequence of continuation bytes 0x80–0xBF. Many
    /// leads with few continuations is Windows-1251 (or a kin such as KOI8-R,
    /// for which the advice is the same).
    private func looksLikeWindows1251() -> Bool {
        var leads = 0, continuations = 0
        for byte in bytes {
            if byte >= 0xC0 { leads += 1 } else if byte >= 0x80 { continuations += 1 }
        }
        return leads >= 2 && continuations * 4 <= leads
    }

    /// ASCII text in UTF-16 has a NUL byte beside every character.
    private func looksLikeUTF16() -> Bool {
        let sample = min(end, 256)
        guard sample >= 4 else { return false }
        var zeros = 0
        for index in 0..<sample where bytes[index] == 0 { zeros += 1 }
        return zeros * 4 >= sample
    }
}
