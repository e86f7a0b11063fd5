import Testing
@testable import SessionPlanKit

/// The worksheet part as bytes: what is left out, what keeps its spaces, how wide a column is.
@Suite struct WorkbookWriterTests {
    static func sheetXML(_ rows: [[Workbook.Cell]]) throws -> String {
        let bytes = try WorkbookWriter.write(Workbook(sheets: [Workbook.Sheet(name: "S", rows: rows)])).get()
        return String(decoding: try ZipArchive(bytes).data("xl/worksheets/sheet1.xml"), as: UTF8.self)
    }

    @Test func anEmptyCellIsLeftOutAndTheOthersKeepTheirColumns() throws {
        let rows: [[Workbook.Cell]] = [[.text("ФИО"), .text("Группа"), .text("Роль")], [.text(""), .text(""), .text("спикер")], [.text("А"), .text(""), .number(3)]]
        let xml = try Self.sheetXML(rows)
        #expect(xml.contains("<row r=\"2\"><c r=\"C2\" t=\"inlineStr\"><is><t>спикер</t></is></c></row>"))
        #expect(xml.contains("<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>А</t></is></c><c r=\"C3\"><v>3</v></c></row>"))
        #expect(xml.contains("<row r=\"1\"><c r=\"A1\" s=\"1\" t=\"inlineStr\">"))
        let bytes = try WorkbookWriter.write(Workbook(sheets: [Workbook.Sheet(name: "S", rows: rows)])).get()
        let table = try WorkbookReader.read(bytes).get()
        #expect(table.records.map { record in (0..<3).map { record[field: $0] } } == [["ФИО", "Группа", "Роль"], ["", "", "спикер"], ["А", "", "3"]])
    }

    @Test(arguments: [
        ("Иванов Иван", false), ("", false), (" Иванов", true), ("Иванов ", true), ("Иванов  Иван", true),
        ("строка 1\nстрока 2", true), ("a\tb", true), ("«Точка кипения»", false),
    ])
    func whiteSpaceIsPreservedOnlyWhereAReaderWouldChangeIt(text: String, preserved: Bool) throws {
        #expect(WorkbookWriter.keepsItsSpaces(text) == preserved)
        #expect(WorkbookWriter.measure(text).keepsSpaces == preserved)
        guard !text.isEmpty else { return }
        let xml = try Self.sheetXML([[.text("H")], [.text(text)]])
        #expect(xml.contains("<c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">") == preserved)
    }

    @Test(arguments: [
        ("Иванов Иван Иванович", 20), ("«Точка кипения» — хаб", 21), ("ab\ncdef", 4), ("ab\r\ncde", 3),
        ("abc\u{2028}de", 3), ("ab\u{85}cdef", 4), ("", 0), ("ё", 1),
    ])
    func aLineIsAsLongAsItsLetters(text: String, length: Int) {
        #expect(WorkbookWriter.longestLine(text) == length)
        #expect(WorkbookWriter.measure(text).width == length)
    }

    @Test func theQuickMeasureAgreesWithTheLongWayOnEveryMixOfTheBytesThatMatter() {
        let pieces = ["a", "ё", " ", "  ", "\n", "\t", "\r", "«", "—", "\u{85}", "\u{2028}", "\u{2029}", "Иванов", "🙂"]
        var texts: [String] = [""]
        for first in pieces { for second in pieces { for third in pieces { texts.append(first + second + third) } } }
        for text in texts {
            let measured = WorkbookWriter.measure(text)
            #expect(measured.width == WorkbookWriter.longestLine(text), "\(Array(text.unicodeScalars))")
            #expect(measured.keepsSpaces == WorkbookWriter.keepsItsSpaces(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func aColumnIsAsWideAsItsLongestTextWithinEightAndSixty() throws {
        let long = String(repeating: "ш", count: 70)
        let xml = try Self.sheetXML([[.text("ФИО"), .text("Роль"), .text("N")], [.text("Иванова Мария Петровна"), .text(long), .number(12345.5)]])
        #expect(xml.contains("<cols><col min=\"1\" max=\"1\" width=\"24\" customWidth=\"1\"/><col min=\"2\" max=\"2\" width=\"60\" customWidth=\"1\"/><col min=\"3\" max=\"3\" width=\"9\" customWidth=\"1\"/></cols>"))
    }
}

/// Text from outside in an Office part: markup escaped, what XML cannot hold dropped.
@Suite struct XMLTextTests {
    @Test(arguments: [
        ("Иванов & «Ко» <b>\"x\"</b>", "Иванов &amp; «Ко» &lt;b&gt;&quot;x&quot;&lt;/b&gt;"),
        ("a\u{1}b\u{1F}c\u{0}", "abc"),
        ("tab\tline\nreturn\r", "tab\tline\nreturn\r"),
        ("x\u{FFFE}y\u{FFFF}z\u{FFFD}", "xyz\u{FFFD}"),
        ("", ""), ("&", "&amp;"), ("🙂 ok", "🙂 ok"),
    ])
    func escapes(text: String, expected: String) {
        #expect(XMLText.escape(text) == expected)
    }
}
