import Testing
@testable import SessionPlanKit

/// The in-person example in every view: places, parallel slots, slot moderators and the team.
@Suite struct InPersonViewsTests {
    static let file = "examples/in-person.json"
    static let russian = ["LANG": "ru_RU.UTF-8", "COLUMNS": "80"]

    @Test func agenda() {
        let result = runCLI(["agenda", Self.file], environment: Self.russian)
        #expect(result.status == .success)
        #expect(result.error == "")
        AgendaGolden.check(result.output, against: "in-person.txt")
    }

    @Test(arguments: [("markdown", "in-person.md"), ("html", "in-person.html"), ("ics", "in-person.ics")])
    func export(format: String, golden: String) {
        let result = runCLI(["export", Self.file, "--to", format], environment: Self.russian)
        #expect(result.status == .success)
        #expect(result.error == "")
        ExportGolden.check(result.output, against: golden)
    }

    @Test func parallelSlotsShareOneTimeHeadingWithALinePerPlace() {
        let output = runCLI(["agenda", Self.file, "--day", "1"], environment: Self.russian).output
        #expect(output.components(separatedBy: "17:20–18:00").count == 2, "one time heading for the four plenaries")
        #expect(output.contains("место: Аудитория 201"))
        #expect(output.contains("место: Краеведческий зал"))
        #expect(output.contains("модератор: Лешкова Юлия Леонидовна"))
    }

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
        #expect(!output.contains("— Степанова"), "a moderator is not listed as a speaker")
    }

    @Test func onlyThePublicContactIsPrinted() {
        for format in ["markdown", "html"] {
            let output = runCLI(["export", Self.file, "--to", format], environment: Self.russian).output
            #expect(output.contains("hotline@example.org"), "\(format)")
            #expect(!output.contains("gusev@example.org"), "\(format)")
            let all = runCLI(["export", Self.file, "--to", format, "--include-contacts"], environment: Self.russian).output
            #expect(all.contains("gusev@example.org"), "\(format)")
        }
    }

    @Test func calendarLocationIsTheSlotsPlace() {
        let output = runCLI(["export", Self.file, "--to", "ics"], environment: Self.russian).output
            .replacingOccurrences(of: "\r\n ", with: "")
        #expect(output.contains("LOCATION:Большой зал\\, г. Благовещенск\\, ул. Ленина\\, 139\\, 2-й этаж"))
        #expect(!output.contains("zoom.us"), "place links are private")
    }

    @Test func placeLinksOnlyWithIncludeLinks() {
        for format in ["markdown", "html", "ics"] {
            let plain = runCLI(["export", Self.file, "--to", format], environment: Self.russian).output
            #expect(!plain.contains("zoom.us"), "\(format)")
            let linked = runCLI(["export", Self.file, "--to", format, "--include-links"], environment: Self.russian).output
                .replacingOccurrences(of: "\r\n ", with: "")
            #expect(linked.contains("zoom.us/j/1000000001"), "\(format)")
        }
    }

    @Test func teamMembersAreOrganizersForTheAudience() throws {
        let session = try #require(SessionLoader.load(RepositoryPaths.example("in-person.json")).session)
        let member = try #require(PersonRoles.lookup("Гусев Павел Андреевич", in: session))
        #expect(member.roles == [.organizers])
    }
}
