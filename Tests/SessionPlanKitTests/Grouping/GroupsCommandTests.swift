import Foundation
import Testing
@testable import SessionPlanKit

/// `sessionplan groups` end to end, in-process, with files in a temporary folder.
@Suite struct GroupsCommandTests {
    static let session = """
    {
      "$schema": "session.schema.json",
      "version": 1,
      "title": "Сессия",
      "timezone": "Europe/Moscow",
      "days": [{"date": "2021-09-21", "slots": [{"start": "09:00", "end": "11:00", "title": "Работа в группах", "kind": "group-work"}]}],
      "directions": [
        {"id": "rural", "title": "Сельские библиотеки", "leaders": ["Орлова Надежда Павловна"],
         "groups": [{"name": "Лидерская группа", "kind": "leader", "moderator": "Тимофеев Евгений", "collector": "Уварова Людмила",
                     "members": ["Фролов Николай", "Хохлова Валентина", "Цветков Станислав", "Чернова Анастасия", "Шубин Михаил"],
                     "room": "https://zoom.us/j/1"}]},
        {"id": "school", "title": "Школьные библиотеки", "leaders": ["Иванченко Дмитрий Алексеевич"]}
      ]
    }
    """

    static let surnames = ["Алексеев", "Борисов", "Васильев", "Григорьев", "Дмитриев", "Егоров", "Жуков", "Зайцев",
                           "Ильин", "Козлов", "Лебедев", "Морозов", "Новиков", "Осипов", "Павлов", "Романов", "Соколов",
                           "Тихонов", "Ульянов", "Фёдоров", "Харитонов", "Цветаев", "Чернов", "Шилов", "Щукин", "Юдин",
                           "Яковлев", "Абрамов", "Белов", "Воронин"]

