import Foundation

/// Accumulates iCalendar content lines and serialises them (RFC 5545).
///
/// The writer knows the line syntax, escaping, folding and CRLF endings; it
/// knows nothing about sessions or slots. The exporter decides which
/// components and properties to emit, so this type stays reusable and every
/// rule can be tested in isolation.
struct ICalendarWriter: Sendable {
    /// The logical lines written so far, unfolded.
    private(set) var lines: [ICalendarContentLine] = []

    init() {}

    /// Appends a line as is (its value must already be in wire form).
    mutating func append(_ line: ICalendarContentLine) {
        lines.append(line)
    }

    mutating func append(contentsOf newLines: [ICalendarContentLine]) {
        lines += newLines
    }

    /// `BEGIN:<component>`, e.g. `VCALENDAR`, `VEVENT`.
    mutating func begin(_ component: String) {
        append(ICalendarContentLine(name: "BEGIN", value: component))
    }

    /// `END:<component>`.
    mutating func end(_ component: String) {
        append(ICalendarContentLine(name: "END", value: component))
    }

    /// A property whose value is already valid wire syntax (`VERSION:2.0`,
    /// `RRULE`, enumerated values). Use ``text(_:_:parameters:)`` for user text.
    mutating func property(_ name: String, parameters: [ICalendarContentLine.Parameter] = [], rawValue: String) {
        append(ICalendarContentLine(name: name, parameters: parameters, value: rawValue))
    }

    /// A TEXT property (`SUMMARY`, `DESCRIPTION`, `LOCATION`), escaped.
    mutating func text(_ name: String, _ text: String, parameters: [ICalendarContentLine.Parameter] = []) {
        property(name, parameters: parameters, rawValue: ICalendarText.escapeText(text))
    }

    /// A local date-time tied to a zone: `DTSTART;TZID=Europe/Moscow:20210921T090000`.
    /// Pair it with a `VTIMEZONE` for the same identifier.
    mutating func dateTime(_ name: String, _ value: ICalendarDateTime, timeZoneID: String) {
        property(name, parameters: [.init("TZID", timeZoneID)], rawValue: value.basicLocal)
    }

    /// A UTC date-time: `DTSTAMP:20210920T120000Z`. `value` must hold UTC components.
    mutating func dateTimeUTC(_ name: String, _ value: ICalendarDateTime) {
        property(name, rawValue: value.basicUTC)
    }

    /// A UTC date-time from an instant, e.g. `DTSTAMP` from the export time.
    mutating func dateTimeUTC(_ name: String, _ instant: Date) {
        dateTimeUTC(name, ICalendarDateTime(instant, in: ICalendarDateTime.utc))
    }

    /// An all-day date: `DTSTART;VALUE=DATE:20210921`.
    mutating func date(_ name: String, _ value: ICalendarDateTime) {
        property(name, parameters: [.init("VALUE", "DATE")], rawValue: value.basicDate)
    }

    /// The `VTIMEZONE` for `timeZone` covering the instants `start...end`.
    mutating func timeZone(_ timeZone: TimeZone, from start: Date, to end: Date) {
        append(contentsOf: ICalendarTimeZone.contentLines(for: timeZone, from: start, to: end))
    }

    /// The serialised stream: every line folded at 75 octets and every
    /// physical line, including the last, terminated by CRLF.
    var output: String { String(decoding: bytes, as: UTF8.self) }

    /// The serialised stream as its UTF-8 bytes, as `output` (a calendar with every group in
    /// every group-work slot is tens of megabytes).
    var bytes: [UInt8] {
        var out: [UInt8] = []
        // The values, with room for the names and the folds (3 octets in every 75).
        out.reserveCapacity(lines.reduce(0) { $0 + $1.value.utf8.count * 21 / 20 + 24 })
        for line in lines { ICalendarFolding.append(line.rendered, to: &out) }
        return out
    }
}
