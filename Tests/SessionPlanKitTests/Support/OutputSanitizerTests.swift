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
}
