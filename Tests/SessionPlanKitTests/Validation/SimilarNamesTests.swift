import Foundation
import Testing
@testable import SessionPlanKit

@Suite struct SimilarNamesTests {
    @Test(arguments: [
        ("рогачева", "розачева", true),     // a letter replaced
        ("севрюков", "северюков", true),    // a letter inserted
        ("северюков", "севрюков", true),    // a letter left out
        ("иванова", "иванов", true),        // the last letter left out
        ("анна", "ганна", true),            // the first letter inserted
        ("участник1", "участник2", false),  // digits are not letters
        ("группа1", "группа12", false),
        ("иванова", "ивановская", false),   // more than one letter
        ("марина", "мирана", false),        // two letters replaced
        ("абв", "бав", false),              // a transposition is two edits
        ("иванов", "иванов", false),        // equal
        ("ан", "ян", false),                // too short to compare
    ])
    func oneLetterApart(_ a: String, _ b: String, expected: Bool) {
        #expect(SimilarNames.differByOneLetter(a, b) == expected)
        #expect(SimilarNames.differByOneLetter(b, a) == expected)
    }

    /// Both spellings of the reference session's text, in one file, each reported
    /// once at the later spelling, and the numbered participants left alone.
    @Test func referencePairsAreFlaggedAndNumberedParticipantsAreNot() throws {
        let source = MarkedSource(Plan.session(
            top: #""people": [{"name": 2️⃣"Рогачева Мария Васильевна"}, {"name": 4️⃣"Севрюков Олег Михайлович"}],"#,
            directions: [
                Plan.direction(groups: Plan.group(1, fields: #""moderator": "Модератор Один", "collector": "Сборщик Один", "members": ["Участник 1", "Участник 2", "Участник 3", "Участник 4", "Участник 5"]"#)),
                Plan.direction("creative", title: "Поддержка творческих идей",
                               leaders: #"[1️⃣"Розачева Мария Васильевна", 3️⃣"Северюков Олег Михайлович", "Рогачева Мария Васильевна"]"#,
                               groups: Plan.group(2)),
            ]))
        let found = ruleFindings(source).filter { $0.code == .similarNames }
        #expect(found.count == 2)
        #expect(isAt(found.first, source, 1) && isAt(found.last, source, 3))
        #expect(found.first?.notes.first?.location?.line == source.place(2)?.line)
        #expect(found.last?.notes.first?.location?.column == source.place(4)?.column)
        #expect(found.first?.message.en == "«Розачева Мария Васильевна» differs from «Рогачева Мария Васильевна», written earlier, by one letter; if this is one person, write the name the same way everywhere")
        #expect(found.first?.message.ru == "«Розачева Мария Васильевна» отличается от «Рогачева Мария Васильевна» (встречается раньше) одной буквой; если это один человек, напишите имя везде одинаково")
    }

    /// Three spellings of one name: one warning per pair of spellings, never per occurrence.
    @Test func oneWarningPerPairOfSpellings() {
        let source = MarkedSource(Plan.session(
            top: #""host": "Орехов Фёдор Никитич", "architects": ["Орехов Федор Никитич", "Орехов Федор Никитич", "Орехов Фёдор Никитич"],"#))
        let found = ruleFindings(source).filter { $0.code == .similarNames }
        #expect(found.count == 1)
        #expect(found.first?.message.en.contains("only in «ё» written as «е»") == true)
    }

    /// Many names in one bucket (`Участник *`) are not compared pairwise: numbered
    /// names share no variant, so this stays quick; nothing is flagged.
    @Test func manyNumberedNamesAreNotSimilar() {
        let groups = (1...200).map { Plan.group($0, fields: "\"moderator\": \"Модератор \($0)\", \"collector\": \"Сборщик \($0)\", \"members\": \(Plan.members($0, count: 10))") }
        let text = Plan.session(directions: [
            "{\"id\": \"big\", \"title\": \"Большое направление\", \"leaders\": [\"Орлова Надежда Павловна\"], \"groups\": [" + groups.joined(separator: ",\n") + "]}"])
        #expect(ruleFindings(MarkedSource(text)).isEmpty)
    }
}

@Suite struct ExampleSessionsHaveNoFindings {
    /// Every session file in `examples/` (not the schema).
    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.examples.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") }.sorted()
    }()

    @Test func examplesAreFound() {
        #expect(Self.files.contains("tochka-kipeniya.json") && Self.files.contains("minimal.json"))
    }

    @Test(arguments: files)
    func noFindingOfAnyKind(_ name: String) {
        let loaded = SessionLoader.load(RepositoryPaths.example(name))
        #expect(loaded.session != nil)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map { "\($0.location?.description ?? "-") [\($0.code.rawValue)] \($0.message.en)" })")
    }
}
