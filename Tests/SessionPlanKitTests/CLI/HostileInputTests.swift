import Foundation
import Testing
@testable import SessionPlanKit

/// Files no organizer writes on purpose: each must end in exit status 1 with a
/// located message, quickly, and never crash or hang.
@Suite struct HostileInputTests {
    private func validate(_ bytes: [UInt8]) -> CLIResult {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.url.appendingPathComponent("hostile.json").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return runCLI(["validate", path])
    }

    /// `file:LINE:COL: error:` is the first line.
    private func expectLocatedError(_ result: CLIResult, code: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(result.status == .invalid, sourceLocation: sourceLocation)
        let firstLine = result.error.split(separator: "\n").first.map(String.init) ?? ""
        #expect(firstLine.range(of: #"hostile\.json:\d+:\d+: error: "#, options: .regularExpression) != nil,
                "\(firstLine.prefix(200))", sourceLocation: sourceLocation)
        #expect(firstLine.hasSuffix("[\(code)]"), "\(firstLine.prefix(200))", sourceLocation: sourceLocation)
    }

    @Test func twoHundredThousandOpeningBrackets() {
        expectLocatedError(validate(Array(repeating: UInt8(ascii: "["), count: 200_000)), code: "json-syntax")
    }

    @Test func hundredThousandNestedObjects() {
        let text = String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        expectLocatedError(validate(Array(text.utf8)), code: "json-syntax")
    }

    @Test func emptyFile() {
        expectLocatedError(validate([]), code: "json-syntax")
    }

    @Test func randomBytes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let bytes = (0..<65_536).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        let result = validate(bytes)
        #expect(result.status == .invalid)
        #expect(result.error.contains("hostile.json:1:"))
    }

    @Test func nulInsideAString() {
        expectLocatedError(validate(Array("{\"title\": \"a".utf8) + [0] + Array("b\"}".utf8)), code: "json-syntax")
    }

    @Test func sixMegabyteTitleIsReadAndTheFileStillChecked() {
        let title = String(repeating: "Точка кипения ", count: 6 * 1024 * 1024 / 26)
        let text = #"{"version": 1, "title": ""# + title + #"", "timezone": "Europe/Moskow", "days": []}"#
        let result = validate(Array(text.utf8))
        #expect(result.status == .invalid)
        #expect(result.error.contains("\"Europe/Moskow\""))
        #expect(result.error.count < 10_000, "the source line is shown as a window, not 6 MB")
    }

    @Test func numberOfHundredThousandDigits() {
        let text = #"{"version": "# + String(repeating: "9", count: 100_000) + #", "title": "С", "timezone": "Europe/Moscow", "days": []}"#
        let result = validate(Array(text.utf8))
        expectLocatedError(result, code: "invalid-value")
        #expect(result.error.count < 10_000)
    }

    @Test func windows1251FileSaysSoAndHowToFixIt() {
        // «{"title": "Сессия"}» in Windows-1251: С=0xD1 е=0xE5 с=0xF1 и=0xE8 я=0xFF.
        let bytes = Array("{\"title\": \"".utf8) + [0xD1, 0xE5, 0xF1, 0xF1, 0xE8, 0xFF] + Array("\"}".utf8)
        let result = validate(bytes)
        expectLocatedError(result, code: "encoding")
        #expect(result.error.contains("Windows-1251"))
        #expect(result.error.contains("UTF-8"))
    }
}
