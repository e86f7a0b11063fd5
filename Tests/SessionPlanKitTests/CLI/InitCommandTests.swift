import Foundation
import Testing
@testable import SessionPlanKit

@Suite struct InitCommandTests {
    @Test(arguments: [("ru", "Название стратегической сессии"), ("en", "Title of the strategic session")])
    func writesATemplateThatValidates(language: String, title: String) throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let result = runCLI(["init", "session.json", "--lang", language], directory: folder.url.path)
        #expect(result.status == .success)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("session.json"))
        let path = folder.url.appendingPathComponent("session.json").path
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let loaded = SessionLoader.load(SourceFile(name: "session.json", bytes: [UInt8](bytes)))
        #expect(loaded.session?.title == title)
        #expect(loaded.diagnostics.errorCount == 0)
        let validate = runCLI(["validate", "session.json"], directory: folder.url.path)
        #expect(validate.status == .success)
        // Nothing but the file is left in the folder: no temporary file.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["session.json"])
    }

    /// The in-person template: no finding but its placeholders, places, parallel direction plenaries, a moderated plenary, a public contact.
    @Test(arguments: ["ru", "en"])
    func inPersonTemplateValidatesWithOnlyPlaceholders(language: String) throws {
        let result = runCLI(["init", "--in-person", "--lang", language])
        #expect(result.status == .success)
        let loaded = SessionLoader.load(SourceFile(name: "in-person.json", bytes: Array(result.output.utf8)))
        #expect(!loaded.diagnostics.isEmpty && loaded.diagnostics.allSatisfy { $0.code == .templatePlaceholder },
                "\(loaded.diagnostics.map(\.message.en))")
        let session = try #require(loaded.session)
        #expect(session.places.count == 4 && session.directions.allSatisfy { $0.place != nil })
        let slots = session.days.flatMap(\.slots)
        #expect(slots.contains { $0.kind == .meal } && slots.contains { $0.kind == .registration })
        #expect(slots.filter { !$0.directions.isEmpty }.count == 2)
        #expect(slots.contains { $0.kind == .plenary && !$0.moderators.isEmpty })
        #expect(session.team.contains { $0.contact })
    }

    /// Every text a template writes is one `template-placeholder` knows, or a value a real session may keep
    /// (a slot's title, «Большой зал», «Группа 1»): a placeholder added to a template and not to the list
    /// would pass `validate` unnoticed, and `groups` would keep it as a member.
    @Test(arguments: [["--lang", "ru"], ["--lang", "en"], ["--in-person", "--lang", "ru"], ["--in-person", "--lang", "en"]])
    func everyTextOfATemplateIsAPlaceholderOrARealValue(options: [String]) throws {
        let tree = try JSONReader.parse(Array(runCLI(["init"] + options).output.utf8)).get()
        let kept: Set<String> = ["Большой зал", "Main hall", "Кафе", "Café", "Группа 1", "Group 1", "Лидерская группа", "Leader group",
                                 "координатор, горячая линия", "coordinator, hotline", "технический администратор", "technical administrator",
                                 "В программе возможны изменения", "The program may change", "онлайн, Zoom", "online, Zoom", "Leader ID",
                                 "Для лидеров и модераторов встреча обязательна. Для участников – по желанию",
                                 "Required for leaders and moderators; optional for participants"]
        let values: Set<String> = ["start", "end", "date", "deadline", "kind", "id", "timezone", "language", "place", "directions",
                                   "audience", "optional"]
        // (the key the value is under, whether it is a slot's); a slot's title is a real program item.
        var stack: [(key: String?, slot: Bool, value: JSONValue)] = [(nil, false, tree)]
        var checked = 0
        while let (key, slot, value) = stack.popLast() {
            switch value.kind {
            case .object(let members): stack += members.map { ($0.key, slot, $0.value) }
            case .array(let elements): stack += elements.map { (key, key == "slots", $0) }
            case .string(let text):
                guard let key, !values.contains(key), !(slot && key == "title") else { continue }
                #expect(TemplatePlaceholders.isPlaceholder(text) || kept.contains(text), "\(key): \(text)")
                checked += 1
            default: break
            }
        }
        #expect(checked > 20)
    }

    @Test func withoutFileTheTemplateGoesToStandardOutput() {
        let result = runCLI(["init"], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(result.status == .success)
        #expect(result.error.isEmpty)
        #expect(result.output.hasPrefix("{\n  \"version\": 1,\n  \"title\": \"Название стратегической сессии\""))
        let validate = runCLI(["validate", "-"], input: result.output)
        #expect(validate.status == .success)
        #expect(runCLI(["init", "--lang", "en"]).output.contains("\"language\": \"en\""))
    }

    @Test func refusesAnExistingFileAndLeavesItAsItWas() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.write("plan.json", "my own plan\n")
        let result = runCLI(["init", "plan.json"], directory: folder.url.path)
        #expect(result.status == .usage)
        #expect(result.output.isEmpty)
        #expect(result.error == "sessionplan: plan.json already exists and was left as it is; choose another name or delete the file first\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "my own plan\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["plan.json"])
        let russian = runCLI(["init", "plan.json", "--lang", "ru"], directory: folder.url.path)
        #expect(russian.error.contains("уже существует и оставлен без изменений"))
    }

    @Test func missingFolderIsOneLine() {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let result = runCLI(["init", "nowhere/plan.json"], directory: folder.url.path)
        #expect(result.status == .usage)
        #expect(result.error == "sessionplan: cannot write nowhere/plan.json: there is no folder nowhere\n")
    }

    @Test func tooManyArgumentsIsAUsageError() {
        let result = runCLI(["init", "a.json", "b.json"])
        #expect(result.status == .usage)
        #expect(result.error.contains("usage: sessionplan init [FILE] [--in-person] [--lang ru|en]"))
    }

    /// In a C locale (no Russian `LANG`) the template is English, the interface's language,
    /// and the one line says so and how to get a Russian one; and the other way round.
    @Test func theLineNamesTheTemplatesLanguageAndTheOther() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let english = runCLI(["init", "c.json"], environment: ["LANG": "C", "LC_ALL": "C"], directory: folder.url.path)
        #expect(english.status == .success)
        #expect(english.error.contains("in English") && english.error.contains("--lang ru"), "\(english.error)")
        let written = try String(contentsOf: folder.url.appendingPathComponent("c.json"), encoding: .utf8)
        #expect(written.contains("\"language\": \"en\""))
        let russian = runCLI(["init", "r.json", "--lang", "ru"], directory: folder.url.path)
        #expect(russian.error.contains("на русском") && russian.error.contains("--lang en"), "\(russian.error)")
    }
}
