/// Time zones named the Russian way: «московского времени», «по времени
/// Камчатского края», «время местное (Иркутск)», «МСК+4».
enum ZoneWords {
    /// Word stems (of a city, region or zone adjective) and their zones.
    static let stems: [(stem: String, zone: String)] = [
        ("калининград", "Europe/Kaliningrad"), ("москв", "Europe/Moscow"), ("московск", "Europe/Moscow"),
        ("санкт-петербург", "Europe/Moscow"), ("самар", "Europe/Samara"), ("ижевск", "Europe/Samara"),
        ("удмурт", "Europe/Samara"), ("екатеринбург", "Asia/Yekaterinburg"), ("уральск", "Asia/Yekaterinburg"),
        ("свердловск", "Asia/Yekaterinburg"), ("челябинск", "Asia/Yekaterinburg"), ("пермск", "Asia/Yekaterinburg"),
        ("перм", "Asia/Yekaterinburg"), ("тюмен", "Asia/Yekaterinburg"), ("омск", "Asia/Omsk"),
        ("новосибирск", "Asia/Novosibirsk"), ("томск", "Asia/Tomsk"), ("барнаул", "Asia/Barnaul"),
        ("алтайск", "Asia/Barnaul"), ("кемеров", "Asia/Novokuznetsk"), ("красноярск", "Asia/Krasnoyarsk"),
        ("иркутск", "Asia/Irkutsk"), ("бурят", "Asia/Irkutsk"), ("улан-удэ", "Asia/Irkutsk"),
        ("забайкальск", "Asia/Chita"), ("читинск", "Asia/Chita"), ("якутск", "Asia/Yakutsk"), ("амурск", "Asia/Yakutsk"),
        ("благовещенск", "Asia/Yakutsk"), ("владивосток", "Asia/Vladivostok"), ("приморск", "Asia/Vladivostok"),
        ("хабаровск", "Asia/Vladivostok"), ("сахалин", "Asia/Sakhalin"), ("магадан", "Asia/Magadan"),
        ("камчатск", "Asia/Kamchatka"), ("петропавловск-камчатск", "Asia/Kamchatka"), ("чукот", "Asia/Anadyr"),
    ]

    /// `МСК+N` offsets.
    static let moscowOffsets: [Int: String] = [
        -1: "Europe/Kaliningrad", 0: "Europe/Moscow", 1: "Europe/Samara", 2: "Asia/Yekaterinburg", 3: "Asia/Omsk",
        4: "Asia/Krasnoyarsk", 5: "Asia/Irkutsk", 6: "Asia/Yakutsk", 7: "Asia/Vladivostok", 8: "Asia/Magadan",
        9: "Asia/Kamchatka",
    ]

    /// Whether `text` speaks of a time zone at all («время», «времени», «мск»).
    static func mentionsZone(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.contains("врем") || moscowMark(in: lower) != nil
    }

    /// Where «мск» stands as a word of its own in lower-case `text` («МСК+4», «(МСК)»), not inside one
    /// («омское», «Томской области»).
    static func moscowMark(in lower: String) -> Range<String.Index>? {
        var searchFrom = lower.startIndex
        while let range = lower.range(of: "мск", range: searchFrom..<lower.endIndex) {
            let before = range.lowerBound == lower.startIndex ? nil : lower[lower.index(before: range.lowerBound)]
            let after = range.upperBound == lower.endIndex ? nil : lower[range.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return range }
            searchFrom = range.upperBound
        }
        return nil
    }

    /// The offset written after «МСК» at `cursor` («+4», « − 1»: signed hours), the cursor then after it;
    /// nil, the cursor where it was, when no sign and number follow.
    static func moscowOffset(_ cursor: inout TextCursor) -> Int? {
        let start = cursor.index
        cursor.skipSpaces()
        var sign = 0
        if cursor.accept("+") { sign = 1 } else if cursor.dash() { sign = -1 }
        cursor.skipSpaces()
        guard sign != 0, let hours = cursor.number(maxDigits: 2) else {
            cursor.index = start
            return nil
        }
        return sign * hours
    }

    /// The zone `text` names, or nil when it names none (or only «местное время» without a place).
    static func zone(in text: String) -> String? {
        let lower = text.lowercased()
        guard mentionsZone(lower) else { return nil }
        if let range = moscowMark(in: lower) {
            var cursor = TextCursor(String(lower[range.upperBound...]))
            return moscowOffset(&cursor).flatMap { moscowOffsets[$0] } ?? "Europe/Moscow"
        }
        return zone(ofWords: lower)
    }

    /// The zone of the place `venue` names («г. Казань, Национальная библиотека…»): a part of it that is a
    /// subject of Russia or its capital («г. Казань», «Амурская область»), else a word of a city or region
    /// the stems know («Иркутская областная библиотека»); nil when it names none («онлайн, Zoom»).
    static func placeZone(in venue: String) -> String? {
        RussianRegions.subjects(in: venue).first?.subject.zone ?? zone(ofWords: venue.lowercased())
    }

    /// The zone of the longest stem a word of lower-case `text` begins with.
    private static func zone(ofWords lower: String) -> String? {
        var best: (length: Int, zone: String)?
        for word in lower.split(whereSeparator: { !$0.isLetter && $0 != "-" }) {
            for entry in stems where word.hasPrefix(entry.stem) && entry.stem.count > (best?.length ?? 0) {
                best = (entry.stem.count, entry.zone)
            }
        }
        return best?.zone
    }

    /// A zone written by its identifier (`Europe/Moscow`), as the tool's own programs print it, when the system knows it.
    static func identifier(in text: String) -> String? {
        for word in text.split(whereSeparator: { !$0.isLetter && $0 != "/" && $0 != "_" && $0 != "-" })
        where word.contains("/") && word.first?.isASCII == true {
            if KnownTimeZones.zone(named: String(word)) != nil { return String(word) }
        }
        return nil
    }
}
