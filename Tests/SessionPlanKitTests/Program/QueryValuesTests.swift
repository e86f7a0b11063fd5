import Foundation
import Testing
@testable import SessionPlanKit

/// `--day`, `--tz`, `--role` and `--direction` accept what the tool itself prints.
@Suite struct QueryValuesTests {
    @Test func aDayIsAlsoWrittenAsStatsPrintsIt() {
        let december30 = CalendarDate(year: 2026, month: 12, day: 30)!
        #expect(ProgramQuery.daySelector("30.12.2026") == .success(.date(december30)))
        #expect(ProgramQuery.daySelector("1.2.2027") == .success(.date(CalendarDate(year: 2027, month: 2, day: 1)!)))
        #expect(ProgramQuery.daySelector("30.02.2026") == .failure(.malformedDay("30.02.2026")))
        #expect(ProgramQuery.daySelector("30.12.26") == .failure(.malformedDay("30.12.26")))
        #expect(ProgramQuery.daySelector("٣.12.2026") == .failure(.malformedDay("٣.12.2026")))
    }

    @Test func aZoneIsAlsoACityInRussianOrEnglish() throws {
        #expect(ProgramQuery.timeZone("Владивосток") == .success(try zone("Asia/Vladivostok")))
        #expect(ProgramQuery.timeZone("владивосток") == .success(try zone("Asia/Vladivostok")))
        #expect(ProgramQuery.timeZone("Vladivostok") == .success(try zone("Asia/Vladivostok")))
        #expect(ProgramQuery.timeZone("Омск") == .success(try zone("Asia/Omsk")))
        #expect(ProgramQuery.timeZone("Москва") == .success(try zone("Europe/Moscow")))
        #expect(ProgramQuery.timeZone("New York") == .success(try zone("America/New_York")))
        #expect(ProgramQuery.timeZone("Asia/Omsk") == .success(try zone("Asia/Omsk")))
        guard case .failure = ProgramQuery.timeZone("Атлантида") else { Issue.record("a made-up city is a zone"); return }
    }

    /// The reference session was the Amur forum's: its organizers write «Благовещенск», «Хабаровск»
    /// (no zone is named after either), a region as registrations give it, or «МСК+6» as programs do.
    @Test func aZoneIsAlsoARegionItsCapitalOrAnOffsetFromMoscow() throws {
        #expect(ProgramQuery.timeZone("Благовещенск") == .success(try zone("Asia/Yakutsk")))
        #expect(ProgramQuery.timeZone("Хабаровск") == .success(try zone("Asia/Vladivostok")))
        #expect(ProgramQuery.timeZone("Орёл") == .success(try zone("Europe/Moscow")))
        #expect(ProgramQuery.timeZone("Ростов-на-Дону") == .success(try zone("Europe/Moscow")))
        #expect(ProgramQuery.timeZone("Хабаровский край") == .success(try zone("Asia/Vladivostok")))
        #expect(ProgramQuery.timeZone("Амурская обл.") == .success(try zone("Asia/Yakutsk")))
        #expect(ProgramQuery.timeZone("МСК+6") == .success(try zone("Asia/Yakutsk")))
        #expect(ProgramQuery.timeZone("мск") == .success(try zone("Europe/Moscow")))
        #expect(ProgramQuery.timeZone("MSK+7") == .success(try zone("Asia/Vladivostok")))
        #expect(ProgramQuery.timeZone("МСК−1") == .success(try zone("Europe/Kaliningrad")))
        // A capital in Latin letters, as an English speaker or a zone-like name writes it.
        #expect(ProgramQuery.timeZone("Kazan") == .success(try zone("Europe/Moscow")))
        #expect(ProgramQuery.timeZone("Blagoveshchensk") == .success(try zone("Asia/Yakutsk")))
        #expect(ProgramQuery.timeZone("Khabarovsk") == .success(try zone("Asia/Vladivostok")))
        for nowhere in ["МСК+15", "МСК+", "МСК+4ч", "Благовещенская", "Kazanskaya", "Europe/Kazan"] {
            guard case .failure = ProgramQuery.timeZone(nowhere) else { Issue.record("«\(nowhere)» is a zone"); continue }
        }
    }

    @Test func everyEnglishCityNamesOneZone() {
        // `Europe/Kiev` and `Europe/Kyiv` are one city in two spellings; no city name stands for two areas.
        #expect(QueryValues.englishCityZones["vladivostok"] == "Asia/Vladivostok")
        let ends = KnownTimeZones.sorted.compactMap { $0.split(separator: "/").last.map { $0.lowercased() } }
        for (city, _) in QueryValues.englishCityZones { #expect(ends.filter { $0 == city }.count == 1, "\(city)") }
    }

    @Test func aRoleIsAlsoItsRussianWord() {
        #expect(ProgramQuery.role("модераторы") == .success(.moderators))
        #expect(ProgramQuery.role("Модератор") == .success(.moderators))
        #expect(ProgramQuery.role("лидеры") == .success(.leaders))
        #expect(ProgramQuery.role("сборщики") == .success(.collectors))
        #expect(ProgramQuery.role("участник") == .success(.participants))
        #expect(ProgramQuery.role("эксперты") == .success(.experts))
        #expect(ProgramQuery.role("организаторы") == .success(.organizers))
        #expect(ProgramQuery.role("модератры") == .failure(.unknownRole("модератры", suggestion: "модераторы")))
    }

    @Test func aDirectionIsAlsoItsNumber() throws {
        let session = try referenceSession()
        let second = try #require(session.directions.first { $0.number == 2 })
        let view = try ProgramView(session: session, query: ProgramQuery(direction: "2"))
        #expect(view.direction?.id == second.id)
        #expect(throws: ProgramQueryError.self) { try ProgramView(session: session, query: ProgramQuery(direction: "99")) }
    }

    @Test func theCommandsTakeThePrintedValues() throws {
        let path = RepositoryPaths.examples.appendingPathComponent("tochka-kipeniya.json").path
        let session = try referenceSession()
        let first = try #require(session.days.first).date
        let dotted = "\(first.day < 10 ? "0" : "")\(first.day).\(first.month < 10 ? "0" : "")\(first.month).\(first.year)"
        for arguments in [["agenda", path, "--direction", "2"], ["agenda", path, "--tz", "Владивосток"],
                          ["agenda", path, "--day", dotted], ["agenda", path, "--role", "модераторы"],
                          ["export", path, "--to", "markdown", "--tz", "Vladivostok", "--role", "эксперты"]] {
            let result = runCLI(arguments)
            #expect(result.status == .success, "\(arguments): \(result.error)")
        }
        #expect(runCLI(["agenda", path, "--tz", "Владивосток"]).output == runCLI(["agenda", path, "--tz", "Asia/Vladivostok"]).output)
        #expect(runCLI(["agenda", path, "--day", dotted]).output == runCLI(["agenda", path, "--day", "1"]).output)
    }
}
