import Foundation

/// The subjects of the Russian Federation (all 89, with the four added in
/// 2022) and their IANA time zones, as registration forms write them:
/// «г. Москва», «Москва», «Республика Саха (Якутия)», «Якутия»,
/// «ХМАО – Югра», «Кузбасс», or its capital, «Благовещенск». A subject
/// spanning several zones gets the zone of its capital.
///
/// Names are compared by their distinctive words: lower case, ё as е, dashes
/// and punctuation dropped, and the generic words («республика», «область»,
/// «край», «автономный округ», «г.», «город») left out, so «Свердловская обл.»
/// and «Свердловская область» are one key.
enum RussianRegions {
    /// One subject: its official name, the other names registrations use, its zone, and the
    /// city that is its administrative centre (a registration's «регион» is often the city, and
    /// `--tz Благовещенск` names no IANA zone); none for the three cities that are subjects
    /// themselves and for the regions whose centre is not one city everyone writes.
    struct Subject: Sendable {
        let name: String
        let aliases: [String]
        let zone: String
        var capital: String? = nil
    }

    /// Every subject, in the order of the Constitution's article 65.
    static let subjects: [Subject] = [
        Subject(name: "Республика Адыгея", aliases: ["Адыгея", "Адыгея (Адыгея)"], zone: "Europe/Moscow", capital: "Майкоп"),
        Subject(name: "Республика Алтай", aliases: ["Горный Алтай"], zone: "Asia/Barnaul", capital: "Горно-Алтайск"),
        Subject(name: "Республика Башкортостан", aliases: ["Башкортостан", "Башкирия"], zone: "Asia/Yekaterinburg", capital: "Уфа"),
        Subject(name: "Республика Бурятия", aliases: ["Бурятия"], zone: "Asia/Irkutsk", capital: "Улан-Удэ"),
        Subject(name: "Республика Дагестан", aliases: ["Дагестан"], zone: "Europe/Moscow", capital: "Махачкала"),
        Subject(name: "Донецкая Народная Республика", aliases: ["ДНР"], zone: "Europe/Moscow", capital: "Донецк"),
        Subject(name: "Республика Ингушетия", aliases: ["Ингушетия"], zone: "Europe/Moscow", capital: "Магас"),
        Subject(name: "Кабардино-Балкарская Республика", aliases: ["Кабардино-Балкария", "КБР"], zone: "Europe/Moscow", capital: "Нальчик"),
        Subject(name: "Республика Калмыкия", aliases: ["Калмыкия"], zone: "Europe/Moscow", capital: "Элиста"),
        Subject(name: "Карачаево-Черкесская Республика", aliases: ["Карачаево-Черкесия", "КЧР"], zone: "Europe/Moscow", capital: "Черкесск"),
        Subject(name: "Республика Карелия", aliases: ["Карелия"], zone: "Europe/Moscow", capital: "Петрозаводск"),
        Subject(name: "Республика Коми", aliases: ["Коми"], zone: "Europe/Moscow", capital: "Сыктывкар"),
        Subject(name: "Республика Крым", aliases: ["Крым"], zone: "Europe/Simferopol", capital: "Симферополь"),
        Subject(name: "Луганская Народная Республика", aliases: ["ЛНР"], zone: "Europe/Moscow", capital: "Луганск"),
        Subject(name: "Республика Марий Эл", aliases: ["Марий Эл"], zone: "Europe/Moscow", capital: "Йошкар-Ола"),
        Subject(name: "Республика Мордовия", aliases: ["Мордовия"], zone: "Europe/Moscow", capital: "Саранск"),
        Subject(name: "Республика Саха (Якутия)", aliases: ["Якутия", "Саха", "Республика Саха"], zone: "Asia/Yakutsk", capital: "Якутск"),
        Subject(name: "Республика Северная Осетия — Алания", aliases: ["Северная Осетия", "Алания", "РСО-Алания"], zone: "Europe/Moscow", capital: "Владикавказ"),
        Subject(name: "Республика Татарстан", aliases: ["Татарстан", "Республика Татарстан (Татарстан)"], zone: "Europe/Moscow", capital: "Казань"),
        Subject(name: "Республика Тыва", aliases: ["Тыва", "Тува"], zone: "Asia/Krasnoyarsk", capital: "Кызыл"),
        Subject(name: "Удмуртская Республика", aliases: ["Удмуртия"], zone: "Europe/Samara", capital: "Ижевск"),
        Subject(name: "Республика Хакасия", aliases: ["Хакасия"], zone: "Asia/Krasnoyarsk", capital: "Абакан"),
        Subject(name: "Чеченская Республика", aliases: ["Чечня", "Чечня Республика"], zone: "Europe/Moscow", capital: "Грозный"),
        Subject(name: "Чувашская Республика — Чувашия", aliases: ["Чувашия", "Чувашская Республика"], zone: "Europe/Moscow", capital: "Чебоксары"),
        Subject(name: "Алтайский край", aliases: [], zone: "Asia/Barnaul", capital: "Барнаул"),
        Subject(name: "Забайкальский край", aliases: [], zone: "Asia/Chita", capital: "Чита"),
        Subject(name: "Камчатский край", aliases: ["Камчатка"], zone: "Asia/Kamchatka", capital: "Петропавловск-Камчатский"),
        Subject(name: "Краснодарский край", aliases: ["Кубань"], zone: "Europe/Moscow", capital: "Краснодар"),
        Subject(name: "Красноярский край", aliases: [], zone: "Asia/Krasnoyarsk", capital: "Красноярск"),
        Subject(name: "Пермский край", aliases: [], zone: "Asia/Yekaterinburg", capital: "Пермь"),
        Subject(name: "Приморский край", aliases: ["Приморье"], zone: "Asia/Vladivostok", capital: "Владивосток"),
        Subject(name: "Ставропольский край", aliases: ["Ставрополье"], zone: "Europe/Moscow", capital: "Ставрополь"),
        Subject(name: "Хабаровский край", aliases: [], zone: "Asia/Vladivostok", capital: "Хабаровск"),
        Subject(name: "Амурская область", aliases: [], zone: "Asia/Yakutsk", capital: "Благовещенск"),
        Subject(name: "Архангельская область", aliases: [], zone: "Europe/Moscow", capital: "Архангельск"),
        Subject(name: "Астраханская область", aliases: [], zone: "Europe/Astrakhan", capital: "Астрахань"),
        Subject(name: "Белгородская область", aliases: [], zone: "Europe/Moscow", capital: "Белгород"),
        Subject(name: "Брянская область", aliases: [], zone: "Europe/Moscow", capital: "Брянск"),
        Subject(name: "Владимирская область", aliases: [], zone: "Europe/Moscow", capital: "Владимир"),
        Subject(name: "Волгоградская область", aliases: [], zone: "Europe/Volgograd", capital: "Волгоград"),
        Subject(name: "Вологодская область", aliases: [], zone: "Europe/Moscow", capital: "Вологда"),
        Subject(name: "Воронежская область", aliases: [], zone: "Europe/Moscow", capital: "Воронеж"),
        Subject(name: "Запорожская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Ивановская область", aliases: [], zone: "Europe/Moscow", capital: "Иваново"),
        Subject(name: "Иркутская область", aliases: [], zone: "Asia/Irkutsk", capital: "Иркутск"),
        Subject(name: "Калининградская область", aliases: [], zone: "Europe/Kaliningrad", capital: "Калининград"),
        Subject(name: "Калужская область", aliases: [], zone: "Europe/Moscow", capital: "Калуга"),
        Subject(name: "Кемеровская область — Кузбасс", aliases: ["Кемеровская область", "Кузбасс"], zone: "Asia/Novokuznetsk", capital: "Кемерово"),
        Subject(name: "Кировская область", aliases: [], zone: "Europe/Kirov", capital: "Киров"),
        Subject(name: "Костромская область", aliases: [], zone: "Europe/Moscow", capital: "Кострома"),
        Subject(name: "Курганская область", aliases: [], zone: "Asia/Yekaterinburg", capital: "Курган"),
        Subject(name: "Курская область", aliases: [], zone: "Europe/Moscow", capital: "Курск"),
        Subject(name: "Ленинградская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Липецкая область", aliases: [], zone: "Europe/Moscow", capital: "Липецк"),
        Subject(name: "Магаданская область", aliases: [], zone: "Asia/Magadan", capital: "Магадан"),
        Subject(name: "Московская область", aliases: ["Подмосковье", "МО"], zone: "Europe/Moscow"),
        Subject(name: "Мурманская область", aliases: [], zone: "Europe/Moscow", capital: "Мурманск"),
        Subject(name: "Нижегородская область", aliases: [], zone: "Europe/Moscow", capital: "Нижний Новгород"),
        Subject(name: "Новгородская область", aliases: [], zone: "Europe/Moscow", capital: "Великий Новгород"),
        Subject(name: "Новосибирская область", aliases: [], zone: "Asia/Novosibirsk", capital: "Новосибирск"),
        Subject(name: "Омская область", aliases: [], zone: "Asia/Omsk", capital: "Омск"),
        Subject(name: "Оренбургская область", aliases: [], zone: "Asia/Yekaterinburg", capital: "Оренбург"),
        Subject(name: "Орловская область", aliases: [], zone: "Europe/Moscow", capital: "Орёл"),
        Subject(name: "Пензенская область", aliases: [], zone: "Europe/Moscow", capital: "Пенза"),
        Subject(name: "Псковская область", aliases: [], zone: "Europe/Moscow", capital: "Псков"),
        Subject(name: "Ростовская область", aliases: [], zone: "Europe/Moscow", capital: "Ростов-на-Дону"),
        Subject(name: "Рязанская область", aliases: [], zone: "Europe/Moscow", capital: "Рязань"),
        Subject(name: "Самарская область", aliases: [], zone: "Europe/Samara", capital: "Самара"),
        Subject(name: "Саратовская область", aliases: [], zone: "Europe/Saratov", capital: "Саратов"),
        Subject(name: "Сахалинская область", aliases: ["Сахалин"], zone: "Asia/Sakhalin", capital: "Южно-Сахалинск"),
        Subject(name: "Свердловская область", aliases: [], zone: "Asia/Yekaterinburg", capital: "Екатеринбург"),
        Subject(name: "Смоленская область", aliases: [], zone: "Europe/Moscow", capital: "Смоленск"),
        Subject(name: "Тамбовская область", aliases: [], zone: "Europe/Moscow", capital: "Тамбов"),
        Subject(name: "Тверская область", aliases: [], zone: "Europe/Moscow", capital: "Тверь"),
        Subject(name: "Томская область", aliases: [], zone: "Asia/Tomsk", capital: "Томск"),
        Subject(name: "Тульская область", aliases: [], zone: "Europe/Moscow", capital: "Тула"),
        Subject(name: "Тюменская область", aliases: [], zone: "Asia/Yekaterinburg", capital: "Тюмень"),
        Subject(name: "Ульяновская область", aliases: [], zone: "Europe/Ulyanovsk", capital: "Ульяновск"),
        Subject(name: "Херсонская область", aliases: [], zone: "Europe/Moscow"),
        Subject(name: "Челябинская область", aliases: [], zone: "Asia/Yekaterinburg", capital: "Челябинск"),
        Subject(name: "Ярославская область", aliases: [], zone: "Europe/Moscow", capital: "Ярославль"),
        Subject(name: "Москва", aliases: ["г. Москва", "город Москва", "Moscow"], zone: "Europe/Moscow"),
        Subject(name: "Санкт-Петербург", aliases: ["г. Санкт-Петербург", "СПб", "Петербург", "Saint Petersburg"], zone: "Europe/Moscow"),
        Subject(name: "Севастополь", aliases: ["г. Севастополь"], zone: "Europe/Simferopol"),
        Subject(name: "Еврейская автономная область", aliases: ["ЕАО"], zone: "Asia/Vladivostok", capital: "Биробиджан"),
        Subject(name: "Ненецкий автономный округ", aliases: ["НАО"], zone: "Europe/Moscow", capital: "Нарьян-Мар"),
        Subject(name: "Ханты-Мансийский автономный округ — Югра", aliases: ["ХМАО", "ХМАО — Югра", "Югра", "Ханты-Мансийский автономный округ"], zone: "Asia/Yekaterinburg", capital: "Ханты-Мансийск"),
        Subject(name: "Чукотский автономный округ", aliases: ["Чукотка", "ЧАО"], zone: "Asia/Anadyr", capital: "Анадырь"),
        Subject(name: "Ямало-Ненецкий автономный округ", aliases: ["ЯНАО", "Ямал"], zone: "Asia/Yekaterinburg", capital: "Салехард"),
    ]

