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

    /// Group work names no place («Каждая группа работает в аудитории своего направления»): a member's and a
    /// direction's program say which, their direction's, in the agenda and as the calendar event's location.
    @Test func groupWorkIsWhereTheDirectionWorks() {
        let member = runCLI(["agenda", Self.file, "--person", "Аксёнова Светлана Петровна", "--day", "1"], environment: Self.russian).output
        let lines = member.components(separatedBy: "\n")
        let work = lines.firstIndex { $0.contains("Работа в группах. Образ библиотеки будущего") } ?? 0
        #expect(lines[work + 1].contains("место: Аудитория 201, ул. Ленина, 139, 2-й этаж"), "\(member)")
        let direction = runCLI(["agenda", Self.file, "--direction", "children", "--day", "1"], environment: Self.russian).output
        #expect(direction.contains("место: Аудитория 305"))
        let calendar = runCLI(["export", Self.file, "--to", "ics", "--person", "Аксёнова Светлана Петровна"]).output
        #expect(calendar.contains("LOCATION:Аудитория 201\\, ул. Ленина\\, 139\\, 2-й этаж"))
        // The program for everyone keeps the slot at the venue: each direction works in its own room.
        let everyone = runCLI(["agenda", Self.file, "--day", "1"], environment: Self.russian).output.components(separatedBy: "\n")
        let slot = everyone.firstIndex { $0.contains("Работа в группах. Образ библиотеки будущего") } ?? 0
        #expect(!everyone[slot + 1].contains("место:"), "\(everyone[slot + 1])")
    }

    /// The session's own time column is headed by the city it is held in (its zone is named after another),
    /// only where the columns have headings: one zone keeps the times 11 characters wide.
    @Test func theSessionsColumnIsNamedAfterItsCity() {
        let two = runCLI(["agenda", Self.file, "--day", "1", "--tz", "Asia/Yakutsk", "--tz", "Europe/Moscow"], environment: Self.russian).output
        #expect(two.contains("\nБлаговещенск  Москва\n08:30–09:30   02:30–03:30  Регистрация"), "\(two)")
        let one = runCLI(["agenda", Self.file, "--day", "1"], environment: Self.russian).output
        #expect(one.contains("\n08:30–09:30  Регистрация участников"))
        let english = runCLI(["agenda", "examples/english.json", "--day", "1", "--tz", "Europe/London", "--tz", "Europe/Moscow"]).output
        #expect(!english.contains("Благовещенск") && english.contains("Moscow"))
    }

    @Test func teamMembersAreOrganizersForTheAudience() throws {
        let session = try #require(SessionLoader.load(RepositoryPaths.example("in-person.json")).session)
        let member = try #require(PersonRoles.lookup("Гусев Павел Андреевич", in: session))
        #expect(member.roles == [.organizers])
    }
}
