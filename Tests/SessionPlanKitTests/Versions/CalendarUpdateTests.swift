import Foundation
import Testing
@testable import SessionPlanKit

/// `SEQUENCE`, `DTSTAMP` and `export --to ics --previous OLD.json`.
@Suite struct CalendarUpdateTests {
    static func values(_ name: String, in ics: String) -> [String] {
        ICalendarExportTests.values(name, in: ics)
    }

    @Test func sequenceIsTheRevisionAndStampIsUpdated() {
        let text = ExportFixtures.referenceText()
            .replacingOccurrences(of: "\"version\": 1,", with: "\"version\": 1,\n  \"revision\": 2,\n  \"updated\": \"2021-09-20T18:30\",")
        let (folder, path) = ExportFixtures.folder(with: text)
        defer { folder.cleanUp() }
        let ics = runCLI(["export", path, "--to", "ics"]).output
        #expect(Set(Self.values("SEQUENCE", in: ics)) == ["2"])
        #expect(Set(Self.values("DTSTAMP", in: ics)) == ["20210920T153000Z"])   // 18:30 in Moscow
    }

    @Test func withoutRevisionTheStampIsFixed() {
        let ics = runCLI(["export", ExportFixtures.reference, "--to", "ics"]).output
        #expect(Set(Self.values("SEQUENCE", in: ics)) == ["0"])
        #expect(Set(Self.values("DTSTAMP", in: ics)) == ["20210921T000000Z"])
    }

    @Test func previousCancelsWhatIsGoneWithItsOldUID() throws {
        let old = ExportFixtures.referenceText()
        let new = old
            .replacingOccurrences(of: "\"version\": 1,", with: "\"version\": 1,\n  \"revision\": 1,")
            .replacingOccurrences(of: "\"title\": \"Приветствие. Открытие сессии\"", with: "\"title\": \"Открытие\"")
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        // The last slot of day 2 removed: the reflection.
        let range = try #require(new.range(of: "\"kind\": \"reflection\""))
        let oldPath = folder.write("old.json", old)
        var trimmed = new
        let start = try #require(trimmed[..<range.lowerBound].range(of: "{", options: .backwards)).lowerBound
        let end = try #require(trimmed[range.upperBound...].range(of: "}")).upperBound
        let before = try #require(trimmed[..<start].range(of: ",", options: .backwards)).lowerBound
        trimmed.removeSubrange(before..<end)
        let newPath = folder.write("new.json", trimmed)
        #expect(runCLI(["validate", newPath]).status == .success)

        let oldICS = runCLI(["export", oldPath, "--to", "ics"]).output
        let result = runCLI(["export", newPath, "--to", "ics", "--previous", oldPath])
        #expect(result.status == .success)
        #expect(result.error.isEmpty)
        let uids = Self.values("UID", in: result.output)
        #expect(uids.count == 19)
        #expect(Set(uids) == Set(Self.values("UID", in: oldICS)))
        #expect(Self.values("STATUS", in: result.output).filter { $0 == "CANCELLED" }.count == 1)
        #expect(result.output.contains("SUMMARY:Рефлексия"))
        #expect(Set(Self.values("SEQUENCE", in: result.output)) == ["1"])
    }

    @Test func previousWarnsWhenTheRevisionIsNotRaised() {
        let result = runCLI(["export", ExportFixtures.reference, "--to", "ics", "--previous", ExportFixtures.reference])
        #expect(result.status == .success)
        #expect(result.error.contains("revision"))
        #expect(!result.output.contains("CANCELLED"))
    }

    @Test func previousIsOnlyForICS() {
        let result = runCLI(["export", ExportFixtures.reference, "--to", "markdown", "--previous", ExportFixtures.reference])
        #expect(result.status == .usage)
    }
}
