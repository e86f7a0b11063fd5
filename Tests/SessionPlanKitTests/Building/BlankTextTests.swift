import Testing
@testable import SessionPlanKit

/// `Fields.isBlank`: the quick answer from the first byte agrees with `Character.isWhitespace`.
struct BlankTextTests {
    @Test(arguments: ["", " ", "\t\n", "\u{00A0}", "\u{2003} \u{3000}", "\u{0085}"])
    func blank(_ text: String) {
        #expect(Fields.isBlank(text))
    }

    @Test(arguments: ["a", "Иванов", " Иванов", "\u{00A0}Анна", "ёж", "Élise", "1", "«Анна»"])
    func notBlank(_ text: String) {
        #expect(!Fields.isBlank(text))
    }
}
