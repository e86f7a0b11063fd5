import Foundation
import Testing
@testable import SessionPlanKit

/// `groups` and the people of a registration list: their details go into
/// `people`, one person registered twice is found however it was typed, and a
/// re-run with late or withdrawn registrants never leaves a group too small.
@Suite struct GroupsPeopleTests {
    /// One direction «Школьные библиотеки» whose only group has `members`.
    static func session(members: [String], people: String = "") -> String {
        let list = members.map { "\"\($0)\"" }.joined(separator: ", ")
        let groups = members.isEmpty ? "" : #", "groups": [{"name": "Группа 1", "moderator": "Модератор Школьный", "collector": "Сборщик Школьный", "members": [\#(list)]}]"#
        return """
        {
          "version": 1,
          "title": "Сессия",
          "timezone": "Europe/Moscow",\(people.isEmpty ? "" : "\n  " + people + ",")
          "days": [{"date": "2021-09-21", "slots": [{"start": "09:00", "end": "11:00", "title": "Работа в группах", "kind": "group-work"}]}],
          "directions": [{"id": "school", "title": "Школьные библиотеки", "leaders": ["Иванченко Дмитрий Алексеевич"]\(groups)}]
        }
        """
    }

    static let names = ["Абрамов Пётр Ильич", "Белов Пётр Ильич", "Воронин Пётр Ильич", "Григорьев Пётр Ильич",
                        "Дмитриев Пётр Ильич", "Егоров Пётр Ильич", "Жуков Пётр Ильич", "Зайцев Пётр Ильич",
                        "Ильин Пётр Ильич", "Козлов Пётр Ильич", "Лебедев Пётр Ильич", "Морозов Пётр Ильич"]

    static func list(_ names: [String]) -> String {
        "ФИО;Направление;Организация;Регион;E-mail;Телефон\n" + names.enumerated().map { index, name in
            "\(name);school;Школа \(index % 3);Амурская область;p\(index)@example.org;+7 900 000-00-0\(index % 10)"
        }.joined(separator: "\n") + "\n"
    }

    private func run(_ session: String, _ csv: String, _ extra: [String] = []) -> (CLIResult, TemporaryFolder) {
        let folder = TemporaryFolder()
        _ = folder.write("session.json", session)
        _ = folder.write("reg.csv", csv)
        let result = runCLI(["groups", "session.json", "--roster", "reg.csv", "--lang", "ru"] + extra, directory: folder.url.path)
        return (result, folder)
    }

    private func load(_ text: String) throws -> Session {
        try #require(SessionLoader.load(SourceFile(name: "out.json", bytes: Array(text.utf8)), checkRules: false).session)
    }

    @Test func detailsGoIntoPeople() throws {
        let (result, folder) = run(Self.session(members: []), Self.list(Array(Self.names.prefix(6))))
        defer { folder.cleanUp() }
        #expect(result.status == .success, "\(result.error)")
        let session = try load(result.output)
        #expect(session.people.count == 6)
        let first = try #require(session.people.first)
        #expect(first.name.name == "Абрамов Пётр Ильич")
        #expect(first.organization == "Школа 0")
        #expect(first.region == "Амурская область")
        #expect(first.email == "p0@example.org")
        #expect(first.phone == "+7 900 000-00-00")
        #expect(result.error.contains("новых записей — 6, дополнено — 0"))
        #expect(result.error.contains("Сведения из списка (организация, регион, e-mail, телефон) записаны"))
        #expect(!result.error.contains("нет столбца"))
    }

    @Test func namesWrittenInCapitalsAreSaid() throws {
        let csv = "ФИО;Направление;E-mail\n" + Self.names.prefix(6).enumerated().map { index, name in
            "\(index < 2 ? name.uppercased() : name);school;p\(index)@example.org"
        }.joined(separator: "\n") + "\n"
        let (result, folder) = run(Self.session(members: []), csv)
        defer { folder.cleanUp() }
        #expect(result.status == .success, "\(result.error)")
        #expect(try load(result.output).directions.first?.groups.first?.members.map(\.name).prefix(2) == ["Абрамов Пётр Ильич", "Белов Пётр Ильич"])
        #expect(result.error.contains("ФИО, написанные заглавными или строчными буквами, записаны как имена: 2 («АБРАМОВ ПЁТР ИЛЬИЧ» → «Абрамов Пётр Ильич», «БЕЛОВ ПЁТР ИЛЬИЧ» → «Белов Пётр Ильич»)"), "\(result.error)")
    }

