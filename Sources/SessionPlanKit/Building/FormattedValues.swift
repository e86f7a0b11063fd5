import Foundation

extension SessionBuilder {
    mutating func time(_ key: String, in fields: Fields, required: Bool = false) -> (time: ClockTime, location: SourceLocation)? {
        guard let (text, location) = string(key, in: fields, required: required) else { return nil }
        if let time = ValueParsing.time(text) { return (time, location) }
        let hint = ValueParsing.timeWithColon(text).map {
            LocalizedText(en: "; write it as \"\($0)\", hours and minutes with a colon",
                          ru: "; запишите его как \"\($0)\": часы и минуты через двоеточие")
        } ?? LocalizedText(en: "; write times as HH:MM, from 00:00 to 23:59, e.g. \"09:00\"",
                           ru: "; время записывается как ЧЧ:ММ, от 00:00 до 23:59, например \"09:00\"")
        invalid(LocalizedText(en: "\"\(text)\" is not a time (\(label(key, in: fields).en))\(hint.en)",
                              ru: "\"\(text)\" — не время (\(label(key, in: fields).ru))\(hint.ru)"),
                at: location)
        return nil
    }

    mutating func date(_ key: String, in fields: Fields, required: Bool = false) -> (date: CalendarDate, location: SourceLocation)? {
        guard let (text, location) = string(key, in: fields, required: required) else { return nil }
        if let date = ValueParsing.date(text) { return (date, location) }
        if let reason = DateProblems.reason(text) {
            invalid(LocalizedText(en: "\"\(text)\" is not a date in the calendar (\(label(key, in: fields).en)): \(reason.en)",
                                  ru: "\"\(text)\" — такой даты нет в календаре (\(label(key, in: fields).ru)): \(reason.ru)"),
                    at: location)
            return nil
        }
        let example = ValueParsing.isoDate(fromDotted: text) ?? "2021-09-21"
        invalid(LocalizedText(en: "\"\(text)\" is not a date in the calendar (\(label(key, in: fields).en)); write dates as YYYY-MM-DD: \"\(example)\"",
                              ru: "\"\(text)\" — не дата календаря (\(label(key, in: fields).ru)); дата записывается как ГГГГ-ММ-ДД: \"\(example)\""),
                at: location)
        return nil
    }

    mutating func dateTime(_ key: String, in fields: Fields) -> (dateTime: LocalDateTime, location: SourceLocation)? {
        guard let (text, location) = string(key, in: fields) else { return nil }
        if let value = ValueParsing.dateTime(text) { return (value, location) }
        if let reason = DateProblems.reason(text) {
            invalid(LocalizedText(en: "\"\(text)\" names a date that is not in the calendar (\(label(key, in: fields).en)): \(reason.en)",
                                  ru: "в \"\(text)\" дата, которой нет в календаре (\(label(key, in: fields).ru)): \(reason.ru)"),
                    at: location)
            return nil
        }
        invalid(LocalizedText(en: "\"\(text)\" is not a date and time (\(label(key, in: fields).en)); write it as YYYY-MM-DDTHH:MM, e.g. \"2021-09-17T23:59\"",
                              ru: "\"\(text)\" — не дата и время (\(label(key, in: fields).ru)); запишите как ГГГГ-ММ-ДДTЧЧ:ММ, например \"2021-09-17T23:59\""),
                at: location)
        return nil
    }

    /// A value from a fixed list (a slot kind, a role, a language), with the closest one suggested;
    /// failing that, what `meaning` makes of the text (a kind written in Russian words).
    mutating func choice<Value: RawRepresentable & CaseIterable>(
        _ text: String, at location: SourceLocation, as _: Value.Type, what: LocalizedText,
        meaning: (String) -> Value? = { _ in nil }
    ) -> Value? where Value.RawValue == String {
        if let value = Value(rawValue: text) { return value }
        let allowed = Value.allCases.map(\.rawValue)
        let hint = (EditDistance.closest(to: text, among: allowed) ?? meaning(text)?.rawValue).map {
            LocalizedText(en: "did you mean \"\($0)\"? ", ru: "может быть, \"\($0)\"? ")
        } ?? LocalizedText(verbatim: "")
        invalid(LocalizedText(en: "\"\(text)\" is not \(what.en); \(hint.en)allowed: \(allowed.joined(separator: ", "))",
                              ru: "\"\(text)\" — не \(what.ru); \(hint.ru)допустимо: \(allowed.joined(separator: ", "))"),
                at: location)
        return nil
    }

    mutating func timeZone(_ key: String, in fields: Fields, required: Bool = true) -> TimeZone? {
        guard let (text, location) = string(key, in: fields, required: required) else { return nil }
        if let zone = KnownTimeZones.zone(named: text) { return zone }
        // «Москва», «Благовещенск», «МСК+6», as `--tz` takes them: the file wants the zone's own name.
        let suggestion = QueryValues.cityZone(text)?.identifier ?? KnownTimeZones.suggestion(for: text)
        let hint = suggestion.map { LocalizedText(en: "; did you mean \"\($0)\"?", ru: "; может быть, \"\($0)\"?") }
            ?? LocalizedText(en: "; use an IANA zone name such as \"Europe/Moscow\" or \"Asia/Vladivostok\"",
                             ru: "; укажите название пояса IANA, например \"Europe/Moscow\" или \"Asia/Vladivostok\"")
        invalid(LocalizedText(en: "\"\(text)\" is not a known time zone\(hint.en)",
                              ru: "\"\(text)\" — неизвестный часовой пояс\(hint.ru)"),
                at: location)
        return nil
    }
}
