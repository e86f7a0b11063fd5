/// Parsing of the format's text values: times, dates, date-times, ids.
/// Each returns nil for text that is not of the form; the builder words the error.
enum ValueParsing {
    /// `HH:MM` or `H:MM`, 24-hour.
    static func time(_ text: String) -> ClockTime? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts[0].allSatisfy(\.isASCIIDigit), parts[1].allSatisfy(\.isASCIIDigit),
              let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        return ClockTime(hour: hour, minute: minute)
    }

    /// For a time written with a dot or a space (`09.00`, `9 00`), the same time with a colon, to suggest it.
    static func timeWithColon(_ text: String) -> String? {
        for separator in [".", " ", "-", "–"] where text.contains(separator) {
            let candidate = text.replacingOccurrences(of: separator, with: ":")
            if let time = time(candidate) { return time.description }
        }
        return nil
    }

    /// `YYYY-MM-DD`, a date that exists.
    static func date(_ text: String) -> CalendarDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    /// For a date written the Russian way (`22.09.2021`), the same date as `2021-09-22`, to suggest it.
    static func isoDate(fromDotted text: String) -> String? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
              let date = CalendarDate(year: y, month: m, day: d) else { return nil }
        return date.description
    }

    /// `YYYY-MM-DDTHH:MM`.
    static func dateTime(_ text: String) -> LocalDateTime? {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2, let date = date(String(parts[0])), let time = time(String(parts[1])) else { return nil }
        return LocalDateTime(date: date, time: time)
    }

    /// A direction id: `[a-z0-9-]+`.
    static func isValidID(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    /// A suggestion for a bad id: lowercased, spaces and underscores as dashes, other characters dropped.
    static func suggestedID(for text: String) -> String? {
        let lowered = text.lowercased().map { $0 == " " || $0 == "_" ? "-" : $0 }
        let kept = String(lowered.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        return isValidID(kept) && kept != text ? kept : nil
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
