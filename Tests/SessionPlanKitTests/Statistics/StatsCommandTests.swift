import Foundation
import Testing
@testable import SessionPlanKit

@Suite struct StatsCommandTests {
    /// A plan in progress: direction 1 has a group of 4 without a collector and a complete one; direction 2 has none.
    static let inProgress = """
    {
      "version": 1, "title": "Сессия в работе", "timezone": "Europe/Moscow", "language": "ru",
      "days": [
        { "date": "2021-09-21", "slots": [
          { "start": "09:00", "end": "09:30", "title": "Открытие", "kind": "opening" },
          { "start": "09:30", "end": "11:00", "title": "Работа в группах", "kind": "group-work" },
          { "start": "12:00", "end": "12:30", "title": "Пленар", "kind": "plenary" }
        ] }
      ],
      "directions": [
        { "id": "rural", "title": "Сельские библиотеки", "leaders": ["Орлова Надежда Павловна"],
          "groups": [
            { "name": "Группа 1", "moderator": "Модератор Один",
              "members": ["Анна", "Борис", "Вера", "Глеб"] },
            { "name": "Группа 2", "moderator": "Модератор Два", "collector": "Сборщик Два",
              "members": ["Дина", "Егор", "Жанна", "Зоя", "Иван", "Анна"] }
          ] },
        { "id": "school", "title": "Школьные библиотеки", "leaders": ["Иванченко Дмитрий Алексеевич", "Орлова Надежда Павловна"] }
      ]
    }
    """

    /// The data row of the directions table whose label is `label`, its cells split on runs of spaces.
    private func row(_ label: String, in output: String) -> [String]? {
        output.split(separator: "\n").map(String.init).first { $0.hasPrefix("  " + label + " ") && !$0.contains(" — ") }?
            .dropFirst(2 + label.count).split(separator: " ").map(String.init)
    }

    @Test func referenceExampleKeyNumbers() throws {
        let result = runCLI(["stats", "examples/tochka-kipeniya.json"])
        #expect(result.status == .success)
        #expect(result.error.isEmpty)
        let out = result.output
        // Printed in the session's language (Russian) though the interface is English.
        #expect(out.hasPrefix("Библиотечная «Точка кипения»: общее и особенное\n"))
        for (number, id) in ["school", "rural", "model-libraries", "creative", "social-hub"].enumerated() {
            #expect(out.contains("  \(number + 1) \(id) — "))
        }
        // leaders, groups, members, moderators, collectors, people, complete
        #expect(row("Всего", in: out) == ["8", "10", "69", "10", "10", "97", "10/10"])
        #expect(row("1 school", in: out) == ["1", "2", "13", "2", "2", "18", "2/2"])
        #expect(row("3 model-libraries", in: out) == ["3", "2", "14", "2", "2", "21", "2/2"])
        #expect(out.contains("День 1  21.09.2021  4 ч 45 мин               2 ч  42 %"))
        #expect(out.contains("День 2  22.09.2021         5 ч        1 ч 40 мин  33 %"))
        #expect(out.contains("Все группы готовы (10 из 10)"))
        #expect(out.contains("Всё на месте"))
    }

    @Test func tableColumnsAlign() {
        let out = runCLI(["stats", "examples/tochka-kipeniya.json"]).output
        let lines = out.split(separator: "\n").map(String.init)
        guard let header = lines.firstIndex(where: { $0.hasPrefix("  Направление ") }) else {
            Issue.record("no header")
            return
        }
        let table = lines[header...(header + 6)]
        // Every row ends at the same column: the «Готовы» column is right-aligned.
        #expect(Set(table.map(\.count)).count == 1)
    }

    @Test func planInProgress() {
        let result = runCLI(["stats", "-"], input: Self.inProgress)
        #expect(result.status == .success)
        let out = result.output
        #expect(row("1 rural", in: out) == ["1", "2", "10", "2", "1", "13", "1/2"])
        #expect(row("2 school", in: out) == ["2", "0", "0", "0", "0", "2", "0/0"])
        #expect(row("Всего", in: out) == ["2", "2", "10", "2", "1", "14", "1/2"])
        #expect(out.contains("Готова 1 группа из 2"))
        #expect(out.contains("– направление 1 (rural): в группе «Группа 1» нет сборщика\n"))
        #expect(out.contains("– направление 1 (rural): в группе «Группа 1» 4 участника, а нужно от 5 до 10\n"))
        #expect(out.contains("– направление 2 (school): групп пока нет\n"))
        // 09:00–11:00 and 12:00–12:30: the gap is not program time; 90 of 150 minutes are group work.
        #expect(out.contains("День 1  21.09.2021  2 ч 30 мин        1 ч 30 мин  60 %"))
    }

    /// A plan just made by `init` is complete in shape, but its people are the template's: not «Всё на месте».
    @Test func aFreshTemplateStillNeedsItsPeople() {
        let template = runCLI(["init", "--in-person", "--lang", "ru"]).output
        let out = runCLI(["stats", "-"], input: template).output
        #expect(!out.contains("Всё на месте"))
        #expect(out.contains("– настоящие люди вместо имён из шаблона ("), "\(out)")
        #expect(out.contains("«Ведущий сессии», «Архитектор сессии»"))
        let real = runCLI(["stats", "examples/in-person.json"]).output
        #expect(real.contains("Всё на месте: не хватает ничего.") && !real.contains("шаблона"))
    }

    @Test func englishSessionPrintsInEnglish() {
        let out = runCLI(["stats", "examples/english.json"], environment: ["LANG": "ru_RU.UTF-8"]).output
        #expect(out.contains("Direction "))
        #expect(out.contains("All 3 groups are complete"))
    }

    @Test func structuralErrorsExit1() {
        let result = runCLI(["stats", "-"], input: #"{"version": 1, "title": "x", "timezone": "Europe/Moscow", "days": [], "colour": 1}"#)
        #expect(result.status == .invalid)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("<stdin>:1:"))
    }

    @Test func missingFileExit2() {
        let result = runCLI(["stats", "no-such-file.json"])
        #expect(result.status == .usage)
        #expect(result.error == "sessionplan: no-such-file.json: no such file\n")
    }
}
