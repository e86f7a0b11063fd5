import Testing
@testable import SessionPlanKit

@Suite struct TextWrappingTests {
    @Test func hangingIndent() {
        let lines = TextWrapping.wrap("Открытие сессии и знакомство участников с целями дня",
                                      width: 30, prefix: "09:00  ", indent: "       ")
        #expect(lines == [
            "09:00  Открытие сессии и",
            "       знакомство участников с",
            "       целями дня",
        ])
        for line in lines { #expect(TextWrapping.displayWidth(line) <= 30) }
    }

    @Test func exactWidthFitsOnOneLine() {
        #expect(TextWrapping.wrap("абв где", width: 7) == ["абв где"])
        #expect(TextWrapping.wrap("абв где", width: 6) == ["абв", "где"])
        #expect(TextWrapping.wrap("абвгд", width: 5) == ["абвгд"])
    }

    @Test func longWordIsBrokenHardOnItsOwnLine() {
        #expect(TextWrapping.wrap("см. https://example.com/very/long", width: 10, indent: "  ")
            == ["см.", "  https://", "  example.", "  com/very", "  /long"])
        #expect(TextWrapping.wrap("Человеконенавистничество", width: 10)
            == ["Человеконе", "навистниче", "ство"])
    }

    @Test func whitespaceAndNewlines() {
        #expect(TextWrapping.wrap("  a   b\tc  ", width: 80) == ["a b c"])
        #expect(TextWrapping.wrap("a\n\nb", width: 80, prefix: "- ", indent: "  ") == ["- a", "", "  b"])
        #expect(TextWrapping.wrap("", width: 80, prefix: "09:00  ") == ["09:00"])
    }

    @Test func combiningMarksAreZeroWidth() {
        #expect(TextWrapping.displayWidth("й") == 1)
        #expect(TextWrapping.displayWidth("и\u{306}") == 1)
        #expect(TextWrapping.wrap("и\u{306}и\u{306} и\u{306}", width: 4) == ["и\u{306}и\u{306} и\u{306}"])
    }

    @Test func prefixWiderThanWidthStillTerminates() {
        let lines = TextWrapping.wrap("ab cd", width: 3, prefix: "12345 ", indent: "1234 ")
        #expect(lines == ["12345 a", "1234 b", "1234 c", "1234 d"])
    }
}
