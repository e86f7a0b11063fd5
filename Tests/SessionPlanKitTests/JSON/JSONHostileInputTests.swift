import Foundation
import Testing
@testable import SessionPlanKit

/// Input made to hurt: each case ends fast with one located diagnostic (or a value), never a crash.
@Suite struct JSONHostileInputTests {
    private func expectLocatedError(_ bytes: [UInt8], _ code: DiagnosticCode,
                                    at expected: Loc? = nil, mentioning words: [String] = [],
                                    sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let result: Result<JSONValue, Diagnostic>? = JSONReader.parse(bytes)
        guard case .failure(let diagnostic)? = result else {
            Issue.record("expected a \(code.rawValue) error", sourceLocation: sourceLocation)
            return
        }
        #expect(diagnostic.code == code, sourceLocation: sourceLocation)
        #expect(diagnostic.severity == .error, sourceLocation: sourceLocation)
        #expect(diagnostic.location != nil, sourceLocation: sourceLocation)
        if let expected { #expect(diagnostic.location == expected, sourceLocation: sourceLocation) }
        for word in words {
            #expect(diagnostic.message.en.contains(word), "\(diagnostic.message.en)", sourceLocation: sourceLocation)
        }
        #expect(!diagnostic.message.ru.isEmpty, sourceLocation: sourceLocation)
    }

    @Test func twoHundredThousandOpeningBrackets() {
        let depth = JSONReader.maximumDepth
        expectLocatedError(Array(repeating: UInt8(ascii: "["), count: 200_000), .jsonSyntax,
                           at: Loc(line: 1, column: depth + 1, offset: depth), mentioning: ["\(depth)"])
    }

    @Test func hundredThousandNestedObjects() {
        let bytes = Array(String(repeating: "{\"a\":", count: 100_000).utf8)
        let offset = JSONReader.maximumDepth * 5
        expectLocatedError(bytes, .jsonSyntax, at: Loc(line: 1, column: offset + 1, offset: offset))
    }

    @Test func maximumDepthParsesWritesAndFreesOnASmallStack() async {
        let depth = JSONReader.maximumDepth
        let opening = String(repeating: "[{\"k\":", count: depth / 2)
        let closing = String(repeating: "}]", count: depth / 2)
        let text = opening + "1" + closing
        let ok = await withCheckedContinuation { continuation in
            let thread = Thread {
                var ok = false
                if case .success(let value) = JSONTestSupport.parse(text) {
                    ok = JSONTestSupport.value(JSONWriter.string(value)) != nil
                }
                continuation.resume(returning: ok)
            }
            thread.stackSize = 512 * 1024
            thread.start()
        }
        #expect(ok)
        let tooDeep = String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
        expectLocatedError(Array(tooDeep.utf8), .jsonSyntax, at: Loc(line: 1, column: depth + 1, offset: depth))
    }

    @Test(arguments: ["", "   ", " \n\t\r\n "])
    func emptyFile(text: String) {
        expectLocatedError(Array(text.utf8), .jsonSyntax, at: Loc(line: 1, column: 1, offset: 0), mentioning: ["empty"])
    }

    @Test func onlyAByteOrderMark() {
        expectLocatedError([0xEF, 0xBB, 0xBF], .jsonSyntax, at: Loc(line: 1, column: 1, offset: 0), mentioning: ["empty"])
    }

    @Test func randomBytes() {
        var state: UInt64 = 0x5EED
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        let alphabet = Array("{}[],:\"\\ 0123456789.eE+-truefalsn\n\r\tжё".utf8)
        for _ in 0..<2_000 {
            let length = Int(next() % 120)
            var bytes: [UInt8] = []
            for _ in 0..<length {
                bytes.append(next() % 4 == 0 ? UInt8(truncatingIfNeeded: next()) : alphabet[Int(next() % UInt64(alphabet.count))])
            }
            if case .failure(let diagnostic) = JSONReader.parse(bytes) {
                #expect(diagnostic.code == .jsonSyntax || diagnostic.code == .encoding)
                let location = diagnostic.location
                #expect(location != nil)
                if let location { #expect(location.offset <= bytes.count && location.line >= 1 && location.column >= 1) }
            }
        }
    }

    @Test func nulInsideAStringIsAControlCharacter() {
        expectLocatedError(Array("[\"a".utf8) + [0] + Array("b\"]".utf8), .jsonSyntax,
                           at: Loc(line: 1, column: 4, offset: 3), mentioning: ["NUL", "\\u0000"])
    }

    @Test func nulOutsideAString() {
        expectLocatedError(Array("[1,".utf8) + [0] + Array("]".utf8), .jsonSyntax,
                           at: Loc(line: 1, column: 4, offset: 3), mentioning: ["NUL"])
        expectLocatedError(Array("123".utf8) + [0], .jsonSyntax, at: Loc(line: 1, column: 4, offset: 3), mentioning: ["NUL"])
    }

    @Test func sixMegabyteString() throws {
        let content = String(repeating: "Жёлтый текст, ", count: 6_000_000 / 25)
        let text = "{\"s\": \"" + content + "\\n\", \"after\": 1}"
        let result = JSONTestSupport.value(text)
        guard case .object(let members)? = result?.kind, case .string(let value) = members.first?.value.kind else {
            Issue.record("the long string must parse")
            return
        }
        #expect(value == content + "\n")
        #expect(members.last?.value.location.column == 7 + content.unicodeScalars.count + 4 + 11)
    }

    @Test func hundredThousandDigitNumber() {
        let digits = "9" + String(repeating: "0", count: 99_999)
        let result = JSONTestSupport.value("[-" + digits + ".5e-7]")
        guard case .array(let elements)? = result?.kind, case .number(let number) = elements.first?.kind else {
            Issue.record("the long number must parse")
            return
        }
        #expect(number.text == "-" + digits + ".5e-7")
        #expect(number.integer == nil)
    }

    /// Windows-1251 puts А…я at 0xC0…0xFF.
    private func windows1251(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x0410...0x044F: UInt8(scalar.value - 0x0410 + 0xC0)
            case 0x0401: 0xA8
            case 0x0451: 0xB8
            default: UInt8(truncatingIfNeeded: scalar.value)
            }
        }
    }

