import Testing
@testable import SessionPlanKit

@Suite struct CSVWriterTests {
    let csv = CSVWriter()

    @Test(arguments: [
        ("plain", "plain"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("line1\nline2", "\"line1\nline2\""),
        ("line1\r\nline2", "\"line1\r\nline2\""),
        (" padded", "\" padded\""),
        ("padded ", "\"padded \""),
        ("a;b", "a;b"),
        ("", ""),
        ("Иванов Иван", "Иванов Иван"),
    ])
    func quoting(input: String, expected: String) {
        #expect(csv.field(input) == expected)
    }

    @Test(arguments: [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+7 900 123-45-67", "'+7 900 123-45-67"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "\"'\rcmd\""),
        ("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""),
        ("a=b", "a=b"),
        ("'already", "'already"),
    ])
    func formulaNeutralisation(input: String, expected: String) {
        #expect(csv.field(input) == expected)
    }

    @Test func neutralisationCanBeTurnedOff() {
        let raw = CSVWriter(options: .init(neutralizeFormulas: false))
        #expect(raw.field("-1") == "-1")
        #expect(raw.field("=1+1") == "=1+1")
    }

    @Test func documentHasCRLFAndOptionalBOM() {
        let rows = [["Время", "Тема"], ["09:00", "Открытие, приветствие"]]
        #expect(csv.document(rows) == "Время,Тема\r\n09:00,\"Открытие, приветствие\"\r\n")
        let withBOM = CSVWriter(options: .init(includeBOM: true)).document(rows)
        #expect(withBOM.unicodeScalars.first == "\u{FEFF}")
        #expect(Array(withBOM.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(csv.document([]) == "")
    }

    @Test func semicolonDelimiter() {
        let semicolon = CSVWriter(options: .init(delimiter: ";"))
        #expect(semicolon.record(["a;b", "c,d", "1,5"]) == "\"a;b\";c,d;1,5\r\n")
    }
}