    /// Words every subject of a kind shares, left out of the key.
    private static let genericWords: Set<String> = [
        "республика", "респ", "область", "обл", "край", "автономный", "автономная", "автономной", "округ", "ао",
        "г", "гор", "город", "народная", "федерального", "значения", "рф", "россия", "российская", "федерация",
    ]

    /// The key a region is compared by: its distinctive words, lower case, ё as е, in order, each once.
    /// Read by Unicode scalars: comparing each `Character` with the literals of a `switch` and Foundation's
    /// `replacingOccurrences` made building the table of every subject's names cost 47 million instructions.
    static func key(_ text: String) -> String {
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        let dash = UInt8(ascii: "-")
        func flush() {
            var start = current.startIndex, end = current.endIndex
            while start < end, current[start] == dash { start += 1 }
            while end > start, current[end - 1] == dash { end -= 1 }
            let word = Array(current[start..<end])
            current.removeAll(keepingCapacity: true)
            guard !word.isEmpty, !genericWords.contains(String(decoding: word, as: UTF8.self)), !words.contains(word) else { return }
            words.append(word)
        }
        for scalar in text.lowercased().unicodeScalars.prefix(400) {
            switch scalar.value {
            case 0x451: current.append(0xD0); current.append(0xB5)                               // ё as е
            case 0x2D, 0x2010, 0x2011, 0x2013, 0x2014, 0x2212: current.append(dash)            // dashes
            case 0x30...0x39, 0x61...0x7A, 0x430...0x44F: UTF8.encode(scalar) { current.append($0) }  // the usual letters and digits
            case 0...0x7F: flush()
            case _ where scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar.properties.generalCategory == .nonspacingMark:
                UTF8.encode(scalar) { current.append($0) }
            default: flush()
            }
        }
        flush()
        // «Республика Марий Эл» and «Марий-Эл»: a dash inside a name is not distinctive.
        var key: [UInt8] = []
        for word in words {
            if !key.isEmpty { key.append(UInt8(ascii: " ")) }
            for byte in word { key.append(byte == dash ? UInt8(ascii: " ") : byte) }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// The subjects by every key their names give.
    private static let byKey: [String: Subject] = {
        var map: [String: Subject] = [:]
        for subject in subjects {
            for name in [subject.name] + subject.aliases + [subject.capital].compactMap({ $0 }) where map[key(name)] == nil {
                map[key(name)] = subject
            }
        }
        return map
    }()

    /// The subject `text` names, however a registration writes it, or nil.
    static func subject(_ text: String) -> Subject? {
        byKey[key(text)]
    }

    /// The first city of Russia a part of `text` names, a capital of a subject («г. Благовещенск, ул.
    /// Ленина, 139» → «Благовещенск»), with its zone; nil when no part of it is one (a region's name alone
    /// says no city).
    static func city(in text: String) -> (name: String, zone: String)? {
        subjects(in: text).lazy.compactMap { subject, part in
            subject.capital.flatMap { key(part) == key($0) ? ($0, subject.zone) : nil }
        }.first
    }

    /// The subjects the parts of `text` (between commas, semicolons and parentheses) name, in order,
    /// with the part that names each: «Национальная библиотека, г. Казань» → Татарстан, «г. Казань».
    static func subjects(in text: String) -> [(subject: Subject, part: String)] {
        text.prefix(1000).split(whereSeparator: { ",;()".contains($0) }).compactMap { part in
            subject(String(part)).map { ($0, String(part)) }
        }
    }

    /// The subject whose capital (or name) `text` writes in Latin letters («Kazan», «Ufa»), or nil.
    static func subject(latin text: String) -> Subject? {
        byLatinKey[LatinLetters.key(text)]
    }

    private static let byLatinKey: [String: Subject] = {
        var map: [String: Subject] = [:]
        for subject in subjects {
            for name in [subject.capital].compactMap({ $0 }) + [subject.name] where map[LatinLetters.key(name)] == nil {
                map[LatinLetters.key(name)] = subject
            }
        }
        return map
    }()

    /// The zone of the subject `text` names, or nil when it names none.
    static func zone(of text: String) -> TimeZone? {
        subject(text).flatMap { TimeZone(identifier: $0.zone) }
    }
}
