import Foundation
import Testing
@testable import SessionPlanKit

/// `sessionplan changes`: goldens for a realistic revision of the reference session
/// (a slot moved, one added, one cancelled, a speaker replaced, a member moved between groups).
@Suite struct ChangesCommandTests {
    static let revision = "Tests/SessionPlanKitTests/Golden/changes/tochka-kipeniya-revision-1.json"

    @Test(arguments: ["text", "markdown", "html"])
    func noticeOfARevision(format: String) {
        let result = runCLI(["changes", ExportFixtures.reference, Self.revision, "--to", format])
        #expect(result.status == .success)
        #expect(result.error.isEmpty)
        AgendaGolden.check(result.output, against: "../changes/tochka-kipeniya-revision-1." + (format == "markdown" ? "md" : format == "html" ? "html" : "txt"))
    }

    @Test func onlyWhatChangesForOnePerson() {
        let result = runCLI(["changes", ExportFixtures.reference, Self.revision, "--person", "Ильина Светлана Юрьевна"])
        #expect(result.status == .success)
        AgendaGolden.check(result.output, against: "../changes/person-member.txt")
        #expect(!result.output.contains("Подключение к Zoom"))   // for organizers only
    }

    /// With `--person`, times are in that person's own zone: their region's here (Приморский край, seven hours after Moscow).
    @Test func onePersonsChangesAreInTheirOwnZone() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let text = try String(contentsOfFile: RepositoryPaths.root.appendingPathComponent(Self.revision).path, encoding: .utf8)
            .replacingOccurrences(of: "\"people\": [", with: "\"people\": [\n    {\"name\": \"Ильина Светлана Юрьевна\", \"region\": \"Приморский край\"},")
        let revision = folder.write("revision.json", text)
        let result = runCLI(["changes", ExportFixtures.reference, revision, "--person", "Ильина Светлана Юрьевна"])
        #expect(result.status == .success)
        #expect(result.output.contains("(время — Asia/Vladivostok)"))
        #expect(result.output.contains("- Выступают: 21 сентября, 16:00–16:15 «Приветствие. Открытие сессии»"))
        #expect(result.output.contains("22 сентября, 18:45–19:00 «Перерыв. Подготовка докладов"))
        // Moved within its day: the day is said once.
        #expect(result.output.contains("«Установка на групповую работу» 21 сентября, 16:55–17:05 → 16:50–17:05"))
        #expect(!result.output.contains("09:00–09:15"))
    }

    /// A session held at a venue is followed on its clock: the same person's notice stays in the session's zone.
    @Test func aSessionHeldAtAVenueKeepsItsClock() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let text = try String(contentsOfFile: RepositoryPaths.root.appendingPathComponent(Self.revision).path, encoding: .utf8)
            .replacingOccurrences(of: "\"people\": [", with: """
                "places": [{"id": "hall", "name": "Актовый зал", "address": "г. Энск, ул. Белинского, 15"}],
                  "people": [
                    {"name": "Ильина Светлана Юрьевна", "region": "Приморский край"},
                """)
        let revision = folder.write("revision.json", text)
        let result = runCLI(["changes", ExportFixtures.reference, revision, "--person", "Ильина Светлана Юрьевна"])
        #expect(result.status == .success)
        #expect(result.output.contains("- Выступают: 21 сентября, 09:00–09:15 «Приветствие. Открытие сессии»"))
        #expect(!result.output.contains("(время —"), "the session's own zone needs no mention")
        #expect(!result.output.contains("Asia/Vladivostok") && !result.output.contains("16:00–16:15"))
    }

    /// The in-person example moved: the plenary discussion to another hall, the rural direction to a new
    /// room. Places are named as the program names them, a slot's own place or its direction's, and a
    /// direction's new room is a change of its own; a person hears of their directions' slots only.
    @Test func placesChangedAreNamedAndADirectionsRoomIsAChange() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let example = try String(contentsOfFile: RepositoryPaths.root.appendingPathComponent("examples/in-person.json").path, encoding: .utf8)
        var text = example.replacingOccurrences(of: "\"places\": [", with: """
            "revision": 1,
              "places": [
                {"id": "room-401", "name": "Аудитория 401", "address": "ул. Ленина, 139, 4-й этаж"},
            """)
        let panel = try #require(text.range(of: "«Библиотека как точка притяжения в регионе»"))
        let hall = try #require(text.range(of: "\"place\": \"hall\"", range: panel.upperBound..<text.endIndex))
        text.replaceSubrange(hall, with: "\"place\": \"local-history-hall\"")
        let direction = try #require(text.range(of: "\"id\": \"rural\""))
        let rural = try #require(text.range(of: "\"place\": \"room-201\"", range: direction.upperBound..<text.endIndex))
        text.replaceSubrange(rural, with: "\"place\": \"room-401\"")
        let revision = folder.write("revision.json", text)
        let everyone = runCLI(["changes", "examples/in-person.json", revision]).output
        #expect(everyone.contains("- Другое место: «Пленарная дискуссия «Библиотека как точка притяжения в регионе»» Большой зал, г. Благовещенск, ул. Ленина, 139, 2-й этаж → Краеведческий зал, ул. Ленина, 139, 4-й этаж"), "\(everyone)")
        #expect(everyone.contains("- Другое место: «Пленар направления: Сельская библиотека как центр местного сообщества» Аудитория 201, ул. Ленина, 139, 2-й этаж → Аудитория 401, ул. Ленина, 139, 4-й этаж"))
        #expect(everyone.contains("- Место направления 1 «Сельская библиотека как центр местного сообщества»: Аудитория 201, ул. Ленина, 139, 2-й этаж → Аудитория 401, ул. Ленина, 139, 4-й этаж"))
        #expect(everyone.hasSuffix("Всего 4 изменения.\n"), "both days' plenaries of the direction")
        let member = runCLI(["changes", "examples/in-person.json", revision, "--person", "Аксёнова Светлана Петровна"]).output
        #expect(member.hasSuffix("Всего 4 изменения.\n"), "\(member)")
        let other = runCLI(["changes", "examples/in-person.json", revision, "--person", "Жукова Елена Викторовна"]).output
        #expect(other.contains("Краеведческий зал") && !other.contains("Сельская"), "\(other)")
        #expect(other.hasSuffix("Всего 1 изменение.\n"))
    }

    @Test func sameVersionHasNoChangesAndWarnsAboutTheRevision() {
        let result = runCLI(["changes", ExportFixtures.reference, ExportFixtures.reference])
        #expect(result.status == .success)
        #expect(result.output.hasSuffix("No changes.\n") || result.output.hasSuffix("Изменений нет.\n"))
        #expect(result.error.contains("revision"))
    }

    /// A notice goes to every participant: a NEW that breaks the rules (a slot now ending before it
    /// starts) still gives its notice, with the line that agenda and export print; OLD is what was
    /// published, so its findings are not repeated.
    @Test func aNewVersionThatBreaksTheRulesSaysSo() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let text = try String(contentsOfFile: RepositoryPaths.root.appendingPathComponent(Self.revision).path, encoding: .utf8)
        let broken = text.replacingOccurrences(of: #""end": "09:15""#, with: #""end": "08:15""#)
        #expect(broken != text)
        let revision = folder.write("revision.json", broken)
        let result = runCLI(["changes", ExportFixtures.reference, revision, "--lang", "en"])
        #expect(result.status == .success)
        #expect(result.error.contains("sessionplan: validate would report 1 error"), "\(result.error)")
        #expect(result.error.contains("(sessionplan validate \(revision))"))
        #expect(result.output.contains("08:15"))
        // A sound NEW: no such line (the reference's own revision, as in the goldens above).
        #expect(!runCLI(["changes", ExportFixtures.reference, Self.revision]).error.contains("validate"))
    }

    @Test func anUnknownPersonIsAUsageError() {
        #expect(runCLI(["changes", ExportFixtures.reference, Self.revision, "--person", "Никто Такой"]).status == .usage)
    }
}
