import Testing
@testable import SessionPlanKit

/// The last pass before text reaches a file or a terminal.
struct OutputSanitizerTests {
    @Test("CRLF stays where line feeds are kept; a lone carriage return is shown as its code")
    func carriageReturns() {
        #expect(OutputSanitizer.clean("a,b\r\nc,d\r\n", keepingLineFeeds: true) == "a,b\r\nc,d\r\n")
        #expect(OutputSanitizer.clean("a\rb\r\n", keepingLineFeeds: true) == "a\\u{D}b\r\n")
        #expect(OutputSanitizer.clean("a\r", keepingLineFeeds: true) == "a\\u{D}")
        #expect(OutputSanitizer.clean("a\r\nb", keepingLineFeeds: false) == "a\\u{D}\\u{A}b")
    }

    @Test("Bytes are cleaned as their text is: clean ones come back unchanged, unsafe ones made visible", arguments: [
        "Иванов;лидер\r\n", "a\tb\n", "\u{0}", "a\rb", "\u{1B}[2J", "\u{7F}", "\u{85}x", "\u{9F}", "\u{A0}\u{100}",
        "\u{61C}", "\u{200E}\u{200F}", "\u{202A}\u{202E}", "\u{202F}", "\u{2066}\u{2069}\u{206A}", "😀\u{10FFFF}", "ё\r",
    ])
    func bytes(text: String) {
        for keepingLineFeeds in [true, false] {
            #expect(OutputSanitizer.clean(Array(text.utf8), keepingLineFeeds: keepingLineFeeds)
                == Array(OutputSanitizer.clean(text, keepingLineFeeds: keepingLineFeeds).utf8))
        }
    }

    @Test("Ill-formed UTF-8 never gets through: a lone 0x9B (the 8-bit CSI), a cut or overlong sequence, a surrogate")
    func illFormedBytes() {
        let replacement = Array("\u{FFFD}".utf8)
        #expect(OutputSanitizer.clean([0x61, 0x9B, 0x62]) == [0x61] + replacement + [0x62])
        #expect(OutputSanitizer.clean([0x61, 0xD0]) == [0x61] + replacement)
        #expect(OutputSanitizer.clean([0xC0, 0x9B]) == replacement + replacement)
        #expect(OutputSanitizer.clean([0xED, 0xA0, 0x80]) == replacement + replacement + replacement)
        #expect(OutputSanitizer.clean([0xF4, 0x90, 0x80, 0x80]) == replacement + replacement + replacement + replacement)
    }
}
