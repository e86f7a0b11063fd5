import Foundation

/// `VTIMEZONE` generation from Foundation's time-zone database (RFC 5545 §3.6.5).
///
/// Events are written as local time with `TZID=Europe/Moscow`, which is what
/// organizers see on the printed agenda; a `VTIMEZONE` makes the file
/// self-describing for clients that do not know the zone or know an outdated
/// version of it. Instead of guessing recurrence rules, we list the actual
/// transitions that Foundation reports around the events' span, each as its
/// own `STANDARD`/`DAYLIGHT` observance with an explicit onset.
public enum ICalendarTimeZone {
    /// One observance: the offset that takes effect at `onset`.
    public struct Observance: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            case standard = "STANDARD"
            case daylight = "DAYLIGHT"
        }

        public var kind: Kind
        /// Onset as local time in the offset in effect *before* it
        /// (`TZOFFSETFROM`), as RFC 5545 requires for `DTSTART` in a `VTIMEZONE`.
        public var onset: ICalendarDateTime
        public var offsetFrom: Int
        public var offsetTo: Int

        public init(kind: Kind, onset: ICalendarDateTime, offsetFrom: Int, offsetTo: Int) {
            self.kind = kind
            self.onset = onset
            self.offsetFrom = offsetFrom
            self.offsetTo = offsetTo
        }
    }

    /// Onset used when no transition precedes the span within the look-back
    /// window (e.g. Europe/Moscow, fixed at +0300 since October 2014). It is
    /// the conventional "since forever" onset many producers use.
    public static let timelessOnset = ICalendarDateTime(year: 1970, month: 1, day: 1)

    /// How far before the span we look for the transition that began the
    /// observance in effect at its start. A zone with DST has a transition in
    /// every year, so slightly more than a year always finds it.
    static let lookBack: TimeInterval = 400 * 86_400

    /// The observances covering `start...end`: the one in effect at `start`
    /// (with its real onset if it began within the look-back window, else
    /// ``timelessOnset`` with equal from/to offsets) followed by every
    /// transition up to `end`.
    public static func observances(for timeZone: TimeZone, from start: Date, to end: Date) -> [Observance] {
        let end = max(start, end)
        var transitions: [Date] = []
        var cursor = start.addingTimeInterval(-lookBack)
        // Bounded loop: protects against a database that reports a
        // non-advancing transition.
        for _ in 0..<10_000 {
            guard let next = timeZone.nextDaylightSavingTimeTransition(after: cursor),
                  next > cursor, next <= end else { break }
            transitions.append(next)
            cursor = next
        }

        let before = transitions.filter { $0 <= start }
        let within = transitions.filter { $0 > start }
        var result: [Observance] = []
        if let initial = before.last {
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
    public static func contentLines(for timeZone: TimeZone, from start: Date, to end: Date) -> [ICalendarContentLine] {
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
