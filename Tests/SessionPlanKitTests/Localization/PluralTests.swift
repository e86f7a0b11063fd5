import Testing
@testable import SessionPlanKit

@Suite struct PluralTests {
    @Test(arguments: [
        (1, "участник"), (2, "участника"), (4, "участника"), (5, "участников"),
        (11, "участников"), (12, "участников"), (14, "участников"), (21, "участник"),
        (22, "участника"), (25, "участников"), (101, "участник"), (111, "участников"), (0, "участников"),
    ])
    func russianForms(count: Int, expected: String) {
        #expect(Plural.russian(count, one: "участник", few: "участника", many: "участников") == expected)
    }

    @Test func englishForms() {
        #expect(Plural.count(1, en: ("member", "members"), ru: ("участник", "участника", "участников")).en == "1 member")
        #expect(Plural.count(2, en: ("member", "members"), ru: ("участник", "участника", "участников")).en == "2 members")
    }
}
