import Foundation
import Testing
@testable import SessionPlanKit

/// Dates, zones and audiences in words, in both languages.
@Suite struct ProgramWordsTests {
    let september21 = CalendarDate(year: 2021, month: 9, day: 21)!

    @Test func datesInRussianAndEnglish() {
        #expect(ProgramDates.withWeekday(september21, in: .ru) == "вторник, 21 сентября 2021 г.")
        #expect(ProgramDates.withWeekday(september21, in: .en) == "Tuesday, 21 September 2021")
        #expect(ProgramDates.range(from: september21, to: september21.adding(days: 1), in: .ru) == "21–22 сентября 2021 г.")
        #expect(ProgramDates.range(from: september21, to: september21.adding(days: 1), in: .en) == "21–22 September 2021")
        let september30 = CalendarDate(year: 2021, month: 9, day: 30)!
        #expect(ProgramDates.range(from: september30, to: september30.adding(days: 1), in: .ru) == "30 сентября – 1 октября 2021 г.")
        #expect(ProgramDates.range(from: september30, to: september30.adding(days: 1), in: .en) == "30 September – 1 October 2021")
        let newYearsEve = CalendarDate(year: 2021, month: 12, day: 31)!
        #expect(ProgramDates.range(from: newYearsEve, to: newYearsEve.adding(days: 1), in: .ru)
                == "31 декабря 2021 г. – 1 января 2022 г.")
        #expect(ProgramDates.range(from: september21, to: september21, in: .ru) == "21 сентября 2021 г.")
    }

    @Test func hoursAndZones() throws {
        let nine = ClockTime(hour: 9, minute: 0)!, one = ClockTime(hour: 13, minute: 0)!
        #expect(ProgramDates.hours(from: nine, to: one, in: .ru) == "с 9:00 до 13:00")
        #expect(ProgramDates.hours(from: nine, to: one, in: .en) == "09:00–13:00")
        let instant = ProgramClock.instant(date: september21, time: nine, in: try zone("Europe/Moscow"))
        #expect(ProgramDates.zone(try zone("Europe/Moscow"), at: instant, in: .ru) == "время московское (Europe/Moscow, UTC+3)")
        #expect(ProgramDates.zone(try zone("Europe/Moscow"), at: instant, in: .en) == "Moscow time (Europe/Moscow, UTC+3)")
        #expect(ProgramDates.zone(try zone("America/New_York"), at: instant, in: .ru) == "время: America/New_York (UTC−4)")
        #expect(ProgramDates.zone(try zone("Asia/Kolkata"), at: instant, in: .en) == "time zone: Asia/Kolkata (UTC+5:30)")
        #expect(ProgramDates.shortZoneName(try zone("America/Los_Angeles"), in: .en) == "Los Angeles")
        #expect(ProgramDates.shortZoneName(try zone("Asia/Vladivostok"), in: .ru) == "Владивосток")
    }

    @Test func audiencesInWords() throws {
        let session = try referenceSession()
        let circle = try #require(session.days[0].slots.last)
        let reflection = try #require(session.days[1].slots.last)
        #expect(ProgramWords.audience(of: circle, in: .ru) == "только лидеры направлений и модераторы · закрытая встреча")
        #expect(ProgramWords.audience(of: circle, in: .en) == "leaders and moderators only · closed meeting")
        #expect(ProgramWords.audience(of: reflection, in: .ru) == "лидеры направлений и модераторы; участники — по желанию")
        #expect(ProgramWords.audience(of: reflection, in: .en) == "leaders and moderators; optional for participants")
        #expect(ProgramWords.audience(of: session.days[0].slots[0], in: .ru) == nil)
    }

    @Test func leadersLabelAgreesWithTheCount() {
        #expect(ProgramWords.leaders(["Орлова Надежда Павловна"], in: .ru) == "Лидер: Орлова Надежда Павловна")
        #expect(ProgramWords.leaders(["А", "Б"], in: .ru) == "Лидеры: А, Б")
        #expect(ProgramWords.leaders(["A", "B"], in: .en) == "Leaders: A, B")
    }

    @Test func innerQuotesBecomeTheInnerKind() {
        #expect(ProgramWords.quoted("Школьные библиотеки и «Точки кипения»", in: .ru) == "«Школьные библиотеки и „Точки кипения“»")
        #expect(ProgramWords.quoted("The “hub”", in: .en) == "“The ‘hub’”")
    }

    @Test func findingsSummaryAgreesWithTheCounts() {
        #expect(ProgramInput.summary(errors: 3, warnings: 1, path: "s.json").ru
                == "validate найдёт 3 ошибки и 1 предупреждение (sessionplan validate s.json)")
        #expect(ProgramInput.summary(errors: 1, warnings: 0, path: "s.json").ru
                == "validate найдёт 1 ошибку (sessionplan validate s.json)")
        #expect(ProgramInput.summary(errors: 0, warnings: 5, path: "s.json").ru
                == "validate найдёт 5 предупреждений (sessionplan validate s.json)")
        #expect(ProgramInput.summary(errors: 3, warnings: 1, path: "s.json").en
                == "validate would report 3 errors and 1 warning (sessionplan validate s.json)")
    }
}

