import Testing
@testable import SessionPlanKit

@Suite struct JSONWriterTests {
    @Test func roundTripKeepsTheTree() throws {
        let text = """
        {"version": 1, "title": "Стратегическая сессия \\"2021\\"", "empty": {}, "none": [],
         "days": [{"date": "2021-09-21", "slots": [{"start": "09:00", "tags": ["a", "b", 1.5e3, true, null]}]}],
         "control": "tab\\there\\u0001\\n", "big": -12345678901234567890.25E-10, "dup": 1, "dup": 2,
         "nested": [[[]], [{}], [[1, 2], ["x"]]]}
        """
        let original = try #require(JSONTestSupport.value(text))
        let written = JSONWriter.string(original)
        let reread = try #require(JSONTestSupport.value(written), "\(written)")
        #expect(JSONTestSupport.sameContent(original, reread))
        #expect(JSONWriter.string(reread) == written)
    }

    @Test func prettyLayout() {
        let value: JSONValue = .object([
            "title": .string("Сессия"),
            "days": .array([.number(1), .number(2)]),
            "empty": .array([]),
            "slots": .array([.object(["start": .string("09:00"), "ok": .bool(true), "note": .null])]),
            "none": .object([(String, JSONValue)]()),
        ])
        #expect(JSONWriter.string(value) == """
        {
          "title": "Сессия",
          "days": [1, 2],
          "empty": [],
          "slots": [
            {
              "start": "09:00",
              "ok": true,
              "note": null
            }
          ],
          "none": {}
        }

        """)
    }

    @Test func escaping() {
        #expect(JSONWriter.quoted("a\"b\\c\n\r\t\u{8}\u{C}\u{1}\u{1F}ё/") == #""a\"b\\c\n\r\t\b\f\u0001\u001fё/""#)
        let written = JSONWriter.string(.array([.string("\u{0}\"")]))
        #expect(written == "[\"\\u0000\\\"\"]\n")
    }

    @Test func longScalarArraysBreakAtTheLineWidth() {
        let short = JSONValue.object(["names": .array((1...6).map { .string("Имя \($0)") })])
        #expect(JSONWriter.string(short).split(separator: "\n").count == 3)
        let long = JSONValue.object(["names": .array((1...20).map { .string("Имя \($0)") })])
        let lines = JSONWriter.string(long).split(separator: "\n")
        #expect(lines.count == 24)
        #expect(lines.allSatisfy { $0.unicodeScalars.count <= JSONWriter.lineWidth })
    }

    @Test func numbersFromCode() {
        #expect(JSONWriter.string(.array([.number(3), .number(2.5), .number(4.0), .number(Double.nan)])) == "[3, 2.5, 4, null]\n")
    }

    @Test func deepTreeWritesWithoutRecursion() throws {
        let depth = JSONReader.maximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let value = try #require(JSONTestSupport.value(text))
        let written = JSONWriter.string(value)
        let reread = try #require(JSONTestSupport.value(written))
        #expect(JSONTestSupport.sameContent(value, reread))
    }
}
