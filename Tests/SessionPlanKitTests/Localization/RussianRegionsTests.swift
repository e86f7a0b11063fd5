import Foundation
import Testing
@testable import SessionPlanKit

/// The table of the Russian Federation's subjects: every subject, every name
/// registrations use, a zone Foundation knows; a person's own zone.
@Suite struct RussianRegionsTests {
    @Test func theTableHasAllEightyNineSubjectsOnce() {
        #expect(RussianRegions.subjects.count == 89)
        #expect(Set(RussianRegions.subjects.map(\.name)).count == 89)
        for added in ["Донецкая Народная Республика", "Луганская Народная Республика", "Запорожская область", "Херсонская область"] {
            #expect(RussianRegions.subjects.contains { $0.name == added })
        }
    }

    @Test(arguments: RussianRegions.subjects.map(\.name))
    func everySubjectHasAKnownZoneUnderEveryName(name: String) throws {
        let subject = try #require(RussianRegions.subjects.first { $0.name == name })
        #expect(TimeZone(identifier: subject.zone) != nil, "\(subject.zone) is not a zone Foundation knows")
        for written in [subject.name] + subject.aliases + (subject.capital.map { [$0] } ?? []) {
            #expect(RussianRegions.subject(written)?.name == subject.name, "«\(written)» does not name \(subject.name)")
            #expect(RussianRegions.subject(written.uppercased())?.name == subject.name)
        }
    }

    @Test(arguments: [
        ("г. Москва", "Europe/Moscow"), ("Москва", "Europe/Moscow"), ("город Москва", "Europe/Moscow"),
        ("Республика Саха (Якутия)", "Asia/Yakutsk"), ("Якутия", "Asia/Yakutsk"),
        ("ХМАО – Югра", "Asia/Yekaterinburg"), ("Ханты-Мансийский автономный округ — Югра", "Asia/Yekaterinburg"),
        ("ХМАО-Югра", "Asia/Yekaterinburg"), ("Кузбасс", "Asia/Novokuznetsk"), ("Кемеровская обл.", "Asia/Novokuznetsk"),
        ("Свердловская обл.", "Asia/Yekaterinburg"), ("  амурская   область ", "Asia/Yakutsk"), ("Приморский край", "Asia/Vladivostok"),
        ("Респ. Татарстан", "Europe/Moscow"), ("Удмуртская Республика", "Europe/Samara"), ("Республика Марий-Эл", "Europe/Moscow"),
        ("Чувашия", "Europe/Moscow"), ("Северная Осетия – Алания", "Europe/Moscow"), ("г. Санкт-Петербург", "Europe/Moscow"),
        ("Севастополь", "Europe/Simferopol"), ("Калининградская область", "Europe/Kaliningrad"), ("Чукотский АО", "Asia/Anadyr"),
        ("Ямало-Ненецкий АО", "Asia/Yekaterinburg"), ("Ненецкий АО", "Europe/Moscow"), ("Камчатский край", "Asia/Kamchatka"),
        ("Тюменская область", "Asia/Yekaterinburg"), ("Республика Алтай", "Asia/Barnaul"), ("Алтайский край", "Asia/Barnaul"),
        ("Ёврейская АО", "Asia/Vladivostok"),
        // A registration's «регион» is often the city: a subject's capital is that subject.
        ("Благовещенск", "Asia/Yakutsk"), ("г. Хабаровск", "Asia/Vladivostok"), ("Южно-Сахалинск", "Asia/Sakhalin"),
        ("Улан-Удэ", "Asia/Irkutsk"), ("Нижний Новгород", "Europe/Moscow"), ("Ижевск", "Europe/Samara"),
        ("Петропавловск-Камчатский", "Asia/Kamchatka"), ("Ханты-Мансийск", "Asia/Yekaterinburg"), ("Кемерово", "Asia/Novokuznetsk"),
    ])
    func registrationsSpellings(written: String, zone: String) {
        #expect(RussianRegions.zone(of: written)?.identifier == zone, "«\(written)»")
    }

    @Test func namesThatAreNotSubjectsHaveNoZone() {
        for text in ["", "—", "Казахстан", "Московская и Тверская области", String(repeating: "область ", count: 1000)] {
            #expect(RussianRegions.zone(of: text) == nil, "«\(text.prefix(30))»")
        }
    }
}
