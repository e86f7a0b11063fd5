import Testing
@testable import SessionPlanKit

/// The in-person example's programs: who sees which parallel slot, what moderators and the team are.
@Suite struct InPersonViewsTests {
    static let file = "examples/in-person.json"
    static let russian = ["LANG": "ru_RU.UTF-8", "COLUMNS": "80"]

    @Test func aDirectionsProgramKeepsOnlyItsOwnParallelPlenary() {
        let output = runCLI(["agenda", Self.file, "--direction", "rural"], environment: Self.russian).output
        #expect(output.contains("Пленар направления: Сельская библиотека"))
        #expect(!output.contains("Пленар направления: Детское"))
        #expect(!output.contains("Пленар по направлениям: Цифровые"))
    }

    @Test func aMembersProgramKeepsOnlyTheirDirectionsPlenary() {
        let output = runCLI(["agenda", Self.file, "--person", "Жукова Елена Викторовна"], environment: Self.russian).output
        #expect(output.contains("Пленар направления: Детское и семейное чтение"))
        #expect(!output.contains("Пленар направления: Сельская"))
    }

    @Test func aSlotModeratorIsAModeratorInTheirProgram() {
        let output = runCLI(["agenda", Self.file, "--person", "Степанова Елена Викторовна"], environment: Self.russian).output
        #expect(output.contains("модератор: «Экспертная панель"))
        #expect(output.contains("Экспертная панель «Что работает в сельской библиотеке»"))
    }

    @Test func teamMembersAreOrganizersForTheAudience() throws {
        let session = try #require(SessionLoader.load(RepositoryPaths.example("in-person.json")).session)
        let member = try #require(PersonRoles.lookup("Гусев Павел Андреевич", in: session))
        #expect(member.roles == [.organizers])
    }
}
