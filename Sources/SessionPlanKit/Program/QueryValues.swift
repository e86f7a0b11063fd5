import Foundation

/// The values of `--day`, `--tz`, `--role` and `--direction` written the way
/// the tool itself prints them: `30.12.2026` (as `stats` prints a date),
/// `Владивосток` (as a time column is headed), `модераторы` (as a Russian
/// program names a role), `2` (as «Программа направления 2» numbers a direction).
/// `ProgramQuery` tries these after the format's own spelling.
enum QueryValues {
    /// `30.12.2026` → 2026-12-30: a date DD.MM.YYYY (one-digit day and month too), or nil.
    static func dottedDate(_ text: String) -> CalendarDate? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              parts[2].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The Russian words for the roles, plural and singular, lower case.
    static let russianRoles: [String: Role] = [
        "лидеры": .leaders, "лидер": .leaders, "лидеры направлений": .leaders,
        "модераторы": .moderators, "модератор": .moderators,
        "сборщики": .collectors, "сборщик": .collectors,
        "участники": .participants, "участник": .participants,
        "эксперты": .experts, "эксперт": .experts, "спикеры": .experts, "спикер": .experts,
        "организаторы": .organizers, "организатор": .organizers,
    ]

    /// `модераторы`, `Модератор` → `.moderators`; nil for any other word.
    static func russianRole(_ text: String) -> Role? {
        russianRoles[text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "ё", with: "е")]
    }

    /// Russian city names, lower case, for the zones of Russia: the names the
    /// time columns print (`ProgramDates.russianCities`) and a few more a person writes.
    static let russianCityZones: [String: String] = {
        var cities: [String: String] = [:]
        for (zone, city) in ProgramDates.russianCities { cities[city.lowercased()] = zone }
        cities["петропавловск-камчатский"] = "Asia/Kamchatka"
        cities["южно-сахалинск"] = "Asia/Sakhalin"
        cities["санкт-петербург"] = "Europe/Moscow"
        cities["петербург"] = "Europe/Moscow"
        return cities
    }()

    /// English city names, lower case with `_` for spaces, that name exactly one
    /// IANA zone (`vladivostok` → `Asia/Vladivostok`, `new_york` → `America/New_York`);
    /// a city two zones end with is left out.
    static let englishCityZones: [String: String] = {
        var count: [String: Int] = [:], zone: [String: String] = [:]
        for id in KnownTimeZones.sorted where id.contains("/") && !id.hasPrefix("Etc/") {
            guard let city = id.split(separator: "/").last.map({ $0.lowercased() }) else { continue }
            count[city, default: 0] += 1
            zone[city] = id
        }
        return zone.filter { count[$0.key] == 1 }
    }()

    /// `Владивосток`, `Vladivostok`, `new york` → the city's zone; a subject of Russia or its
    /// capital (`Хабаровский край`, `Благовещенск`) → its zone; `МСК+6` → the zone of Russia that
    /// many hours from Moscow. Nil when the name is no city's or is several zones'.
    static func cityZone(_ text: String) -> TimeZone? {
        let lowered = text.trimmingCharacters(in: .whitespaces).lowercased()
        let id = russianCityZones[lowered.replacingOccurrences(of: "ё", with: "е")]
            ?? englishCityZones[lowered.replacingOccurrences(of: " ", with: "_")]
        return id.flatMap(KnownTimeZones.zone(named:)) ?? moscowOffsetZone(lowered) ?? RussianRegions.zone(of: text)
            ?? RussianRegions.subject(latin: text).flatMap { TimeZone(identifier: $0.zone) }
    }

    /// `мск`, `мск+6`, `msk-1` (lower case) → the zone of Russia at that offset from Moscow
    /// (`ZoneWords.moscowOffsets`); nil for other text or an offset no zone of Russia has.
    static func moscowOffsetZone(_ lowered: String) -> TimeZone? {
        guard let prefix = ["мск", "msk"].first(where: lowered.hasPrefix) else { return nil }
        var cursor = TextCursor(String(lowered.dropFirst(prefix.count)))
        let offset = ZoneWords.moscowOffset(&cursor)
        cursor.skipSpaces()
        guard cursor.atEnd else { return nil }
        guard let offset else { return TimeZone(identifier: "Europe/Moscow") }
        return ZoneWords.moscowOffsets[offset].flatMap(TimeZone.init(identifier:))
    }

    /// `2` → the session's second direction, as the program numbers them; nil when
    /// the text is not a number or no direction has it.
    static func direction(numbered text: String, in directions: [Direction]) -> Direction? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.allSatisfy(\.isASCII), let number = Int(trimmed) else { return nil }
        return directions.first { $0.number == number }
    }
}