    /// 23 people for rural (every third by id, the others by title; 4 organizations, 3 regions), 7 for school by number.
    static func registrations(separator: String = ";") -> String {
        let organizations = ["Библиотека №1", "ЦБС Заречья", "Областная библиотека", "Гимназия 5"]
        let regions = ["Амурская область", "Иркутская область", "Пермский край"]
        var rows = [["ФИО", "Направление", "Организация", "Регион", "E-mail"].joined(separator: separator)]
        for (i, surname) in surnames.prefix(23).enumerated() {
            rows.append(["\(surname) Иван Петрович", i % 3 == 0 ? "rural" : "Сельские библиотеки", organizations[i % 4],
                         regions[i % 3], "p\(i)@example.org"].joined(separator: separator))
        }
        for surname in surnames[23...] {
            rows.append(["\(surname) Пётр Ильич", "2", "\"Школа\(separator) лицей \"\"Юный\"\"\"", "Пермский край", ""].joined(separator: separator))
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }

    /// A folder with session.json and reg.csv (given bytes).
    private func setUp(_ roster: [UInt8], session: String = GroupsCommandTests.session) -> TemporaryFolder {
        let folder = TemporaryFolder()
        _ = folder.write("session.json", session)
        _ = FileManager.default.createFile(atPath: folder.url.appendingPathComponent("reg.csv").path, contents: Data(roster))
        return folder
    }

    private func contents(_ folder: TemporaryFolder, _ name: String) -> String? {
        FileManager.default.contents(atPath: folder.url.appendingPathComponent(name).path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The groups of a written session, by direction id: name → members.
    private func groups(in text: String) throws -> [String: [(name: String, members: [String])]] {
        let loaded = SessionLoader.load(SourceFile(name: "out.json", bytes: Array(text.utf8)), checkRules: false)
        let session = try #require(loaded.session)
        var result: [String: [(String, [String])]] = [:]
        for direction in session.directions { result[direction.id] = direction.groups.map { ($0.name, $0.members.map(\.name)) } }
        return result
    }

    @Test func windows1251SemicolonListEndToEnd() throws {
        let folder = setUp(windows1251(Self.registrations()))
        defer { folder.cleanUp() }
        let result = runCLI(["groups", "session.json", "--roster", "reg.csv", "--lang", "ru"], directory: folder.url.path)
        #expect(result.status == .success, "\(result.error)")
        let groups = try groups(in: result.output)
        let rural = try #require(groups["rural"])
        #expect(rural.map(\.name) == ["Лидерская группа", "Группа 1", "Группа 2", "Группа 3"])
        #expect(rural.dropFirst().map(\.members.count) == [8, 8, 7])
        #expect(groups["school"]?.map(\.members.count) == [7])
        #expect(result.error.contains("Направление 1 (rural) «Сельские библиотеки» — зарегистрировано: 23\n"))
        #expect(result.error.contains("  «Группа 3» — 7 участников, новая\n"))
        #expect(result.error.contains("Ещё нужно найти модераторов: 4, сборщиков: 4.\n"))
    }

    @Test func utf8WithByteOrderMarkAndCommas() throws {
        let folder = setUp([0xEF, 0xBB, 0xBF] + Array(Self.registrations(separator: ",").utf8))
        defer { folder.cleanUp() }
        let result = runCLI(["groups", "session.json", "--roster", "reg.csv"], directory: folder.url.path)
        #expect(result.status == .success, "\(result.error)")
        let groups = try groups(in: result.output)
        #expect(groups["rural"]?.dropFirst().map(\.members.count) == [8, 8, 7])
        #expect(result.error.contains("Direction 2 (school) «Школьные библиотеки»: 7 registered\n"))
        #expect(result.error.contains("Still to be found: 4 moderators, 4 collectors.\n"))
    }

    @Test func quotedFieldsWithSeparatorsInside() throws {
        let csv = "ФИО;Направление;Организация\n\"Петрова; Анна\";school;\"ЦБС; \"\"Заречье\"\"\"\n"
            + (1...4).map { "Участник \(["Первый", "Второй", "Третий", "Четвёртый"][$0 - 1]);school;\"a;b\"" }.joined(separator: "\n") + "\n"
        let folder = setUp(Array(csv.utf8))
        defer { folder.cleanUp() }
        let result = runCLI(["groups", "session.json", "--roster", "reg.csv"], directory: folder.url.path)
        #expect(result.status == .success, "\(result.error)")
        let school = try #require(try groups(in: result.output)["school"]?.first)
        #expect(school.members.first == "Петрова; Анна")
        #expect(school.members.count == 5)
    }

    @Test func organizationsAndRegionsAreSpread() throws {
        let folder = setUp(windows1251(Self.registrations()))
        defer { folder.cleanUp() }
        let result = runCLI(["groups", "session.json", "--roster", "reg.csv"], directory: folder.url.path)
        let rural = try #require(try groups(in: result.output)["rural"]).dropFirst()
        // Organization of person i is i % 4: 6, 6, 6, 5 people over 3 groups → 2 (or 1–2) of each per group.
        let organizationOf = Dictionary(uniqueKeysWithValues: Self.surnames.prefix(23).enumerated().map { ("\($1) Иван Петрович", $0 % 4) })
        for organization in 0..<4 {
            let counts = rural.map { group in group.members.count { organizationOf[$0] == organization } }
            #expect(counts.max()! - counts.min()! <= 1, "organization \(organization): \(counts)")   // three groups exist: max/min present
        }
        // The same input always gives the same groups.
        let again = runCLI(["groups", "session.json", "--roster", "reg.csv"], directory: folder.url.path)
        #expect(again.output == result.output)
    }

    @Test func peopleAlreadyPlacedStayAndCount() throws {
        let session = Self.session.replacingOccurrences(of: #""leaders": ["Иванченко Дмитрий Алексеевич"]}"#, with: """
            "leaders": ["Иванченко Дмитрий Алексеевич"],
             "groups": [{"name": "Группа 1", "moderator": "Модератор Школьный", "members": ["Абрамов Пётр Ильич", "Старый Участник"]}]}
            """)
        let csv = "ФИО;Направление\n" + Self.surnames[23...].map { "\($0) Пётр Ильич;school" }.joined(separator: "\n")
            + "\n" + Self.surnames.prefix(4).map { "\($0) Иван Петрович;school" }.joined(separator: "\n") + "\n"
        let folder = setUp(Array(csv.utf8), session: session)
        defer { folder.cleanUp() }
        let result = runCLI(["groups", "session.json", "--roster", "reg.csv", "--lang", "ru"], directory: folder.url.path)
        #expect(result.status == .success, "\(result.error)")
        // 2 already there (one of them registered again) + 10 newcomers = 12 → 6 + 6.
        let school = try #require(try groups(in: result.output)["school"])
        #expect(school.map(\.name) == ["Группа 1", "Группа 2"])
        #expect(school.map(\.members.count) == [6, 6])
        #expect(Array(school[0].members.prefix(2)) == ["Абрамов Пётр Ильич", "Старый Участник"])
        #expect(school.flatMap(\.members).count { $0 == "Абрамов Пётр Ильич" } == 1)
        #expect(result.error.contains("  «Группа 1» — 6 участников (добавлено: 4)\n"))
        #expect(result.error.contains("  уже в группах: 1 (остаются на своих местах)\n"))
        // Its moderator stays; the group still lacks a collector, the new one both.
        #expect(result.output.contains("\"moderator\": \"Модератор Школьный\""))
        #expect(result.error.contains("модераторов: 1, сборщиков: 2"))
    }

    /// A file just made by `init` has the template's members («Первый участник»): they are no people, so the
    /// registrations take their places, without --drop-unregistered, and the report says so.
    @Test func theTemplatesMembersGiveWayToTheRegistrations() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        #expect(runCLI(["init", "session.json", "--in-person", "--lang", "ru"], directory: folder.url.path).status == .success)
        let csv = "ФИО;Направление\n" + Self.surnames.prefix(6).map { "\($0) Пётр Ильич;1" }.joined(separator: "\n") + "\n"
        _ = folder.write("reg.csv", csv)
        let result = runCLI(["groups", "session.json", "--roster", "reg.csv", "--lang", "ru"], directory: folder.url.path)
        #expect(result.status == .success, "\(result.error)")
        let formed = try #require(try groups(in: result.output)["direction-1"])
        #expect(formed.flatMap(\.members) == Self.surnames.prefix(6).map { "\($0) Пётр Ильич" })
        #expect(!result.output.contains("Первый участник"))
        #expect(result.error.contains("Заполнители шаблона убраны из групп (5): «Первый участник», «Второй участник», «Третий участник», «Четвёртый участник», «Пятый участник»\n"), "\(result.error)")
        // The second direction has no registrations yet: its template group is left as it is, for validate to point out.
        #expect(result.output.contains("Шестой участник"))
        // The template's moderators and collectors («Первый модератор») are still to be found.
        #expect(result.error.contains("Ещё нужно найти модераторов: 2, сборщиков: 2."), "\(result.error)")
        #expect(!result.error.contains("--drop-unregistered"))
    }

    @Test func theOriginalTreeIsKept() throws {
        let folder = setUp(windows1251(Self.registrations()))
        defer { folder.cleanUp() }
        let out = runCLI(["groups", "session.json", "--roster", "reg.csv"], directory: folder.url.path).output
        #expect(out.hasPrefix("{\n  \"$schema\": \"session.schema.json\",\n  \"version\": 1,\n  \"title\": \"Сессия\","))
        #expect(out.contains("\"room\": \"https://zoom.us/j/1\""))
        #expect(out.contains("{\n          \"name\": \"Группа 1\",\n          \"kind\": \"participants\",\n          \"members\": [\n"))
        let loaded = SessionLoader.load(SourceFile(name: "out.json", bytes: Array(out.utf8)))
        #expect(!loaded.structural.hasStructuralError)
        // The plan in progress lacks moderators and collectors, nothing else.
        #expect(loaded.findings.allSatisfy { [.groupModerator, .groupCollector].contains($0.code) })
    }

    @Test func everyProblemWithItsRowAndNothingWritten() throws {
        let csv = """
        ФИО,Направление,Организация
        Петрова Анна Ивановна,rural,Библиотека

        ,rural,Библиотека
        Глебов Борис,Сельскии библиотеки,"ЦБС, Заречье"
        Петрова  Анна Ивановна,rural,
        "Смирнова
        Вера",school,
        Кто-то Ещё,направление 9,

        """
        let folder = setUp(Array(csv.utf8))
        defer { folder.cleanUp() }
        let result = runCLI(["groups", "session.json", "--roster", "reg.csv", "-o", "out.json"], directory: folder.url.path)
        #expect(result.status == .invalid)
        #expect(result.output.isEmpty)
        let lines = result.error.split(separator: "\n").map(String.init).filter { $0.hasPrefix("reg.csv:") }
        #expect(lines.contains { $0.hasPrefix("reg.csv:4:1: error: this row has no name") && $0.hasSuffix("[roster-name]") })
        #expect(lines.contains { $0.hasPrefix("reg.csv:5:2: error: there is no direction «Сельскии библиотеки»; did you mean direction 1 «Сельские библиотеки» (rural)?") })
        #expect(lines.contains { $0.hasPrefix("reg.csv:6:1: error: «Петрова Анна Ивановна» is registered twice (rows 2 and 6)") })
        #expect(lines.contains { $0 == "reg.csv:2:1: note: the first registration of «Петрова Анна Ивановна» is here" })
        // A quoted name across two lines is still row 7; the next record is row 8.
        #expect(lines.contains { $0.hasPrefix("reg.csv:7:2: error: direction «Школьные библиотеки» has only 1 person") && $0.hasSuffix("[roster-too-few]") })
        #expect(result.error.contains("merge the direction with another one"))
        #expect(lines.contains { $0.hasPrefix("reg.csv:8:2: error: there is no direction «направление 9»") })
        #expect(result.error.hasSuffix("no groups were formed and nothing was written\n"))
        #expect(contents(folder, "out.json") == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["reg.csv", "session.json"])
        // The caret is under the cell, not under the column number.
        #expect(result.error.contains("    5 | Глебов Борис,Сельскии библиотеки,\"ЦБС, Заречье\"\n      |              ^\n"))
    }

    @Test func outputFileIsAtomicAndNeverTheInputWithoutOverwrite() throws {
        let folder = setUp(windows1251(Self.registrations()))
        defer { folder.cleanUp() }
        let dir = folder.url.path
        let refused = runCLI(["groups", "session.json", "--roster", "reg.csv", "-o", "./session.json"], directory: dir)
        #expect(refused.status == .usage)
        #expect(refused.error == "sessionplan: ./session.json is the input file; it is not written over unless you add --overwrite (or choose another -o file)\n")
        #expect(contents(folder, "session.json") == Self.session)
        let rosterRefused = runCLI(["groups", "session.json", "--roster", "reg.csv", "-o", "reg.csv", "--overwrite"], directory: dir)
        #expect(rosterRefused.status == .usage)   // the roster is never replaced, not even with --overwrite
        #expect(rosterRefused.error == "sessionplan: reg.csv is the registration list; it is never written over, even with --overwrite: choose another -o file\n")
        #expect(FileManager.default.contents(atPath: folder.url.appendingPathComponent("reg.csv").path) == Data(windows1251(Self.registrations())))

        let folder2 = setUp(windows1251(Self.registrations()))
        defer { folder2.cleanUp() }
        let dir2 = folder2.url.path
        let written = runCLI(["groups", "session.json", "--roster", "reg.csv", "-o", "out.json"], directory: dir2)
        #expect(written.status == .success)
        #expect(written.output.isEmpty)
        let out = try #require(contents(folder2, "out.json"))
        #expect(out == runCLI(["groups", "session.json", "--roster", "reg.csv"], directory: dir2).output)
        // An existing output that is not an input is replaced; nothing else is left in the folder.
        _ = folder2.write("out.json", "old")
        #expect(runCLI(["groups", "session.json", "--roster", "reg.csv", "-o", "out.json"], directory: dir2).status == .success)
        #expect(contents(folder2, "out.json") == out)
        // --overwrite replaces the session file itself, atomically.
        let replaced = runCLI(["groups", "session.json", "--roster", "reg.csv", "-o", "session.json", "--overwrite"], directory: dir2)
        #expect(replaced.status == .success)
        #expect(contents(folder2, "session.json") == out)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir2).sorted() == ["out.json", "reg.csv", "session.json"])
    }

    @Test func brokenSessionAndMissingRoster() {
        let folder = setUp(Array("ФИО;Направление\n".utf8), session: #"{"version": 1, "title": "x", "timezone": "Europe/Moscow", "days": [], "colour": 1}"#)
        defer { folder.cleanUp() }
        let broken = runCLI(["groups", "session.json", "--roster", "reg.csv"], directory: folder.url.path)
        #expect(broken.status == .invalid)
        #expect(broken.output.isEmpty)
        #expect(broken.error.contains("session.json:1:"))
        let missing = runCLI(["groups", "session.json", "--roster", "missing.csv"], directory: folder.url.path)
        #expect(missing.status == .usage)
        #expect(missing.error == "sessionplan: missing.csv: no such file\n")
        let noRoster = runCLI(["groups", "session.json"], directory: folder.url.path)
        #expect(noRoster.status == .usage)
        #expect(noRoster.error.contains("--roster REGISTRATIONS.csv"))
    }
}
