import Foundation

/// The subjects of the Russian Federation (all 89, with the four added in
/// 2022) and their IANA time zones, as registration forms write them:
/// «г. Москва», «Москва», «Республика Саха (Якутия)», «Якутия»,
/// «ХМАО – Югра», «Кузбасс». A subject spanning several zones gets the zone
/// of its capital.
///
/// Names are compared by their distinctive words: lower case, ё as е, dashes
/// and punctuation dropped, and the generic words («республика», «область»,
/// «край», «автономный округ», «г.», «город») left out, so «Свердловская обл.»
/// and «Свердловская область» are one key.
enum RussianRegions {
    /// One subject: its official name, the other names registrations use, its zone.
    struct Subject: Sendable {
        let name: String
        let aliases: [String]
        let zone: String
    }

    /// Every subject, in the order of the Constitution's article 65.
    static let subjects: [Subject] = [
        Subject(name: "Республика Адыгея", aliases: ["Адыгея", "Адыгея (Адыгея)"], zone: "Europe/Moscow"),
        Subject(name: "Республика Алтай", aliases: ["Горный Алтай"], zone: "Asia/Barnaul"),
        Subject(name: "Республика Башкортостан", aliases: ["Башкортостан", "Башкирия"], zone: "Asia/Yekaterinburg"),
        Subject(name: "Республика Бурятия", aliases: ["Бурятия"], zone: "Asia/Irkutsk"),
        Subject(name: "Республика Дагестан", aliases: ["Дагестан"], zone: "Europe/Moscow"),
        Subject(name: "Донецкая Народная Республика", aliases: ["ДНР"], zone: "Europe/Moscow"),
        Subject(name: "Республика Ингушетия", aliases: ["Ингушетия"], zone: "Europe/Moscow"),
        Subject(name: "Кабардино-Балкарская Республика", aliases: ["Кабардино-Балкария", "КБР"], zone: "Europe/Moscow"),
        Subject(name: "Республика Калмыкия", aliases: ["Калмыкия"], zone: "Europe/Moscow"),
        Subject(name: "Карачаево-Черкесская Республика", aliases: ["Карачаево-Черкесия", "КЧР"], zone: "Europe/Moscow"),
        Subject(name: "Республика Карелия", aliases: ["Карелия"], zone: "Europe/Moscow"),
        Subject(name: "Республика Коми", aliases: ["Коми"], zone: "Europe/Moscow"),
        Subject(name: "Республика Крым", aliases: ["Крым"], zone: "Europe/Simferopol"),
        Subject(name: "Луганская Народная Республика", aliases: ["ЛНР"], zone: "Europe/Moscow"),
        Subject(name: "Республика Марий Эл", aliases: ["Марий Эл"], zone: "Europe/Moscow"),
        Subject(name: "Республика Мордовия", aliases: ["Мордовия"], zone: "Europe/Moscow"),
        Subject(name: "Республика Саха (Якутия)", aliases: ["Якутия", "Саха", "Республика Саха"], zone: "Asia/Yakutsk"),
        Subject(name: "Республика Северная Осетия — Алания", aliases: ["Северная Осетия", "Алания", "РСО-Алания"], zone: "Europe/Moscow"),
        Subject(name: "Республика Татарстан", aliases: ["Татарстан", "Республика Татарстан (Татарстан)"], zone: "Europe/Moscow"),
        Subject(name: "Республика Тыва", aliases: ["Тыва", "Тува"], zone: "Asia/Krasnoyarsk"),
        Subject(name: "Удмуртская Республика", aliases: ["Удмуртия"], zone: "Europe/Samara"),
        Subject(name: "Республика Хакасия", aliases: ["Хакасия"], zone: "Asia/Krasnoyarsk"),
        Subject(name: "Чеченская Республика", aliases: ["Чечня", "Чечня Республика"], zone: "Europe/Moscow"),
        Subject(name: "Чувашская Республика — Чувашия", aliases: ["Чувашия", "Чувашская Республика"], zone: "Europe/Moscow"),
        Subject(name: "Алтайский край", aliases: [], zone: "Asia/Barnaul"),
        Subject(name: "Забайкальский край", aliases: [], zone: "Asia/Chita"),
        Subject(name: "Камчатский край", aliases: ["Камчатка"], zone: "Asia/Kamchatka"),
        Subject(name: "Краснодарский край", aliases: ["Кубань"], zone: "Europe/Moscow"),
        Subject(name: "Красноярский край", aliases: [], zone: "Asia/Krasnoyarsk"),
        Subject(name: "Пермский край", aliases: [], zone: "Asia/Yekaterinburg"),
        Subject(name: "Приморский край", aliases: ["Приморье"], zone: "Asia/Vladivostok"),
        Subject(name: "Ставропольский край", aliases: ["Ставрополье"], zone: "Europe/Moscow"),
        Subject(name: "Хабаровский край", aliases: [], zone: "Asia/Vladivostok"),
        Subject(name: "Амурская область", aliases: [], zone: "Asia/Yakutsk"),
        Subject(name: "Архангельская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Астраханская область", aliases: [], zone: "Europe/Astrakhan"),
        Subject(name: "Белгородская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Брянская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Владимирская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Волгоградская область", aliases: [], zone: "Europe/Volgograd"),
        Subject(name: "Вологодская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Воронежская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Запорожская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Ивановская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Иркутская область", aliases: [], zone: "Asia/Irkutsk"),
        Subject(name: "Калининградская область", aliases: [], zone: "Europe/Kaliningrad"),
        Subject(name: "Калужская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Кемеровская область — Кузбасс", aliases: ["Кемеровская область", "Кузбасс"], zone: "Asia/Novokuznetsk"),
        Subject(name: "Кировская область", aliases: [], zone: "Europe/Kirov"),
        Subject(name: "Костромская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Курганская область", aliases: [], zone: "Asia/Yekaterinburg"),
        Subject(name: "Курская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Ленинградская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Липецкая область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Магаданская область", aliases: [], zone: "Asia/Magadan"),
        Subject(name: "Московская область", aliases: ["Подмосковье", "МО"], zone: "Europe/Moscow"),
        Subject(name: "Мурманская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Нижегородская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Новгородская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Новосибирская область", aliases: [], zone: "Asia/Novosibirsk"),
        Subject(name: "Омская область", aliases: [], zone: "Asia/Omsk"),
        Subject(name: "Оренбургская область", aliases: [], zone: "Asia/Yekaterinburg"),
        Subject(name: "Орловская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Пензенская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Псковская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Ростовская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Рязанская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Самарская область", aliases: [], zone: "Europe/Samara"),
        Subject(name: "Саратовская область", aliases: [], zone: "Europe/Saratov"),
        Subject(name: "Сахалинская область", aliases: ["Сахалин"], zone: "Asia/Sakhalin"),
        Subject(name: "Свердловская область", aliases: [], zone: "Asia/Yekaterinburg"),
        Subject(name: "Смоленская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Тамбовская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Тверская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Томская область", aliases: [], zone: "Asia/Tomsk"),
        Subject(name: "Тульская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Тюменская область", aliases: [], zone: "Asia/Yekaterinburg"),
        Subject(name: "Ульяновская область", aliases: [], zone: "Europe/Ulyanovsk"),
        Subject(name: "Херсонская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Челябинская область", aliases: [], zone: "Asia/Yekaterinburg"),
        Subject(name: "Ярославская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Москва", aliases: ["г. Москва", "город Москва", "Moscow"], zone: "Europe/Moscow"),
        Subject(name: "Санкт-Петербург", aliases: ["г. Санкт-Петербург", "СПб", "Петербург", "Saint Petersburg"], zone: "Europe/Moscow"),
        Subject(name: "Севастополь", aliases: ["г. Севастополь"], zone: "Europe/Simferopol"),
        Subject(name: "Еврейская автономная область", aliases: ["ЕАО"], zone: "Asia/Vladivostok"),
        Subject(name: "Ненецкий автономный округ", aliases: ["НАО"], zone: "Europe/Moscow"),
        Subject(name: "Ханты-Мансийский автономный округ — Югра", aliases: ["ХМАО", "ХМАО — Югра", "Югра", "Ханты-Мансийский автономный округ"], zone: "Asia/Yekaterinburg"),
        Subject(name: "Чукотский автономный округ", aliases: ["Чукотка", "ЧАО"], zone: "Asia/Anadyr"),
        Subject(name: "Ямало-Ненецкий автономный округ", aliases: ["ЯНАО", "Ямал"], zone: "Asia/Yekaterinburg"),
    ]