    @Test func windows1251FileGetsAnEncodingHint() {
        let bytes = windows1251("{\n  \"title\": \"Стратегическая сессия\",\n  \"days\": [\"Понедельник\"]\n}")
        expectLocatedError(bytes, .encoding, at: Loc(line: 2, column: 13, offset: 14),
                           mentioning: ["Windows-1251", "UTF-8"])
        if let diagnostic = JSONTestSupport.diagnostic(bytes) {
            #expect(diagnostic.message.ru.contains("Windows-1251"))
        }
    }

    @Test func invalidUTF8SaysWhichByte() {
        let bytes = Array("{\"имя\": \"a".utf8) + [0xFF] + Array("\"}".utf8)
        expectLocatedError(bytes, .encoding, at: Loc(line: 1, column: 11, offset: 13), mentioning: ["0xFF", "13"])
        if let diagnostic = JSONTestSupport.diagnostic(bytes) { #expect(!diagnostic.message.en.contains("Windows-1251")) }
    }

    @Test(arguments: [
        ([0xFF, 0xFE, UInt8(ascii: "{"), 0, UInt8(ascii: "}"), 0], "UTF-16"),
        ([0xFE, 0xFF, 0, UInt8(ascii: "{"), 0, UInt8(ascii: "}")], "UTF-16"),
        ([0xFF, 0xFE, 0, 0, UInt8(ascii: "["), 0, 0, 0], "UTF-32"),
    ] as [([UInt8], String)])
    func unicodeByteOrderMarks(bytes: [UInt8], encoding: String) {
        expectLocatedError(bytes, .encoding, at: Loc(line: 1, column: 1, offset: 0), mentioning: [encoding, "UTF-8"])
    }

    @Test func utf16WithoutByteOrderMark() {
        let bytes = Array("{\"a\": [1, 2, 3]}".utf8).flatMap { byte -> [UInt8] in [byte, 0] }
        expectLocatedError(bytes, .encoding, at: Loc(line: 1, column: 1, offset: 0), mentioning: ["NUL", "UTF-16"])
    }
}
