import Foundation
import Testing
@testable import SessionPlanKit

/// `stats`: people without contacts, and registrants not yet in a group.
@Suite struct PeopleContactsTests {
    static let session = """
    {"version": 1, "title": "Сессия", "timezone": "Europe/Moscow",
     "people": [{"name": "Орлова Надежда Павловна", "email": "orlova@example.org"}, {"name": "Андреева Мария Сергеевна", "position": "директор"}],
     "days": [{"date": "2021-09-21", "slots": [{"start": "09:00", "end": "11:00", "title": "Работа в группах", "kind": "group-work", "speakers": ["Андреева М. С."]}]}],
     "directions": [{"id": "rural", "title": "Сельские библиотеки", "leaders": ["Орлова Надежда Павловна"],
       "groups": [{"name": "Группа 1", "members": ["Белов Пётр Ильич"]}]}]}
    """

    @Test func peopleWithoutContactsAndRegistrantsNotInAGroup() {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        _ = folder.write("s.json", Self.session)
        _ = folder.write("reg.csv", "ФИО;Направление\nБелов Пётр Ильич;rural\nВоронин Пётр Ильич;rural\n")
        let plain = runCLI(["stats", "s.json"], directory: folder.url.path)
        #expect(plain.status == .success)
        // Андреева Мария Сергеевна is only in `people`: she has no role, and no link to send.
        #expect(plain.output.contains("Без e-mail и телефона: 2 из 3 — Андреева М. С., Белов Пётр Ильич."), "\(plain.output)")
        #expect(plain.output.contains("Всего людей с ролью в сессии, вместе с ведущим, архитекторами, выступающими, модераторами пунктов программы и командой: 3."))
        #expect(!plain.output.contains("не в группе"))
        let listed = runCLI(["stats", "s.json", "--roster", "reg.csv"], directory: folder.url.path)
        #expect(listed.output.contains("Зарегистрированы, но ещё не в группе: 1 человек — Воронин Пётр Ильич"), "\(listed.output)")
    }

    @Test func agendaAndExportAcceptInitialsAndASurname() {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        _ = folder.write("s.json", Self.session)
        for name in ["Андреева М. С.", "Андреева М.С.", "Андреева"] {
            let agenda = runCLI(["agenda", "s.json", "--person", name], directory: folder.url.path)
            #expect(agenda.status == .success, "\(name): \(agenda.error)")
            let export = runCLI(["export", "s.json", "--to", "csv", "--person", name], directory: folder.url.path)
            #expect(export.status == .success, "\(name): \(export.error)")
        }
    }

    /// The count of people and the count the contacts are of are one number: the team and the
    /// slots' moderators are people of the session too.
    @Test func everyoneIsCountedOnceTheSameWay() throws {
        let session = try #require(SessionLoader.load(RepositoryPaths.example("in-person.json")).session)
        let statistics = SessionStatistics(session)
        #expect(statistics.everyone == PeopleContacts(session).everyone)
        #expect(statistics.everyone == 46)
    }
}
