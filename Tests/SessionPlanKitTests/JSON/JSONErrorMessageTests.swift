import Testing
@testable import SessionPlanKit

/// Syntax errors point where reading stopped and say what was expected and found.
@Suite struct JSONErrorMessageTests {
    private func check(_ text: String, at line: Int, _ column: Int, en: String, ru: String? = nil,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let diagnostic = JSONTestSupport.diagnostic(text) else {
            Issue.record("expected an error", sourceLocation: sourceLocation)
            return
        }
        #expect(diagnostic.code == .jsonSyntax, sourceLocation: sourceLocation)
        #expect(diagnostic.location?.line == line && diagnostic.location?.column == column,
                "at \(diagnostic.location.map(String.init(describing:)) ?? "-")", sourceLocation: sourceLocation)
        #expect(diagnostic.message.en.contains(en), "\(diagnostic.message.en)", sourceLocation: sourceLocation)
        if let ru { #expect(diagnostic.message.ru.contains(ru), "\(diagnostic.message.ru)", sourceLocation: sourceLocation) }
    }

    /// A comma left out is the commonest slip of a hand-edited file: the message says so, and a note points
    /// where it goes, after the value before.
    @Test func missingCommaBetweenMembers() {
        let text = "{\n  \"title\": \"Сессия\"\n  \"version\": 1\n}"
        check(text, at: 3, 3,
              en: "expected ',' or '}' after an object member, found '\"'; is a comma missing at the end of line 2?",
              ru: "после элемента объекта ожидается «,» или «}», а найдено «\"»; не пропущена ли запятая в конце строки 2?")
        #expect(JSONTestSupport.diagnostic(text)?.notes.first?.location == Loc(line: 2, column: 20, offset: 27))
        #expect(JSONTestSupport.diagnostic(text)?.notes.first?.message.ru == "здесь нужна «,»")
    }

    /// A key right after an array's element: the array was not closed, and the message says where it opens.
    @Test func anArrayNotClosedBeforeTheNextKey() {
        // «]» deleted, its comma left: `"people"` is read as one more element.
        let text = "{\n  \"notes\": [\n    \"Первое\"\n  ,\n  \"people\": []\n}"
        check(text, at: 5, 11, en: "expected ',' or ']' after an array element, found ':'; a key here means the array that starts at 2:12 is not closed: is a ']' missing before line 5?",
              ru: "а найдено «:»; ключ здесь значит, что массив, который начинается в строке 2, позиции 12, не закрыт: не пропущена ли «]» перед строкой 5?")
        #expect(JSONTestSupport.diagnostic(text)?.notes.first?.location == Loc(line: 2, column: 12, offset: 13))
    }

    @Test func missingCommaInArray() {
        check("[1, 2 3]", at: 1, 7, en: "expected ',' or ']' after an array element, found '3'; is a comma missing after the value before?")
        check("[\n  {\"a\": 1}\n  {\"a\": 2}\n]", at: 3, 3, en: "is a comma missing at the end of line 2?")
        #expect(JSONTestSupport.diagnostic("[1, 2 3]")?.notes.first?.location == Loc(line: 1, column: 6, offset: 5))
        // Not after a text on the same line: there, a quotation mark inside the text is the likelier slip.
        #expect(JSONTestSupport.diagnostic("[\"Сказка \"Репка\" Толстого\"]")?.message.en.contains("comma") == false)
    }

    @Test func unclosedArrayNamesWhereItOpens() {
        check("{\n  \"days\": [\n    1,\n", at: 4, 1,
              en: "the file ends inside an array that starts at 2:11",
              ru: "внутри массива, который начинается в строке 2, позиции 11")
        let diagnostic = JSONTestSupport.diagnostic("{\n  \"days\": [\n    1,\n")
        #expect(diagnostic?.notes.first?.location == Loc(line: 2, column: 11, offset: 12))
    }

