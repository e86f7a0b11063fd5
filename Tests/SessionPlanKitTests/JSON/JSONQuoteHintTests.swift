import Testing
@testable import SessionPlanKit

/// Quotes as organizers type them: straight quotes inside a title, Word's
/// curly quotes and «ёлочки» where JSON needs straight ones. Each message
/// says what to do.
@Suite struct JSONQuoteHintTests {
    private func message(_ text: String) -> Diagnostic? { JSONTestSupport.diagnostic(text) }

    @Test func straightQuotesInsideATitleSayHowToWriteThem() {
        let found = message(#"{"title": "Открытие "Точки кипения"", "version": 1}"#)
        #expect(found?.code == .jsonSyntax)
        #expect(found?.location?.column == 22)
        #expect(found?.message.ru.contains("а найдено «Точки»") == true)
        #expect(found?.message.ru.contains("пишите «ёлочки» или \\\"") == true, "\(found?.message.ru ?? "")")
        #expect(found?.message.en.contains("write them as «» or as \\\"") == true)
        // In an array too.
        #expect(message(#"["Открытие "Точки" кипения"]"#)?.message.en.contains("a plain \" ends the text") == true)
    }

    @Test func aMissingCommaIsNotTakenForQuotesInsideText() {
        let next = message("{\"title\": \"Сессия\"\n \"version\": 1}")
        #expect(next?.message.en.contains("ends the text") == false)
        let sameLine = message(#"{"title": "Сессия" "version": 1}"#)
        #expect(sameLine?.message.en.contains("ends the text") == false)
        let number = message("{\"version\": 1 2}")
        #expect(number?.message.en.contains("ends the text") == false)
    }

    @Test(arguments: ["{“title”: 1}", "{\"title\": “Сессия”}", "{\"title\": „Сессия“}"])
    func wordsCurlyQuotesSayToReplaceThem(text: String) {
        let found = message(text)
        #expect(found?.code == .jsonSyntax)
        #expect(found?.message.ru.contains("замените их") == true, "\(found?.message.ru ?? "")")
        #expect(found?.message.en.contains("straight double quotes") == true)
    }

    @Test func guillemetsAsJSONQuotesSayWhereTheyBelong() {
        let found = message("{\"title\": «Сессия»}")
        #expect(found?.message.ru.contains("а найдено «««»") == true || found?.message.ru.contains("««") == true,
                "\(found?.message.ru ?? "")")
        #expect(found?.message.ru.contains("«ёлочки» могут стоять внутри текста") == true)
        #expect(found?.message.en.contains("«» may stand inside the text") == true)
    }

    @Test func utf16WithoutAByteOrderMarkIsAnEncodingError() {
        let text = "{\"version\": 1}"
        let littleEndian = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [littleEndian, bigEndian] {
            let found = JSONTestSupport.diagnostic(bytes)
            #expect(found?.code == .encoding)
            #expect(found?.message.en.contains("UTF-16") == true)
        }
        // A NUL byte in UTF-8 text stays a syntax error.
        #expect(JSONTestSupport.diagnostic(Array("[1,".utf8) + [0, 0x5D])?.code == .jsonSyntax)
    }
}
