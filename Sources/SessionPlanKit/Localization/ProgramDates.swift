import Foundation

/// Dates, date ranges, hours and time zones as a printed program writes them,
/// in Russian («вторник, 21 сентября 2021 г.», «21–22 сентября 2021 г.») or
/// English («Tuesday, 21 September 2021», «21–22 September 2021»).
enum ProgramDates {
    /// Russian month names in the genitive, as they follow a day number: «21 сентября».
    static let russianMonths = [
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    /// By ISO weekday, Monday first; lower case, as Russian writes them mid-sentence.
    static let russianWeekdays = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
    static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// After a year: «2021 г.»; nothing in English.
    static let yearMark = LocalizedText(en: "", ru: " г.")

    /// «сентября» / «September».
    static func month(_ month: Int, in language: Language) -> String {
        let index = max(1, min(12, month)) - 1
        return LocalizedText(en: englishMonths[index], ru: russianMonths[index]).text(in: language)
    }

    /// «вторник» / «Tuesday».
    static func weekday(of date: CalendarDate, in language: Language) -> String {
        let index = date.weekday - 1
        return LocalizedText(en: englishWeekdays[index], ru: russianWeekdays[index]).text(in: language)
    }

    /// «21 сентября» / «21 September».
    static func dayAndMonth(_ date: CalendarDate, in language: Language) -> String {
        "\(date.day) \(month(date.month, in: language))"
    }

    /// «21 сентября 2021» / «21 September 2021».
    static func full(_ date: CalendarDate, in language: Language) -> String {
        "\(dayAndMonth(date, in: language)) \(date.year)"
    }

    /// «вторник, 21 сентября 2021 г.» / «Tuesday, 21 September 2021»: a day's
    /// heading, with the «г.» the session's dates have.
    static func withWeekday(_ date: CalendarDate, in language: Language) -> String {
        "\(weekday(of: date, in: language)), \(full(date, in: language))" + yearMark.text(in: language)
    }

    /// The dates a session spans: «21 сентября 2021 г.», «21–22 сентября 2021 г.»,
    /// «30 сентября – 1 октября 2021 г.», «31 декабря 2021 г. – 1 января 2022 г.»;
    /// in English the same without «г.».
    static func range(from first: CalendarDate, to last: CalendarDate, in language: Language) -> String {
        let year = yearMark.text(in: language)
        if first == last { return full(first, in: language) + year }
        if first.year != last.year {
            return full(first, in: language) + year + " – " + full(last, in: language) + year
        }
        if first.month != last.month {
            return dayAndMonth(first, in: language) + " – " + full(last, in: language) + year
        }
        return "\(first.day)–\(last.day) \(month(last.month, in: language)) \(last.year)" + year
    }

    /// The dates a session's program has: a range when they follow each other
    /// («21–23 сентября 2021 г.»), else each listed, the month and year said once
    /// for the dates that share them: «21 и 23 сентября 2021 г.», «21, 22 и 24
    /// сентября 2021 г.», «30 сентября и 2 октября 2021 г.»; «21 and 23 September 2021».
    static func dates(_ dates: [CalendarDate], in language: Language) -> String {
        let sorted = Array(Set(dates)).sorted()
        guard let first = sorted.first, let last = sorted.last else { return "" }
        if last.daysSinceEpoch - first.daysSinceEpoch == sorted.count - 1 {
            return range(from: first, to: last, in: language)
        }
        let year = yearMark.text(in: language)
        var items: [String] = []
        for (index, date) in sorted.enumerated() {
            var item = String(date.day)
            let next = index + 1 < sorted.count ? sorted[index + 1] : nil
            if next?.month != date.month || next?.year != date.year { item += " " + month(date.month, in: language) }
            if next?.year != date.year { item += " \(date.year)" + year }
            items.append(item)
        }
        return ProgramWords.list(items, in: language)
    }

    /// Announced hours: «с 9:00 до 13:00» / «09:00–13:00».
    static func hours(from start: ClockTime, to end: ClockTime, in language: Language) -> String {
        switch language {
        case .ru: "с \(start.hour):\(twoDigits(start.minute)) до \(end.hour):\(twoDigits(end.minute))"
        case .en: "\(start)–\(end)"
        }
    }

    /// `UTC+3`, `UTC+5:30`, `UTC−4` (a true minus sign), `UTC` for zero.
    static func utcOffset(seconds: Int) -> String {
        if seconds == 0 { return "UTC" }
        let sign = seconds < 0 ? "−" : "+"
        let minutes = abs(seconds) / 60
        let hours = minutes / 60, rest = minutes % 60
        return "UTC" + sign + String(hours) + (rest == 0 ? "" : ":" + twoDigits(rest))
    }

    /// Zones a Russian program names with a word: «время московское».
    static let russianZoneWords: [String: String] = [
        "Europe/Moscow": "московское",
        "Europe/Kaliningrad": "калининградское",
        "Europe/Samara": "самарское",
        "Asia/Yekaterinburg": "екатеринбургское",
        "Asia/Novosibirsk": "новосибирское",
        "Asia/Krasnoyarsk": "красноярское",
        "Asia/Irkutsk": "иркутское",
        "Asia/Yakutsk": "якутское",
        "Asia/Vladivostok": "владивостокское",
        "Asia/Magadan": "магаданское",
        "Asia/Kamchatka": "камчатское",
        "Europe/Ulyanovsk": "ульяновское",
        "Asia/Omsk": "омское",
        "Asia/Barnaul": "барнаульское",
        "Asia/Tomsk": "томское",
        "Asia/Novokuznetsk": "новокузнецкое",
        "Asia/Chita": "читинское",
        "Asia/Khandyga": "хандыгское",
        "Asia/Ust-Nera": "усть-нерское",
        "Asia/Sakhalin": "сахалинское",
        "Asia/Srednekolymsk": "среднеколымское",
        "Asia/Anadyr": "анадырское",
        "Europe/Volgograd": "волгоградское",
        "Europe/Saratov": "саратовское",
        "Europe/Kirov": "кировское",
        "Europe/Astrakhan": "астраханское",
        "Europe/Simferopol": "симферопольское",
    ]

    /// A zone in words, with its offset at `instant`:
    /// «время московское (Europe/Moscow, UTC+3)», «время: America/New_York (UTC−4)»;
    /// «Moscow time (Europe/Moscow, UTC+3)», «time zone: Asia/Vladivostok (UTC+10)».
    static func zone(_ zone: TimeZone, at instant: Date, in language: Language) -> String {
        let offset = utcOffset(seconds: zone.secondsFromGMT(for: instant))
        let id = displayIdentifier(zone)
        switch language {
        case .ru:
            if let word = russianZoneWords[id] { return "время \(word) (\(id), \(offset))" }
            return "время: \(id) (\(offset))"
        case .en:
            if id == "Europe/Moscow" { return "Moscow time (\(id), \(offset))" }
            return "time zone: \(id) (\(offset))"
        }
    }

    /// The zone's name as organizers write it: Foundation calls the zone named
    /// `UTC` «GMT»; it prints as UTC.
    static func displayIdentifier(_ zone: TimeZone) -> String {
        zone.identifier == "GMT" ? "UTC" : zone.identifier
    }

    /// A short name for a time column's header: the city of the zone's id
    /// (`Asia/Vladivostok` → `Vladivostok`, `America/Los_Angeles` → `Los Angeles`);
    /// Russian programs name the zones they have words for in Russian.
    static func shortZoneName(_ zone: TimeZone, in language: Language) -> String {
        if language == .ru, let city = russianCities[zone.identifier] { return city }
        let id = displayIdentifier(zone)
        let city = id.split(separator: "/").last.map(String.init) ?? id
        return city.replacingOccurrences(of: "_", with: " ")
    }

    static let russianCities: [String: String] = [
        "Europe/Moscow": "Москва",
        "Europe/Kaliningrad": "Калининград",
        "Europe/Samara": "Самара",
        "Asia/Yekaterinburg": "Екатеринбург",
        "Asia/Novosibirsk": "Новосибирск",
        "Asia/Krasnoyarsk": "Красноярск",
        "Asia/Irkutsk": "Иркутск",
        "Asia/Yakutsk": "Якутск",
        "Asia/Vladivostok": "Владивосток",
        "Asia/Magadan": "Магадан",
        "Asia/Kamchatka": "Камчатка",
        "Europe/Ulyanovsk": "Ульяновск",
        "Asia/Omsk": "Омск",
        "Asia/Barnaul": "Барнаул",
        "Asia/Tomsk": "Томск",
        "Asia/Novokuznetsk": "Новокузнецк",
        "Asia/Chita": "Чита",
        "Asia/Khandyga": "Хандыга",
        "Asia/Ust-Nera": "Усть-Нера",
        "Asia/Sakhalin": "Сахалин",
        "Asia/Srednekolymsk": "Среднеколымск",
        "Asia/Anadyr": "Анадырь",
        "Europe/Volgograd": "Волгоград",
        "Europe/Saratov": "Саратов",
        "Europe/Kirov": "Киров",
        "Europe/Astrakhan": "Астрахань",
        "Europe/Simferopol": "Симферополь",
    ]
}
