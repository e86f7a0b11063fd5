import Foundation

/// `VTIMEZONE` generation from Foundation's time-zone database (RFC 5545 §3.6.5).
///
/// Events are written as local time with `TZID=Europe/Moscow`, which is what
/// organizers see on the printed agenda; a `VTIMEZONE` makes the file
/// self-describing for clients that do not know the zone or know an outdated
/// version of it. Instead of guessing recurrence rules, we list the actual
/// transitions that Foundation reports around the events' span, each as its
/// own `STANDARD`/`DAYLIGHT` observance with an explicit onset.
enum ICalendarTimeZone {
    /// One observance: the offset that takes effect at `onset`.
    struct Observance: Sendable, Hashable {
        enum Kind: String, Sendable, Hashable {
            case standard = "STANDARD"
            case daylight = "DAYLIGHT"
        }

        var kind: Kind
        /// Onset as local time in the offset in effect *before* it
        /// (`TZOFFSETFROM`), as RFC 5545 requires for `DTSTART` in a `VTIMEZONE`.
        var onset: ICalendarDateTime
        var offsetFrom: Int
        var offsetTo: Int

        init(kind: Kind, onset: ICalendarDateTime, offsetFrom: Int, offsetTo: Int) {
            self.kind = kind
            self.onset = onset
            self.offsetFrom = offsetFrom
            self.offsetTo = offsetTo
        }
    }

    /// Onset used only for a zone that never changed its offset (UTC, or a
    /// database without history): then the single observance is true at
    /// every instant, and its from/to offsets are equal.
    static let timelessOnset = ICalendarDateTime(year: 1970, month: 1, day: 1)

    /// Where the search for the transition that began the observance in
    /// effect at the span's start begins: before any zone's first transition
    /// from local mean time. Real zones have a few hundred transitions since.
    static let searchFloor = Date(timeIntervalSince1970: -4_102_444_800)   // 1840-01-01T00:00:00Z

    /// Upper bound on the transitions walked: protects against a database
    /// that reports transitions without end.
    static let transitionLimit = 10_000

    /// The observances covering `start...end`: the one in effect at `start`,
    /// with the real transition that began it however long ago (Europe/Moscow:
    /// 2014-10-26, from +0400 to +0300), followed by every transition up to
    /// `end`. Foundation reports every change of offset, not only daylight
    /// saving time, as a transition.
    static func observances(for timeZone: TimeZone, from start: Date, to end: Date) -> [Observance] {
        let end = max(start, end)
        var initial: Date?
        var within: [Date] = []
        var cursor = searchFloor
        for _ in 0..<transitionLimit {
            guard let next = timeZone.nextDaylightSavingTimeTransition(after: cursor),
                  next > cursor, next <= end else { break }
            if next <= start { initial = next } else { within.append(next) }
            cursor = next
        }
        var result: [Observance] = []
        if let initial {
            result.append(observance(for: timeZone, at: initial))
        } else {
            let offset = timeZone.secondsFromGMT(for: start)
            result.append(Observance(kind: timeZone.isDaylightSavingTime(for: start) ? .daylight : .standard,
                                     onset: timelessOnset, offsetFrom: offset, offsetTo: offset))
        }
        result += within.map { observance(for: timeZone, at: $0) }
        return result
    }

    /// The observance beginning at the transition instant `instant`.
    static func observance(for timeZone: TimeZone, at instant: Date) -> Observance {
        let from = timeZone.secondsFromGMT(for: instant.addingTimeInterval(-1))
        let to = timeZone.secondsFromGMT(for: instant)
        let onset = ICalendarDateTime(instant.addingTimeInterval(TimeInterval(from)), in: ICalendarDateTime.utc)
        return Observance(kind: timeZone.isDaylightSavingTime(for: instant) ? .daylight : .standard,
                          onset: onset, offsetFrom: from, offsetTo: to)
    }

    /// The complete `BEGIN:VTIMEZONE` … `END:VTIMEZONE` block. `TZNAME` is
    /// omitted: it is optional, and Foundation on Linux reports abbreviations
    /// like `GMT+3` rather than `MSK`, which would be noise.
    static func contentLines(for timeZone: TimeZone, from start: Date, to end: Date) -> [ICalendarContentLine] {
        var lines = [
            ICalendarContentLine(name: "BEGIN", value: "VTIMEZONE"),
            ICalendarContentLine(name: "TZID", value: ICalendarText.escapeText(timeZone.identifier)),
        ]
        for observance in observances(for: timeZone, from: start, to: end) {
            lines += [
                ICalendarContentLine(name: "BEGIN", value: observance.kind.rawValue),
                ICalendarContentLine(name: "DTSTART", value: observance.onset.basicLocal),
                ICalendarContentLine(name: "TZOFFSETFROM", value: ICalendarDateTime.utcOffset(seconds: observance.offsetFrom)),
                ICalendarContentLine(name: "TZOFFSETTO", value: ICalendarDateTime.utcOffset(seconds: observance.offsetTo)),
                ICalendarContentLine(name: "END", value: observance.kind.rawValue),
            ]
        }
        lines.append(ICalendarContentLine(name: "END", value: "VTIMEZONE"))
        return lines
    }
}
