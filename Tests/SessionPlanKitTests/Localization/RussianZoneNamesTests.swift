import Foundation
import Testing
@testable import SessionPlanKit

/// Every zone of Russia has its Russian name and adjective; UTC prints as UTC.
@Suite struct RussianZoneNamesTests {
    static let russianZones = [
        "Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara", "Europe/Ulyanovsk", "Asia/Yekaterinburg", "Asia/Omsk",
        "Asia/Novosibirsk", "Asia/Barnaul", "Asia/Tomsk", "Asia/Novokuznetsk", "Asia/Krasnoyarsk", "Asia/Irkutsk",
        "Asia/Chita", "Asia/Yakutsk", "Asia/Khandyga", "Asia/Vladivostok", "Asia/Ust-Nera", "Asia/Magadan",
        "Asia/Sakhalin", "Asia/Srednekolymsk", "Asia/Kamchatka", "Asia/Anadyr", "Europe/Volgograd", "Europe/Saratov",
        "Europe/Kirov", "Europe/Astrakhan", "Europe/Simferopol",
    ]

    @Test(arguments: russianZones)
    func everyZoneOfRussiaHasRussianWords(id: String) throws {
        let zone = try #require(TimeZone(identifier: id))
        let words = ProgramDates.zone(zone, at: Date(timeIntervalSince1970: 1_632_200_000), in: .ru)
        #expect(words.hasPrefix("время ") && !words.hasPrefix("время:"), "\(words)")
        let city = ProgramDates.shortZoneName(zone, in: .ru)
        #expect(city.unicodeScalars.allSatisfy { !("A"..."z").contains($0) }, "\(city)")
    }

    @Test func omskIsOmskTime() throws {
        let zone = try #require(TimeZone(identifier: "Asia/Omsk"))
        #expect(ProgramDates.zone(zone, at: Date(timeIntervalSince1970: 1_632_200_000), in: .ru) == "время омское (Asia/Omsk, UTC+6)")
        #expect(ProgramDates.shortZoneName(zone, in: .ru) == "Омск")
    }

    @Test func utcPrintsAsUTC() throws {
        let zone = try #require(KnownTimeZones.zone(named: "UTC"))
        #expect(ProgramDates.zone(zone, at: Date(timeIntervalSince1970: 0), in: .ru).contains("UTC ("))
        #expect(!ProgramDates.zone(zone, at: Date(timeIntervalSince1970: 0), in: .en).contains("GMT"))
        #expect(ProgramDates.shortZoneName(zone, in: .en) == "UTC")
    }
}