    /// A file whose groups already hold a name in capitals (placed before names were recased) keeps it:
    /// the registrant stays where they are, under the file's spelling.
    @Test func aNameTheFileAlreadyHasInCapitalsIsKept() throws {
        let members = Self.names.prefix(6).enumerated().map { $0.offset == 0 ? $0.element.uppercased() : $0.element }
        let csv = "ФИО;Направление\n" + members.map { "\($0);school" }.joined(separator: "\n") + "\n"
        let (result, folder) = run(Self.session(members: Array(members)), csv)
        defer { folder.cleanUp() }
        #expect(result.status == .success, "\(result.error)")
        #expect(try load(result.output).directions.first?.groups.first?.members.first?.name == "АБРАМОВ ПЁТР ИЛЬИЧ")
        #expect(!result.error.contains("записаны как имена"))
        #expect(!result.error.contains("Больше нет в списке"))
    }

    /// The report names the details the list really has, and says when it has no e-mail column:
    /// without one `letters` writes to nobody, and a header it did not recognise is the likely cause.
    @Test func aListWithoutAnEmailColumnIsSaid() throws {
        let csv = "ФИО;Направление;Регион;Контакты\n" + Self.names.prefix(6).map { "\($0);school;Амурская область;x@y.ru" }.joined(separator: "\n") + "\n"
        let (result, folder) = run(Self.session(members: []), csv)
        defer { folder.cleanUp() }
        #expect(result.status == .success, "\(result.error)")
        #expect(result.error.contains("Сведения из списка (регион) записаны"), "\(result.error)")
        #expect(result.error.contains("В списке нет столбца e-mail"))
        #expect(result.error.contains("«Адрес электронной почты»"))
    }

    @Test func valuesTheOrganizerWroteAreKeptAndDisagreementsSaid() throws {
        let people = #""people": [{"name": "Абрамов Пётр Ильич", "position": "директор", "email": "abramov@school.ru"}]"#
        let (result, folder) = run(Self.session(members: [], people: people), Self.list(Array(Self.names.prefix(6))))
        defer { folder.cleanUp() }
        #expect(result.status == .success, "\(result.error)")
        let session = try load(result.output)
        let abramov = try #require(session.people.first)
        #expect(abramov.email == "abramov@school.ru")
        #expect(abramov.position == "директор")
        #expect(abramov.organization == "Школа 0")
        #expect(session.people.count == 6)
        #expect(result.error.contains("Абрамов Пётр Ильич (строка 2): e-mail в списке — «p0@example.org», в файле — «abramov@school.ru»; оставлено значение из файла"))
        #expect(result.error.contains("новых записей — 5, дополнено — 1"))
    }

    @Test(arguments: [
        ("Семенова Алла Федоровна", "Семёнова Алла Фёдоровна"),
        ("Андреева Мария Сергеевна", "АНДРЕЕВА  МАРИЯ СЕРГЕЕВНА"),
        ("Андреева Мария Сергеевна", "Андрeева Мария Сергеевнa"),
        ("Андреева Мария Сергеевна", "Андре\u{200B}ева Мария Сергеевна"),
    ])
    func onePersonRegisteredTwiceIsFoundHoweverTyped(first: String, second: String) {
        let names = [first] + Self.names.prefix(5) + [second]
        let (result, folder) = run(Self.session(members: []), Self.list(names), ["-o", "out.json"])
        defer { folder.cleanUp() }
        #expect(result.status == .invalid)
        #expect(result.error.contains("встречается в списке дважды (строки 2 и 8)"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out.json").path))
    }

