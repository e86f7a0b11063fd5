import Testing
@testable import SessionPlanKit

/// The reader scans strings and counts columns eight bytes at a time: whatever
/// stands at any position of a word (and in the bytes left after the last
/// whole word) is found where it is, and reported as reading byte by byte would.
@Suite struct JSONStringScanTests {
    /// Text of `count` characters mixing one-, two-, three- and four-byte ones.
    private func text(_ count: Int) -> String {
        let alphabet: [Character] = ["a", "Ж", "€", "я", "😀", "1", "ё", " "]
        return String((0..<count).map { alphabet[$0 % alphabet.count] })
    }

    @Test(arguments: 0..<20)
    func stringsOfEveryLengthReadWhole(length: Int) throws {
        let value = text(length)
        let parsed = try JSONReader.parse(Array("[\"\(value)\", \"\(value)\\n\"]".utf8)).get()
        guard case .array(let elements) = parsed.kind, elements.count == 2,
              case .string(let plain) = elements[0].kind, case .string(let escaped) = elements[1].kind else {
            Issue.record("an array of two strings expected")
            return
        }
        #expect(plain == value)
        #expect(escaped == value + "\n")
    }

    /// A value after a string of `length` characters starts where counting characters says.
    @Test(arguments: 0..<20)
    func columnsAfterStringsOfEveryLength(length: Int) throws {
        let prefix = "[\"\(text(length))\", "
        let parsed = try JSONReader.parse(Array((prefix + "7]").utf8)).get()
        guard case .array(let elements) = parsed.kind, elements.count == 2 else {
            Issue.record("an array of two values expected")
            return
        }
        #expect(elements[1].location == Loc(line: 1, column: prefix.unicodeScalars.count + 1, offset: prefix.utf8.count))
    }

    @Test(arguments: 0..<20)
    func controlCharacterAtEveryPosition(position: Int) {
        let before = "[\"" + String(repeating: "ж", count: position)
        let bytes = Array(before.utf8) + [0x01] + Array("abcdefghij\"]".utf8)
        #expect(JSONTestSupport.diagnostic(bytes)?.location
                == Loc(line: 1, column: before.unicodeScalars.count + 1, offset: before.utf8.count))
    }

    @Test(arguments: 0..<20)
    func invalidByteAtEveryPosition(position: Int) {
        let before = "[\"" + String(repeating: "q", count: position)
        let bytes = Array(before.utf8) + [0xFF] + Array("abcdefghij\"]".utf8)
        let diagnostic = JSONTestSupport.diagnostic(bytes)
        #expect(diagnostic?.code == .encoding)
        #expect(diagnostic?.location == Loc(line: 1, column: before.count + 1, offset: before.utf8.count))
    }

    /// Bad sequences as long as the U+FFFD that replaces them (three bytes for three) are still
    /// found, and a real U+FFFD in the file is text like any other.
    @Test(arguments: [[0xF0, 0x9F, 0x98], [0xE2, 0x82, 0x41], [0xED, 0xA0, 0x80]] as [[UInt8]])
    func badSequenceOfTheReplacementsLength(sequence: [UInt8]) {
        let before = "[\"Иванова "
        let bytes = Array(before.utf8) + sequence + Array(" Анна\"]".utf8)
        let diagnostic = JSONTestSupport.diagnostic(bytes)
        #expect(diagnostic?.code == .encoding)
        #expect(diagnostic?.location?.offset == before.utf8.count)
    }

    @Test func replacementCharacterInTheFileIsText() throws {
        let parsed = try JSONReader.parse(Array("[\"a\u{FFFD}b\"]".utf8)).get()
        guard case .array(let elements) = parsed.kind, case .string(let text) = elements.first?.kind else {
            Issue.record("not an array of one string")
            return
        }
        #expect(text == "a\u{FFFD}b")
    }

    /// The first problem in the string is the one reported, even when the scan stops at a later one.
    @Test(arguments: [
        ([0x01], "a control character"), (Array("\\n".utf8), "an escape"), ([], "the end of the file"),
        (Array("\"]".utf8), "the closing quote"),
    ] as [([UInt8], String)])
    func invalidUTF8BeforeWhatStopsTheScan(after: [UInt8], what: String) {
        let bytes = Array("[\"Иванова ".utf8) + [0xD0, 0x41] + Array("нна".utf8) + after
        let diagnostic = JSONTestSupport.diagnostic(bytes)
        #expect(diagnostic?.code == .encoding, "invalid UTF-8 before \(what)")
        #expect(diagnostic?.location?.offset == 17, "invalid UTF-8 before \(what)")
    }

    /// A lead byte whose sequence the closing quote cuts short is invalid, at the lead.
    @Test func sequenceCutShortByTheQuote() {
        let bytes = Array("[\"abcdefgh".utf8) + [0xD0] + Array("\"]".utf8)
        #expect(JSONTestSupport.diagnostic(bytes)?.code == .encoding)
        #expect(JSONTestSupport.diagnostic(bytes)?.location?.offset == 10)
    }

    /// Overlong forms, surrogates and values past U+10FFFF are rejected as before.
    @Test(arguments: [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80]] as [[UInt8]])
    func illFormedSequences(sequence: [UInt8]) {
        let bytes = Array("[\"abcdefgh".utf8) + sequence + Array("ijklmnop\"]".utf8)
        #expect(JSONTestSupport.diagnostic(bytes)?.code == .encoding)
        #expect(JSONTestSupport.diagnostic(bytes)?.location?.offset == 10)
    }
}
