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

    @Test func sameVersionHasNoChangesAndWarnsAboutTheRevision() {
        let result = runCLI(["changes", ExportFixtures.reference, ExportFixtures.reference])
        #expect(result.status == .success)
        #expect(result.output.hasSuffix("No changes.\n") || result.output.hasSuffix("Изменений нет.\n"))
        #expect(result.error.contains("revision"))
    }

    @Test func anUnknownPersonIsAUsageError() {
        #expect(runCLI(["changes", ExportFixtures.reference, Self.revision, "--person", "Никто Такой"]).status == .usage)
    }
}
