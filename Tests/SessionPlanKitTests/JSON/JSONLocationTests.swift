import Testing
@testable import SessionPlanKit

/// Every value and key carries line, column (in characters, not bytes) and byte offset.
@Suite struct JSONLocationTests {
    private func members(_ value: JSONValue?) -> [JSONMember] {
        if case .object(let members)? = value?.kind { return members }
        return []
    }

    private func elements(_ value: JSONValue?) -> [JSONValue] {
        if case .array(let elements)? = value?.kind { return elements }
        return []
    }

    @Test func cyrillicKeysAndValuesGetCharacterColumns() throws {
        let text = "{\n  \"имя\": \"Иван\",\n  \"город\": [1, \"Москва\", true]\n}"
        let root = try #require(JSONTestSupport.value(text))
        #expect(root.location == Loc(line: 1, column: 1, offset: 0))
        let fields = members(root)
        try #require(fields.count == 2)
        #expect(fields[0].key == "имя")
        #expect(fields[0].keyLocation == Loc(line: 2, column: 3, offset: 4))
        #expect(fields[0].value.location == Loc(line: 2, column: 10, offset: 14))
        #expect(fields[1].keyLocation.line == 3 && fields[1].keyLocation.column == 3)
        #expect(fields[1].value.location.line == 3 && fields[1].value.location.column == 12)
        let list = elements(fields[1].value)
        #expect(list.map(\.location.column) == [13, 16, 26])
        #expect(list.map(\.location.line) == [3, 3, 3])
    }

    @Test("every string value, decoded, is shown to the caller where it stands, in file order; keys are not")
    func everyStringValueIsShownWithItsPlace() throws {
        let text = "{\n  \"имя\": \"Иван\",\n  \"город\": [1, \"Мос\\u043Aва\", {\"к\": \"в\"}],\n  \"пусто\": \"\"\n}"
        var seen: [(String, Loc)] = []
        let tree = JSONReader.parse(Array(text.utf8), handingOver: nil, to: { _, _, _ in },
                                    everyStringValue: { seen.append(($0, $1)) })
        #expect((try? tree.get()) != nil)
        #expect(seen.map(\.0) == ["Иван", "Москва", "в", ""])
        #expect(seen.map(\.1) == [Loc(line: 2, column: 10, offset: 14), Loc(line: 3, column: 16, offset: 46),
                                   Loc(line: 3, column: 37, offset: 73), Loc(line: 4, column: 12, offset: 97)])
    }

    @Test func crlfAndLoneCREndLines() throws {
        let text = "{\r\n  \"a\": 1,\r\n\r\"b\": 2\n}"
        let fields = members(JSONTestSupport.value(text))
        try #require(fields.count == 2)
        #expect(fields[0].keyLocation == Loc(line: 2, column: 3, offset: 5))
        #expect(fields[0].value.location == Loc(line: 2, column: 8, offset: 10))
        #expect(fields[1].keyLocation == Loc(line: 4, column: 1, offset: 15))
        #expect(fields[1].value.location == Loc(line: 4, column: 6, offset: 20))
    }

    @Test func byteOrderMarkIsSkippedWithoutShiftingColumns() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8)
        guard case .success(let root) = JSONReader.parse(bytes) else {
            Issue.record("a UTF-8 byte order mark must be accepted")
            return
        }
        #expect(root.location == Loc(line: 1, column: 1, offset: 3))
        let fields = members(root)
        #expect(fields.first?.keyLocation == Loc(line: 1, column: 2, offset: 4))
        #expect(fields.first?.value.location == Loc(line: 1, column: 7, offset: 9))
    }

    @Test func errorAfterByteOrderMarkCountsFromColumnOne() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("[1 2]".utf8)
        let diagnostic = JSONTestSupport.diagnostic(bytes)
        #expect(diagnostic?.location == Loc(line: 1, column: 4, offset: 6))
    }

    @Test func supplementaryCharactersCountAsOneColumn() {
        let list = elements(JSONTestSupport.value("[\"😀ё\", \"\\ud83d\\ude00\", 3]"))
        #expect(list.map(\.location.column) == [2, 8, 24])
        #expect(list.map(\.location.offset) == [1, 11, 27])
    }

    /// One line of 2 MB (a minified file): locations stay right and cheap at the end of the line.
    @Test func longSingleLineStaysLinear() throws {
        let count = 100_000
        var text = "["
        for index in 0..<count { text += index == 0 ? "\"Жж\"" : ",\"Жж\"" }
        text += "]"
        let parsed = JSONTestSupport.value(text)
        let list = elements(parsed)
        try #require(list.count == count)
        // Each element is `"Жж",`: 5 characters, 7 bytes.
        #expect(list[count - 1].location == Loc(line: 1, column: 2 + 5 * (count - 1), offset: 1 + 7 * (count - 1)))
    }
}
