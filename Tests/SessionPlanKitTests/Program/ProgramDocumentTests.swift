import Foundation
import Testing
@testable import SessionPlanKit

/// The program document: the words every serializer shares.
@Suite struct ProgramDocumentTests {
    static let session = """
    { "version": 1, "title": "T", "subtitle": "  ", "timezone": "Europe/Moscow",
      "days": [ { "date": "2021-09-21", "slots": [ { "start": "09:00", "end": "10:00", "title": "A" } ] },
                { "date": "2021-09-22", "slots": [] } ] }
    """

    @Test func anEmptyDayIsWordedTheSameInTheAgendaAndTheExports() {
        let (folder, path) = ExportFixtures.folder(with: Self.session)
        defer { folder.cleanUp() }
        let sentence = "В этот день ничего не запланировано."
        for arguments in [["agenda", path], ["export", path, "--to", "markdown"], ["export", path, "--to", "html"]] {
            let result = runCLI(arguments)
            #expect(result.status == .success, "\(arguments): \(result.error)")
            #expect(result.output.contains(sentence), "\(arguments)")
        }
    }

    @Test func aBlankSubtitleIsLeftOut() {
        let (folder, path) = ExportFixtures.folder(with: Self.session)
        defer { folder.cleanUp() }
        let agenda = runCLI(["agenda", path]).output
        #expect(agenda.hasPrefix("T\n21–22 сентября 2021"), "\(agenda)")
    }
}
