import Foundation
import Testing
@testable import SessionPlanKit

/// `import` of a Word document. `Fixtures/regional-session.docx` was made by a real word processor:
/// `Fixtures/regional-session.html` (names in <i>, notes as a bulleted list) converted by LibreOffice
/// Writer 7.4 with `soffice --headless --convert-to docx:"MS Word 2007 XML" regional-session.html`.
@Suite struct ImportWordDocumentTests {
    @Test func aWordDocumentMadeByLibreOffice() throws {
        let bytes = try ImportTestSupport.fixture("regional-session.docx")
        let outcome = try ProgramImport.importWordDocument(bytes, options: ImportOptions()).get()
        let loaded = SessionLoader.load(SourceFile(name: "imported.json", bytes: JSONWriter.bytes(outcome.session)))
        let session = try #require(loaded.session)
        #expect(session.title == "Сельская библиотека – центр притяжения")
        #expect(session.subtitle == "в рамках областного семинара библиотечных работников")
        #expect(session.timeZone.identifier == "Asia/Irkutsk")
        #expect(session.hours.map { "\($0.start)–\($0.end)" } == "10:00–16:00")
        #expect(session.days.map { "\($0.date)" } == ["2025-03-12", "2025-03-13"])
        #expect(session.days.map(\.title) == ["Библиотека и сообщество", "Проекты сельских библиотек"])
        #expect(session.days.map(\.slots.count) == [7, 5])
        // Italic runs are the speakers.
        #expect(session.days[0].slots[1].speakers.map(\.name) == ["Мельникова Ольга Петровна", "Захаров Игорь Львович"])
        #expect(session.days[0].slots[2].kind == SlotKind.meal)
        // Word's bulleted list is the notes.
        #expect(session.notes == ["В программе возможны изменения", "Участникам из районов области оплачивается проезд"])
        #expect(session.host?.name == "Лешков Ю. Л.")
        #expect(session.registration?.deadline.map { "\($0)" } == "2025-03-07T18:00")
        #expect(outcome.unplaced.isEmpty)
        #expect(ImportTestSupport.errorCodes(loaded).isEmpty)
    }

    /// The program as the tool itself writes it to Word (edited there, say) reads back:
    /// «День 1 · вторник, 21 сентября 2021 г.», «21–22 сентября 2021 г., с 9:00 до 13:00»,
    /// «время московское (Europe/Moscow, UTC+3)», no-break spaces inside.
    @Test func theToolsOwnWordProgramReadsBack() throws {
        let original = try #require(SessionLoader.load(RepositoryPaths.example("tochka-kipeniya.json")).session)
        let view = try ProgramView(session: original)
        let bytes = try ProgramDOCXRenderer().render(ProgramDocument(view: view, options: ExportOptions())).get()
        let outcome = try ProgramImport.importWordDocument(bytes, options: ImportOptions()).get()
        let session = try #require(SessionLoader.load(SourceFile(name: "back.json", bytes: JSONWriter.bytes(outcome.session))).session)
        #expect(session.timeZone.identifier == "Europe/Moscow")
        #expect(session.hours.map { "\($0.start)–\($0.end)" } == "09:00–13:00")
        #expect(session.days.map { "\($0.date)" } == original.days.map { "\($0.date)" })
        #expect(session.days.map(\.slots.count) == original.days.map(\.slots.count))
        #expect(session.days.flatMap(\.slots).map { "\($0.start)–\($0.end)" } == original.days.flatMap(\.slots).map { "\($0.start)–\($0.end)" })
    }

    @Test func theCommandReadsDocxAndADamagedOneIsOneLine() throws {
        let path = ImportTestSupport.fixtures.appendingPathComponent("regional-session.docx").path
        let result = runCLI(["import", path])
        #expect(result.status == .success)
        #expect(result.output.contains("\"title\": \"Сельская библиотека – центр притяжения\""))
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let broken = folder.url.appendingPathComponent("broken.docx")
        try Data([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 40)).write(to: broken)
        let damaged = runCLI(["import", "broken.docx"], directory: folder.url.path)
        #expect(damaged.status == .usage)
        #expect(damaged.error.hasPrefix("sessionplan: broken.docx: "))
        #expect(damaged.error.filter { $0 == "\n" }.count == 1)
    }
}
