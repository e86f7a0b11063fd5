import Foundation
import Testing
@testable import SessionPlanKit

/// A session built from JSON text, for the views' tests.
func programSession(_ json: String) throws -> Session {
    let loaded = SessionLoader.load(SourceFile(name: "test.json", bytes: Array(json.utf8)))
    return try #require(loaded.session, "the test session does not build: \(loaded.structural.map(\.message.en))")
}

/// The reference session of the examples.
func referenceSession() throws -> Session {
    let data = try Data(contentsOf: RepositoryPaths.examples.appendingPathComponent("tochka-kipeniya.json"))
    let loaded = SessionLoader.load(SourceFile(name: "tochka-kipeniya.json", bytes: [UInt8](data)))
    return try #require(loaded.session)
}

func zone(_ id: String) throws -> TimeZone { try #require(TimeZone(identifier: id)) }

@Suite struct ProgramViewTests {
    static let evening = """
        { "version": 1, "title": "Вечер", "timezone": "Europe/Moscow",
          "days": [ { "date": "2021-09-21", "slots": [
              { "start": "09:00", "end": "10:00", "title": "Утро" },
              { "start": "20:00", "end": "21:00", "title": "Вечер" } ] } ] }
        """

    @Test func acrossMidnightTheSlotIsListedUnderTheNextDayThere() throws {
        let session = try programSession(Self.evening)
        let view = try ProgramView(session: session, query: ProgramQuery(timeZones: [zone("Asia/Vladivostok")]))
        #expect(view.days.count == 2)
        let morning = try #require(view.days.first?.entries.first)
        #expect(morning.times[0].date == CalendarDate(year: 2021, month: 9, day: 21))
        #expect(morning.times[0].start.description == "16:00")
        let evening = try #require(view.days.last?.entries.first)
        #expect(evening.slot.title == "Вечер")
        #expect(evening.times[0].date == CalendarDate(year: 2021, month: 9, day: 22))
        #expect(evening.times[0].start.description == "03:00")
        #expect(evening.times[0].end.description == "04:00")
        #expect(view.days.last?.isContinuation == true)
        #expect(view.days.last?.date == CalendarDate(year: 2021, month: 9, day: 22))
        #expect(view.dates == CalendarDate(year: 2021, month: 9, day: 21)!...CalendarDate(year: 2021, month: 9, day: 22)!)
    }

    @Test func acrossMidnightTheAgendaPrintsTheNextDate() throws {
        let session = try programSession(Self.evening)
        let view = try ProgramView(session: session, query: ProgramQuery(timeZones: [zone("Asia/Vladivostok")]))
        let text = AgendaRenderer(width: 80).render(view)
        #expect(text.contains("День 1 · вторник, 21 сентября 2021 г.\n\n16:00–17:00  Утро\n"))
        #expect(text.contains("День 1 (продолжение) · среда, 22 сентября 2021 г.\n\n03:00–04:00  Вечер\n"))
        #expect(text.contains("время владивостокское (Asia/Vladivostok, UTC+10)"))
    }

    @Test func acrossSummerTimeTheOffsetsComeFromTheCalendar() throws {
        // On 20 March 2021 New York was already on summer time (UTC−4), Berlin not yet (UTC+1):
        // five hours apart, not the usual six.
        let session = try programSession("""
            { "version": 1, "title": "Berlin", "language": "en", "timezone": "Europe/Berlin",
              "days": [ { "date": "2021-03-20", "slots": [ { "start": "10:00", "end": "11:00", "title": "Talk" } ] },
                        { "date": "2021-04-20", "slots": [ { "start": "10:00", "end": "11:00", "title": "Talk" } ] } ] }
            """)
        let view = try ProgramView(session: session, query: ProgramQuery(timeZones: [zone("America/New_York")]))
        let times = view.entries.map { $0.times[0] }
        #expect(times.map(\.start.description) == ["05:00", "04:00"])
        #expect(times[0].date == CalendarDate(year: 2021, month: 3, day: 20))
        #expect(view.entries[0].start == Date(timeIntervalSince1970: 1_616_230_800))   // 2021-03-20T09:00Z
    }

    @Test func dayByNumberAndByDate() throws {
        let session = try referenceSession()
        let second = try ProgramView(session: session, query: ProgramQuery(day: .number(2)))
        #expect(second.days.map(\.day.number) == [2])
        #expect(second.entries.count == 8)
        let byDate = try ProgramView(session: session, query: ProgramQuery(day: .date(CalendarDate(year: 2021, month: 9, day: 21)!)))
        #expect(byDate.days.map(\.day.number) == [1])
        #expect(byDate.entries.count == 11)
        #expect(throws: ProgramQueryError.dayNumberOutOfRange(3, dayCount: 2)) {
            try ProgramView(session: session, query: ProgramQuery(day: .number(3)))
        }
        #expect(throws: ProgramQueryError.self) {
            try ProgramView(session: session, query: ProgramQuery(day: .date(CalendarDate(year: 2021, month: 9, day: 23)!)))
        }
    }

    @Test func daySelectorParsesNumbersAndDates() {
        #expect(ProgramQuery.daySelector("2") == .success(.number(2)))
        #expect(ProgramQuery.daySelector("2021-09-22") == .success(.date(CalendarDate(year: 2021, month: 9, day: 22)!)))
        #expect(ProgramQuery.daySelector("2021-02-30") == .failure(.malformedDay("2021-02-30")))
        #expect(ProgramQuery.daySelector("завтра") == .failure(.malformedDay("завтра")))
    }

    @Test func roleViewKeepsTheSlotsThatConcernTheRole() throws {
        let session = try referenceSession()
        let moderators = try ProgramView(session: session, query: ProgramQuery(role: .moderators))
        #expect(moderators.entries.count == 19)
        #expect(moderators.entries.allSatisfy { !$0.isOptional })
        let participants = try ProgramView(session: session, query: ProgramQuery(role: .participants))
        #expect(participants.entries.count == 18)   // not the closed circle of leaders and moderators
        let reflection = try #require(participants.entries.last)
        #expect(reflection.slot.kind == .reflection)
        #expect(reflection.isOptional)
        #expect(reflection.reasons == [.optional(.participants)])
        #expect(ProgramQuery.role("moderator") == .success(.moderators))
        #expect(ProgramQuery.role("moderater") == .failure(.unknownRole("moderater", suggestion: "moderators")))
    }

    @Test func directionViewNamesItsGroupsDuringGroupWork() throws {
        let session = try referenceSession()
        let view = try ProgramView(session: session, query: ProgramQuery(direction: "rural"))
        #expect(view.direction?.number == 2)
        let groupWork = view.entries.filter { $0.slot.kind == .groupWork }
        #expect(groupWork.count == 2)
        #expect(groupWork[0].groups.map(\.groupName) == ["Лидерская группа", "Группа 1"])
        #expect(groupWork[0].groups.map(\.room) == ["https://zoom.us/j/1000000003", "https://zoom.us/j/1000000004"])
        #expect(throws: ProgramQueryError.unknownDirection("rurl", suggestion: "rural",
                                                           known: ["school", "rural", "model-libraries", "creative", "social-hub"])) {
            try ProgramView(session: session, query: ProgramQuery(direction: "rurl"))
        }
    }

    @Test func personViewOfAModerator() throws {
        let session = try referenceSession()
        let view = try ProgramView(session: session, query: ProgramQuery(person: "Абрамова Елена Сергеевна"))
        let person = try #require(view.person)
        #expect(person.roles == [.moderators])
        #expect(person.summary(in: .ru)
                == "модератор группы «Лидерская группа» направления 1 «Школьные библиотеки и „Точки кипения“»")
        #expect(view.entries.count == 19)   // everything, the closed circle included
        let groupWork = view.entries.filter { $0.slot.kind == .groupWork }
        #expect(groupWork.allSatisfy { $0.groups.map(\.groupName) == ["Лидерская группа"] && $0.groups[0].directionNumber == 1 })
    }

    @Test func personViewOfAMemberAndOfASpeaker() throws {
        let session = try referenceSession()
        let member = try ProgramView(session: session, query: ProgramQuery(person: "Гусева Вера Аркадьевна"))
        #expect(member.person?.roles == [.participants])
        #expect(member.entries.count == 18)
        #expect(member.entries.last?.isOptional == true)
        let speaker = try ProgramView(session: session, query: ProgramQuery(person: "праскова оксана сергеевна"))
        #expect(speaker.person?.name == "Праскова Оксана Сергеевна")
        #expect(speaker.person?.assignments == [.speaker])
        #expect(speaker.entries.filter { $0.reasons.contains(.speaker) }.count == 2)
        let leader = try ProgramView(session: session, query: ProgramQuery(person: "Сулейманова Лариса Александровна"))
        #expect(leader.person?.summary(in: .ru).hasPrefix("лидер направления 3 «Модельные библиотеки") == true)
        #expect(leader.person?.summary(in: .ru).hasSuffix(", выступает в программе") == true)
        // A leader sees the groups of their direction during group work.
        #expect(leader.entries.first { $0.slot.kind == .groupWork }?.groups.count == 2)
    }

    @Test func personByTheSurnameAloneWhenItIsUnique() throws {
        let session = try referenceSession()
        let view = try ProgramView(session: session, query: ProgramQuery(person: "Абрамова"))
        #expect(view.person?.name == "Абрамова Елена Сергеевна")
    }

    @Test func unknownPersonSuggestsTheClosestNames() throws {
        let session = try referenceSession()
        #expect(throws: ProgramQueryError.unknownPerson("Абрамов Елена Сергеевна", suggestions: ["Абрамова Елена Сергеевна"])) {
            try ProgramView(session: session, query: ProgramQuery(person: "Абрамов Елена Сергеевна"))
        }
        // A misspelt surname alone is compared with surnames.
        #expect(throws: ProgramQueryError.unknownPerson("Орлва", suggestions: ["Орлова Надежда Павловна"])) {
            try ProgramView(session: session, query: ProgramQuery(person: "Орлва"))
        }
        // Nothing close: no suggestion, rather than an unrelated name.
        #expect(throws: ProgramQueryError.unknownPerson("Smith", suggestions: [])) {
            try ProgramView(session: session, query: ProgramQuery(person: "Smith"))
        }
        // ё and е are one letter when looking a person up.
        let yo = try ProgramView(session: session, query: ProgramQuery(person: "ОРЛОВА НАДЕЖДА ПАВЛОВНА"))
        #expect(yo.person?.name == "Орлова Надежда Павловна")
    }

    @Test func personRolesOfTheHostAndArchitect() throws {
        let session = try referenceSession()
        let host = try #require(PersonRoles.lookup("Бимурзаев  Д. С.", in: session))
        #expect(host.assignments == [.host, .architect])
        #expect(host.roles == [.organizers])
        #expect(host.summary(in: .en) == "host of the session, architect of the session")
    }

    @Test func filtersCombine() throws {
        let session = try referenceSession()
        let view = try ProgramView(session: session, query: ProgramQuery(day: .number(1), role: .leaders, direction: "school"))
        #expect(view.days.count == 1)
        #expect(view.entries.count == 11)
    }
}
