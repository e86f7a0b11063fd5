import Foundation

/// A wall-clock date-time as iCalendar writes it: `20210921T090000`.
///
/// Built from plain components and printed with integer padding, never with
/// `DateFormatter`, whose output depends on locale, calendar and user
/// settings (a Buddhist or Persian calendar, or a 12-hour locale, would
/// silently corrupt the file). Whether the value is local (with `TZID`) or
/// UTC (with `Z`) is decided by the writer method that emits it.
struct ICalendarDateTime: Sendable, Hashable, Comparable {
    /// UTC. Foundation has a zone for every offset of whole seconds within a day; 0 is one.
    static let utc = TimeZone(secondsFromGMT: 0) ?? TimeZone.current

    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int

    init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The wall-clock components of `date` in `timeZone`, via a Gregorian
    /// calendar (calendar arithmetic is locale-independent; only formatting is not).
    init(_ date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        self.init(year: c.year ?? 0, month: c.month ?? 0, day: c.day ?? 0,
                  hour: c.hour ?? 0, minute: c.minute ?? 0, second: c.second ?? 0)
    }

    /// The instant at which this wall-clock time occurs in `timeZone`, or nil
    /// for impossible components. For a time skipped or repeated by a DST
    /// transition, Foundation's Gregorian calendar picks one of the instants.
    func date(in timeZone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: year, month: month, day: day,
                                        hour: hour, minute: minute, second: second)
        return calendar.date(from: components)
    }

    /// RFC 5545 DATE: `YYYYMMDD`.
    var basicDate: String {
        Self.pad(year, 4) + Self.pad(month, 2) + Self.pad(day, 2)
    }

    /// RFC 5545 DATE-TIME without the UTC marker: `YYYYMMDDTHHMMSS`.
    var basicLocal: String {
        basicDate + "T" + Self.pad(hour, 2) + Self.pad(minute, 2) + Self.pad(second, 2)
    }

    /// RFC 5545 DATE-TIME in UTC form: `YYYYMMDDTHHMMSSZ`. The components
    /// must already be UTC; see ``init(_:in:)`` with `TimeZone.gmt`.
    var basicUTC: String { basicLocal + "Z" }

    static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second)
            < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
    }

    /// Zero-padded decimal of `value` to at least `width` digits.
    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let padding = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + padding + digits
    }

    /// RFC 5545 UTC-OFFSET: `+0300`, `-0430`, or `+053328` when seconds are non-zero.
    static func utcOffset(seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let total = seconds.magnitude
        let hours = Int(total / 3600), minutes = Int(total % 3600 / 60), secs = Int(total % 60)
        return sign + pad(hours, 2) + pad(minutes, 2) + (secs == 0 ? "" : pad(secs, 2))
    }
}
