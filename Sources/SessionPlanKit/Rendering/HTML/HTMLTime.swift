import Foundation

/// The time of a slot as HTML marks it: a `<time>` per time, since a range is
/// not a time the validator accepts —
/// `<time datetime="2021-09-21T09:00+03:00">09:00</time>–<time datetime="2021-09-21T09:15+03:00">09:15</time>`.
enum HTMLTime {
    /// Both ends of the slot in its first zone, each with its date and the zone's offset then.
    static func range(_ entry: ProgramEntry) -> String {
        guard let local = entry.times.first else { return "" }
        return element(local.date, local.start, at: entry.start, in: local.zone) + "–"
            + element(local.endDate, local.end, at: entry.end, in: local.zone)
    }

    /// `<time datetime="2021-09-21T09:00+03:00">09:00</time>`.
    static func element(_ date: CalendarDate, _ time: ClockTime, at instant: Date, in zone: TimeZone) -> String {
        "<time datetime=\"\(date)T\(time)\(offset(zone.secondsFromGMT(for: instant)))\">\(time)</time>"
    }

    /// `+03:00`, `-04:00`, `+05:30`; `Z` for UTC.
    static func offset(_ seconds: Int) -> String {
        if seconds == 0 { return "Z" }
        let minutes = abs(seconds) / 60
        return (seconds < 0 ? "-" : "+") + twoDigits(minutes / 60) + ":" + twoDigits(minutes % 60)
    }
}
