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
        ("a;b", "\"a;b\""),
        ("a\tb", "\"a\tb\""),
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
        ("\tcmd", "\"'\tcmd\""),
        ("\rcmd", "\\u{D}cmd"),
        ("\u{FF1D}1+1", "'\u{FF1D}1+1"),
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

    /// Prose to merge into letters: only the field's start is a cell, its lines are text as written.
    @Test func insideFieldsTheGuardCanBeLeftOut() {
        var options = CSVWriter.Options(delimiter: ";")
        options.neutralizeInsideFields = false
        let prose = CSVWriter(options: options)
        #expect(prose.field("Ваша группа:\n- Направление 1") == "\"Ваша группа:\n- Направление 1\"")
        #expect(prose.field("-1") == "'-1")
        #expect(csv.field("Ваша группа:\n- Направление 1") == "\"Ваша группа:\n'- Направление 1\"")
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
        #expect(semicolon.record(["a;b", "c,d", "1,5"]) == "\"a;b\";\"c,d\";\"1,5\"\r\n")
    }

    /// The bypass of the first security test: a formula after a separator the
    /// writer did not split on, or after a tab, seen as a cell by a `;`-reading
    /// or tab-reading spreadsheet.
    @Test(arguments: CSVSeparator.allCases)
    func formulaAfterAnySeparatorIsNeutralised(separator: CSVSeparator) {
        let writer = CSVWriter(options: .init(separator: separator))
        #expect(writer.field("Иванов;=cmd|' /C calc'!A0") == "\"Иванов;'=cmd|' /C calc'!A0\"")
        #expect(writer.field("директор\t+1") == "\"директор\t'+1\"")
        #expect(writer.field("a,@SUM(1)") == "\"a,'@SUM(1)\"")
        #expect(writer.field("строка\n-2") == "\"строка\n'-2\"")
        #expect(writer.record(["x", "y"]) == "x\(separator.character)y\r\n")
    }

    @Test func controlCharactersAreMadeVisible() {
        #expect(csv.field("a\u{0}b") == "a\\u{0}b")
        #expect(csv.field("\u{1B}]0;title\u{7}") == "\"\\u{1B}]0;title\\u{7}\"")
        #expect(csv.field("abc\u{202E}fed") == "abc\\u{202E}fed")
    }

    /// Names and positions of a Russian roster are settled by one look at their bytes; whatever
    /// follows Cyrillic letters there (a separator, a quote, a control, other characters) still
    /// gets the careful treatment, with the same result as a field without Cyrillic.
    @Test(arguments: [
        ("Иванов Иван Иванович", "Иванов Иван Иванович"),
        ("Ёлкин-Палкин", "Ёлкин-Палкин"),
        ("Иванов,Иван", "\"Иванов,Иван\""),
        ("Иванов;Иван", "\"Иванов;Иван\""),
        ("Иванов \"Ваня\"", "\"Иванов \"\"Ваня\"\"\""),
        ("Иванов\nИван", "\"Иванов\nИван\""),
        ("Иван\u{0085}ов", "Иван\\u{85}ов"),
        ("Иван\u{202E}вон", "Иван\\u{202E}вон"),
        ("Иван\u{7F}", "Иван\\u{7F}"),
        ("директор «Точки кипения» — лидер", "директор «Точки кипения» — лидер"),
        ("Ἀθηνᾶ", "Ἀθηνᾶ"),
        ("Иванов ", "\"Иванов \""),
    ])
    func cyrillicFieldsAreCheckedLikeAnyOther(input: String, expected: String) {
        #expect(csv.field(input) == expected)
    }

    /// A delimiter beyond ASCII is written as it is, and fields holding it are quoted.
    @Test func delimiterBeyondASCII() {
        let writer = CSVWriter(options: .init(delimiter: "§"))
        #expect(writer.record(["Иванов", "a§b", "c"]) == "Иванов§\"a§b\"§c\r\n")
    }

    /// Many fields on one long line: the output grows linearly with the input.
    @Test func longFieldStaysLinear() {
        let long = String(repeating: ";=1", count: 100_000)
        let written = csv.field(long)
        #expect(written.utf8.count == long.utf8.count + 100_000 + 2)
    }
}