/// The session's dates listed when they do not follow each other; the day heading's «г.».
@Suite struct ProgramDateListTests {
    func date(_ month: Int, _ day: Int, _ year: Int = 2021) -> CalendarDate { CalendarDate(year: year, month: month, day: day)! }

    @Test func consecutiveDatesAreARangeOthersAreListed() {
        #expect(ProgramDates.dates([date(9, 21), date(9, 22), date(9, 23)], in: .ru) == "21–23 сентября 2021 г.")
        #expect(ProgramDates.dates([date(9, 21), date(9, 23)], in: .ru) == "21 и 23 сентября 2021 г.")
        #expect(ProgramDates.dates([date(9, 24), date(9, 21), date(9, 22)], in: .ru) == "21, 22 и 24 сентября 2021 г.")
        #expect(ProgramDates.dates([date(9, 21), date(9, 23)], in: .en) == "21 and 23 September 2021")
        #expect(ProgramDates.dates([date(9, 30), date(10, 2)], in: .ru) == "30 сентября и 2 октября 2021 г.")
        #expect(ProgramDates.dates([date(12, 30), date(1, 2, 2022)], in: .ru) == "30 декабря 2021 г. и 2 января 2022 г.")
        #expect(ProgramDates.dates([date(9, 21)], in: .ru) == "21 сентября 2021 г.")
    }

    @Test func theProgramListsTheDaysItHas() {
        let json = """
            { "version": 1, "title": "T", "timezone": "Europe/Moscow",
              "days": [ { "date": "2021-09-21", "slots": [ { "start": "09:00", "end": "10:00", "title": "A" } ] },
                        { "date": "2021-09-23", "slots": [ { "start": "09:00", "end": "10:00", "title": "B" } ] } ] }
            """
        let (folder, path) = ExportFixtures.folder(with: json)
        defer { folder.cleanUp() }
        let agenda = runCLI(["agenda", path]).output
        #expect(agenda.hasPrefix("T\n21 и 23 сентября 2021 г."), "\(agenda)")
        #expect(agenda.contains("вторник, 21 сентября 2021 г."), "\(agenda)")
    }

    @Test func theDeadlineIsInTheZoneTheHeaderNames() {
        let json = """
            { "version": 1, "title": "T", "timezone": "Europe/Moscow",
              "registration": { "url": "https://example.org/r", "deadline": "2021-09-17T23:59" },
              "days": [ { "date": "2021-09-21", "slots": [ { "start": "09:00", "end": "10:00", "title": "A" } ] } ] }
            """
        let (folder, path) = ExportFixtures.folder(with: json)
        defer { folder.cleanUp() }
        let moscow = runCLI(["export", path, "--to", "markdown"]).output
        #expect(moscow.contains("17 сентября 2021, 23:59"), "\(moscow)")
        for arguments in [["export", path, "--to", "markdown", "--tz", "Asia/Vladivostok"], ["export", path, "--to", "html", "--tz", "Asia/Vladivostok"]] {
            let output = runCLI(arguments).output
            // The HTML keeps «18 сентября» on one line with a no-break space.
            let deadline = arguments.contains("html") ? "18\u{A0}сентября 2021, 06:59" : "18 сентября 2021, 06:59"
            #expect(output.contains(deadline), "\(arguments): \(output)")
        }
    }
}
