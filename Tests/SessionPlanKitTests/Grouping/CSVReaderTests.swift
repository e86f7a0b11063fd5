import Testing
@testable import SessionPlanKit

@Suite struct CSVReaderTests {
    @Test(arguments: [
        ("a;b;c\n1;2;3", CSVSeparator.semicolon),
        ("a,b,c\n1,2,3", .comma),
        ("a\tb\tc\n1\t2\t3", .tab),
        ("\"a;b\",c\n", .comma),            // separators inside quotes do not count
        ("a;b,c\n", .semicolon),            // tie: semicolon first
        ("a,b\tc\n", .comma),               // tie: comma before tab
        ("single\n", .semicolon),
        ("\"x\ny;z;w\",a,b\n", .comma),      // the header's quoted line break is not its end
    ])
    func separatorDetection(text: String, expected: CSVSeparator) {
        #expect(CSVReader.detectSeparator(text) == expected)
    }

    @Test func quotedFieldsWithSeparatorsQuotesAndLineBreaks() throws {
        let table = try readCSV("name;note\r\n\"Иванова; Анна\";\"сказала \"\"да\"\"\r\nи ушла\"\r\nПётр;x\r\n")
        #expect(table.records.map(\.fields) == [
            ["name", "note"],
            ["Иванова; Анна", "сказала \"да\"\r\nи ушла"],
            ["Пётр", "x"],
        ])
    }

    @Test func rowNumbersCountAMultiLineFieldAsOneRow() throws {
        let table = try readCSV("a,b\n\"line 1\nline 2\nline 3\",x\ny,z\n")
        #expect(table.records.map(\.row) == [1, 2, 3])
        #expect(table.records[2].fields == ["y", "z"])
    }

    @Test(arguments: ["a,b\r\n1,2\r\n3,4", "a,b\n1,2\n3,4\n", "a,b\r1,2\r3,4\r", "a,b\n1,2\r\n3,4\n\n\n"])
    func lineEnds(text: String) throws {
        let table = try readCSV(text)
        #expect(table.records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(table.records.map(\.row) == [1, 2, 3])
    }

    @Test func emptyLinesAreSkippedButCounted() throws {
        let table = try readCSV("a;b\n\n1;2\n\n\n3;4\n")
        #expect(table.records.map(\.row) == [1, 3, 6])
    }

    @Test func emptyFieldsAndShortRows() throws {
        let table = try readCSV("a;b;c\n;;\n1\n2;\n")
        #expect(table.records[1].fields == ["", "", ""])
        #expect(table.records[2].fields == ["1"])
        #expect(table.records[2][field: 2] == "")
        #expect(table.records[3].fields == ["2", ""])
    }

    @Test func locationsAreRowAndSpreadsheetColumn() throws {
        let table = try readCSV("a;b\nАнна;x\n")
        let location = table.records[1].location(ofField: 1)
        #expect(location.line == 2)
        #expect(location.column == 2)
        #expect(location.offset == 4 + "Анна;".utf8.count)
    }

    @Test func unterminatedQuoteIsLocated() {
        let failure = CSVReader.read("a;b\n1;2\n3;\"open\n4;5\n").failure
        #expect(failure?.code == .rosterSyntax)
        #expect(failure?.location?.line == 3)
        #expect(failure?.location?.column == 2)
        #expect(failure?.location?.offset == 10)
    }

    @Test func textAfterAClosingQuoteIsKept() throws {
        let table = try readCSV("a,b\n\"x\"y,z\n")
        #expect(table.records[1].fields == ["xy", "z"])
    }

    @Test func trailingSeparatorAtEndOfFileMakesAnEmptyField() throws {
        #expect(try readCSV("a;b\n1;").records[1].fields == ["1", ""])
    }

    @Test func hundredThousandRows() throws {
        var text = "ФИО;Направление;Организация\n"
        for index in 0..<100_000 { text += "Участник \(index);1;\"Библиотека; №\(index % 50)\"\n" }
        let table = try readCSV(text)
        #expect(table.records.count == 100_001)
        #expect(table.records.last?.row == 100_001)
    }
}