    /// Words every subject of a kind shares, left out of the key.
    private static let genericWords: Set<String> = [
        "республика", "респ", "область", "обл", "край", "автономный", "автономная", "автономной", "округ", "ао",
        "г", "гор", "город", "народная", "федерального", "значения", "рф", "россия", "российская", "федерация",
    ]

    /// The key a region is compared by: its distinctive words, lower case, ё as е, in order, each once.
    static func key(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        func flush() {
            let word = current.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
            current = ""
            guard !word.isEmpty, !genericWords.contains(word), !words.contains(word) else { return }
            words.append(word)
        }
        for character in text.lowercased().prefix(200) {
            switch character {
            case "ё": current.append("е")
            case "-", "‐", "‑", "–", "—", "−": current.append("-")
            case _ where character.isLetter || character.isNumber: current.append(character)
            default: flush()
            }
        }
        flush()
        // «Республика Марий Эл» and «Марий-Эл»: a dash inside a name is not distinctive.
        return words.joined(separator: " ").replacingOccurrences(of: "-", with: " ")
    }

    /// The subjects by every key their names give.
    private static let byKey: [String: Subject] = {
        var map: [String: Subject] = [:]
        for subject in subjects {
            for name in [subject.name] + subject.aliases where map[key(name)] == nil { map[key(name)] = subject }
        }
        return map
    }()

    /// The subject `text` names, however a registration writes it, or nil.
    static func subject(_ text: String) -> Subject? {
        byKey[key(text)]
    }

    /// The zone of the subject `text` names, or nil when it names none.
    static func zone(of text: String) -> TimeZone? {
        subject(text).flatMap { TimeZone(identifier: $0.zone) }
    }
}

extension Session {
    /// A person's own zone: their `timezone`, else the zone of their `region`, else the session's.
    func ownZone(of key: PersonKey, people: [PersonKey: Person]? = nil) -> TimeZone {
        guard let person = (people ?? peopleByKey)[key] else { return timeZone }
        return Session.ownZone(of: person) ?? timeZone
    }

    /// `timezone`, else the zone of `region`; nil when neither gives one.
    static func ownZone(of person: Person) -> TimeZone? {
        person.timezone ?? person.region.flatMap(RussianRegions.zone(of:))
    }
}
