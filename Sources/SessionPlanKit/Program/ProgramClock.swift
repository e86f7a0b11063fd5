import Foundation

/// Instants of the program and their local dates and times in other zones,
/// by Foundation's calendar, so summer time and historical offsets are right.
/// Never by adding a fixed offset: Europe/Berlin is UTC+1 on 20 March and UTC+2 on 30 March.
enum ProgramClock {
    /// The instant a date and time written in `zone` denote.
    static func instant(date: CalendarDate, time: ClockTime, in zone: TimeZone) -> Date {
        let calendar = gregorian(zone)
        let components = DateComponents(year: date.year, month: date.month, day: date.day,
                                         hour: time.hour, minute: time.minute)
        if let instant = calendar.date(from: components) { return instant }
        // Not reached for a valid date in the Gregorian calendar; kept total rather than trapping.
        return Date(timeIntervalSince1970: TimeInterval(date.daysSinceEpoch * 86_400 + time.minutes * 60))
    }

    /// The date and time of day `instant` shows on a clock in `zone`.
    static func local(_ instant: Date, in zone: TimeZone) -> LocalDateTime {
        let parts = gregorian(zone).dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        let date = CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(daysSinceEpoch: 0)
        let time = ClockTime(hour: parts.hour ?? 0, minute: parts.minute ?? 0) ?? midnight
        return LocalDateTime(date: date, time: time)
    }

    private static let midnight = ClockTime(minutes: 0)!   // safe: 0 is within 0..<1440

    private static func gregorian(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }
}