    @Test func unclosedString() {
        check("{\"a\": \"abc", at: 1, 11, en: "the file ends inside a string that starts at 1:7")
        check("{\"a\": \"abc\n}", at: 1, 11, en: "line break inside a string")
    }

    @Test func aStringClosedByATypographicQuoteSaysSo() {
        // Word's closing quote: the string runs on to the end of the line, or of the file.
        check("{\"members\": [\"Васильева Татьяна”,\n \"Б\"]}", at: 1, 34,
              en: "missing? JSON text and keys are written in straight double quotes",
              ru: "позиции 14; в JSON текст и ключи пишутся в прямых двойных кавычках")
        check("{\"title\": \"Сессия”}", at: 1, 20, en: "not typographic ones")
        // Without one, no hint.
        #expect(JSONTestSupport.diagnostic("{\"a\": \"abc\n}")?.message.en.contains("typographic") == false)
    }

    @Test func trailingCommasPointAtTheBracketWithANoteAtTheComma() {
        check("[1, 2,\n]", at: 2, 1, en: "comma after the last element", ru: "запятая не ставится")
        check("{\"a\": 1, }", at: 1, 10, en: "comma after the last member")
        #expect(JSONTestSupport.diagnostic("[1, 2,\n]")?.notes.first?.location == Loc(line: 1, column: 6, offset: 5))
    }

    @Test func cyrillicColumnsInErrors() {
        check("{\"имя\": Иван}", at: 1, 9, en: "expected a value, found 'Иван'", ru: "а найдено «Иван»")
        check("{\"ключ\" 1}", at: 1, 9, en: "expected ':' after the key \"ключ\", found '1'")
    }

    @Test func whatJSONDoesNotAllow() {
        check("{'a': 1}", at: 1, 2, en: "double quotes")
        check("{a: 1}", at: 1, 2, en: "expected a key in double quotes, found 'a'")
        check("[1] // note", at: 1, 5, en: "comments are not allowed")
        check("[NaN]", at: 1, 2, en: "NaN and Infinity")
        check("[-Infinity]", at: 1, 3, en: "expected a digit after '-'")
        check("[True]", at: 1, 2, en: "lowercase")
        check("[012]", at: 1, 3, en: "must not start with a zero")
        check("[1.]", at: 1, 4, en: "expected a digit after the decimal point, found ']'")
        check("[1e+]", at: 1, 5, en: "expected a digit in the exponent")
        check("[.5]", at: 1, 2, en: "0.5")
        check("[+1]", at: 1, 2, en: "'+'")
        check("\"C:\\Users\"", at: 1, 5, en: "found 'U'")
        check("\"\\u12x4\"", at: 1, 6, en: "four hexadecimal digits")
        check("\"a\tb\"", at: 1, 3, en: "\\t")
        check("[1,\u{0C}2]", at: 1, 4, en: "found the control character U+000C")
        check("[1,\u{A0}2]", at: 1, 4, en: "found the invisible character U+00A0")
        check("{} {}", at: 1, 4, en: "expected the end of the file after the value, found '{'")
    }

    @Test func loneSurrogatesBecomeReplacementCharacters() {
        let value = JSONTestSupport.value("[\"\\ud800\", \"\\udc00x\", \"\\ud800\\u0041\", \"\\ud83d\\ude00\"]")
        guard case .array(let elements)? = value?.kind else {
            Issue.record("lone surrogates must not be an error")
            return
        }
        let strings = elements.compactMap { element -> String? in
            if case .string(let text) = element.kind { return text }
            return nil
        }
        #expect(strings == ["\u{FFFD}", "\u{FFFD}x", "\u{FFFD}A", "😀"])
    }

    @Test func escapesDecode() {
        guard case .string(let text)? = JSONTestSupport.value(#""\"\\\/\b\f\n\r\t\u0416\u0000ё""#)?.kind else {
            Issue.record("escapes must parse")
            return
        }
        #expect(text == "\"\\/\u{8}\u{C}\n\r\tЖ\u{0}ё")
    }
}
