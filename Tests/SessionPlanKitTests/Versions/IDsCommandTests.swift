import Foundation
import Testing
@testable import SessionPlanKit

/// `sessionplan ids`: ids added, nothing else changed, no UID changed; `init` writes ids.
@Suite struct IDsCommandTests {
    @Test func idsAreInsertedAndEveryOtherByteKept() {
        let original = ExportFixtures.referenceText()
        let result = runCLI(["ids", ExportFixtures.reference])
        #expect(result.status == .success)
        #expect(result.error == "ids given to 19 slots\n")
        // Taking the inserted text out again gives the file back, byte for byte.
        let pattern = try? NSRegularExpression(pattern: #"("id": "2021-09-2[12]-[a-z0-9-]+",\n *|"id": "2021-09-2[12]-[a-z0-9-]+", )"#)
        let range = NSRange(result.output.startIndex..., in: result.output)
        let stripped = pattern?.stringByReplacingMatches(in: result.output, range: range, withTemplate: "")
        #expect(stripped == original)
        #expect(result.output.contains("{\"id\": \"2021-09-21-break-2\", \"start\": \"12:15\""))
    }

    @Test func addingIDsChangesNoUIDAndIsIdempotent() {
        let withIDs = runCLI(["ids", ExportFixtures.reference]).output
        let (folder, path) = ExportFixtures.folder(with: withIDs)
        defer { folder.cleanUp() }
        #expect(runCLI(["validate", path]).status == .success)
        let before = runCLI(["export", ExportFixtures.reference, "--to", "ics"]).output
        let after = runCLI(["export", path, "--to", "ics"]).output
        #expect(before == after)
        let again = runCLI(["ids", path])
        #expect(again.output == withIDs)
        #expect(again.error == "every slot already has an id\n")
    }

    @Test func writesToOutputAndRefusesTheInputWithoutOverwrite() {
        let (folder, path) = ExportFixtures.folder(with: ExportFixtures.referenceText())
        defer { folder.cleanUp() }
        #expect(runCLI(["ids", path, "-o", path]).status == .usage)
        #expect(runCLI(["ids", path, "-o", path, "--overwrite"]).status == .success)
        let written = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        #expect(written.contains("\"id\": \"2021-09-22-reflection\""))
    }

    @Test func russianSummaryHasTheRightPlural() {
        let result = runCLI(["ids", "examples/minimal.json"], environment: ExportFixtures.russian)
        #expect(result.error == "идентификаторы даны 2 пунктам программы\n")
    }

    @Test func initWritesIDs() throws {
        let template = SessionTemplate.session(language: .ru, firstDay: try #require(ValueParsing.date("2027-01-05")))
        let text = JSONWriter.string(template)
        let file = SourceFile(name: "t.json", bytes: Array(text.utf8))
        let session = try #require(SessionLoader.load(file).session)
        let slots = session.days.flatMap(\.slots)
        #expect(!slots.isEmpty)
        #expect(slots.allSatisfy { $0.id != nil })
        #expect(slots.first?.id == "2027-01-05-opening")
    }
}