    @Test func aLateRegistrantJoinsAGroupWithRoom() throws {
        let placed = Array(Self.names.prefix(8))
        let (result, folder) = run(Self.session(members: placed), Self.list(placed + [Self.names[8]]))
        defer { folder.cleanUp() }
        #expect(result.status == .success, "\(result.error)")
        let groups = try load(result.output).directions[0].groups
        #expect(groups.map(\.name) == ["Группа 1"])
        #expect(groups[0].members.map(\.name) == placed + [Self.names[8]])
    }

    @Test func aLateRegistrantWhoDoesNotFitIsAnErrorAndNothingIsWritten() {
        let placed = Array(Self.names.prefix(10))
        let (result, folder) = run(Self.session(members: placed), Self.list(placed + [Self.names[10]]), ["-o", "out.json"])
        defer { folder.cleanUp() }
        #expect(result.status == .invalid)
        #expect(result.error.contains("ещё не в группах 1 человек, в существующих группах свободных мест нет, лишних — 1 человек, а в новой группе должно быть не меньше 5: не хватает 4 человек"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out.json").path))
    }

    @Test func lateRegistrantsWhoDoNotFitFormAGroupOfTheirOwn() throws {
        let placed = Array(Self.names.prefix(10))
        let late = (1...5).map { "Поздний Участник \(["Первый", "Второй", "Третий", "Четвёртый", "Пятый"][$0 - 1])" }
        let (result, folder) = run(Self.session(members: placed), Self.list(placed + late))
        defer { folder.cleanUp() }
        #expect(result.status == .success, "\(result.error)")
        let groups = try load(result.output).directions[0].groups
        #expect(groups.map(\.members.count) == [10, 5])
        #expect(groups[0].members.map(\.name) == placed)
    }

    @Test func aWithdrawnRegistrantIsReportedAndKept() throws {
        let placed = Array(Self.names.prefix(7))
        let (result, folder) = run(Self.session(members: placed), Self.list(Array(placed.dropLast())))
        defer { folder.cleanUp() }
        #expect(result.status == .success, "\(result.error)")
        #expect(result.error.contains("Больше нет в списке регистраций, оставлены в группах (1); чтобы убрать их, добавьте --drop-unregistered:\n  Жуков Пётр Ильич — группа «Группа 1» направления 1\n"))
        #expect(try load(result.output).directions[0].groups[0].members.count == 7)
    }

    @Test func dropUnregisteredTakesThemOut() throws {
        let placed = Array(Self.names.prefix(7))
        let (result, folder) = run(Self.session(members: placed), Self.list(Array(placed.dropLast())), ["--drop-unregistered"])
        defer { folder.cleanUp() }
        #expect(result.status == .success, "\(result.error)")
        #expect(result.error.contains("убраны из групп (1)"))
        #expect(try load(result.output).directions[0].groups[0].members.map(\.name) == Array(placed.dropLast()))
    }

    /// One withdrawn, two new: the group loses the one and gains the two in the file written, not only in the report.
    @Test func dropUnregisteredAndNewcomersInOneGroup() throws {
        let placed = Array(Self.names.prefix(7))
        let list = Array(placed.dropLast()) + [Self.names[10], Self.names[11]]
        let (result, folder) = run(Self.session(members: placed), Self.list(list), ["--drop-unregistered"])
        defer { folder.cleanUp() }
        #expect(result.status == .success, "\(result.error)")
        #expect(try load(result.output).directions[0].groups[0].members.map(\.name) == list)
    }

    @Test func droppingNeverLeavesAGroupTooSmall() {
        let placed = Array(Self.names.prefix(5))
        let (result, folder) = run(Self.session(members: placed), Self.list(Array(placed.dropLast())), ["--drop-unregistered", "-o", "out.json"])
        defer { folder.cleanUp() }
        #expect(result.status == .invalid)
        #expect(result.error.contains("в группе «Группа 1» останется 4 человека — на 1 человек меньше минимума (5)"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out.json").path))
    }
}
