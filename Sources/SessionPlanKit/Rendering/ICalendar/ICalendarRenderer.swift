import Foundation

/// The program as an iCalendar file (RFC 5545) for Google Calendar, Outlook,
/// Yandex Calendar and phones: one `VEVENT` per slot of the view, so
/// `--person` gives that person's calendar and `--day` one day's.
///
/// - Times are local to the view's zone (the session's, or `--tz ZONE`) with
///   `TZID` and a `VTIMEZONE` built from the time-zone database; `--tz UTC`
///   writes UTC times (`…Z`) and no `VTIMEZONE`.
/// - `UID` = hash of the session's title, the day's date and the slot's number
///   in that day (its position in the file). Exporting again after a slot is
///   renamed, moved in time, or given other speakers keeps its UID, so a
///   calendar that imports the file again updates the event instead of adding
///   a second one. What changes the UIDs: renaming the session, moving a day
///   to another date, or inserting a slot before others in the file (the
///   later slots of that day take the next numbers; they are still updated
///   in place, and the day's last event may be left over).
/// - `DTSTAMP` is the first day's date at 00:00 UTC, not the time of export,
///   so the same file always gives the same output (golden-testable,
///   diff-friendly); `SEQUENCE` is 0.
/// - Text goes through `ICalendarText` and lines are folded at 75 octets by
///   `ICalendarWriter`, never inside a UTF-8 character; lines end in CRLF.
public struct ICalendarRenderer: Sendable {
    public var options: ExportOptions

    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    /// `-//sessionplan//sessionplan//RU`: who made the file, in the session's language.
    static func productID(_ language: Language) -> String {
        "-//sessionplan//sessionplan//" + language.rawValue.uppercased()
    }

    /// Zones written as UTC (`…Z`) rather than with a `TZID`.
    static let utcIdentifiers: Set<String> = ["UTC", "GMT", "Etc/UTC", "Etc/GMT", "Etc/Universal", "Etc/Zulu",
                                              "Universal", "Zulu", "UCT", "Etc/UCT", "GMT0", "Etc/GMT0"]

    /// The stable UID of a slot (see the type's documentation).
    public static func uid(session: Session, day: Day, slot: Slot) -> String {
        ICalendarUID.make(session.title, day.date.description, String(slot.number))
    }

    /// The fixed `DTSTAMP`: the first day's date at 00:00 UTC.
    public static func stamp(of session: Session) -> ICalendarDateTime {
        guard let date = session.days.map(\.date).min() else { return ICalendarDateTime(year: 1970, month: 1, day: 1) }
        return ICalendarDateTime(year: date.year, month: date.month, day: date.day)
    }

    public func render(_ view: ProgramView) -> String {
        render(ProgramDocument(view: view, options: options))
    }

    public func render(_ document: ProgramDocument) -> String {
        let view = document.view
        let session = view.session
        let zone = view.zones[0]
        let utc = ICalendarRenderer.utcIdentifiers.contains(zone.identifier)
        let slots = document.slots

        var writer = ICalendarWriter()
        writer.begin("VCALENDAR")
        writer.property("VERSION", rawValue: "2.0")
        writer.text("PRODID", ICalendarRenderer.productID(document.language))
        writer.property("CALSCALE", rawValue: "GREGORIAN")
        writer.property("METHOD", rawValue: "PUBLISH")
        var name = document.title
        if let person = view.person { name += " — " + person.name }
        writer.text("X-WR-CALNAME", name)
        writer.text("X-WR-TIMEZONE", zone.identifier)
        if !utc, let first = slots.map(\.entry.start).min(), let last = slots.map(\.entry.end).max() {
            writer.timeZone(zone, from: first, to: last)
        }
        let stamp = ICalendarRenderer.stamp(of: session)
        for slot in slots {
            let entry = slot.entry
            writer.begin("VEVENT")
            writer.text("UID", ICalendarRenderer.uid(session: session, day: entry.day, slot: entry.slot))
            writer.dateTimeUTC("DTSTAMP", stamp)
            writer.property("SEQUENCE", rawValue: "0")
            if utc {
                writer.dateTimeUTC("DTSTART", entry.start)
                writer.dateTimeUTC("DTEND", entry.end)
            } else {
                writer.dateTime("DTSTART", ICalendarDateTime(entry.start, in: zone), timeZoneID: zone.identifier)
                writer.dateTime("DTEND", ICalendarDateTime(entry.end, in: zone), timeZoneID: zone.identifier)
            }
            writer.text("SUMMARY", slot.title)
            let description = self.description(of: slot, in: document)
            if !description.isEmpty { writer.text("DESCRIPTION", description) }
            if let venue = document.venue { writer.text("LOCATION", venue) }
            writer.property("STATUS", rawValue: "CONFIRMED")
            writer.end("VEVENT")
        }
        writer.end("VCALENDAR")
        return writer.output
    }

    /// Speakers with positions, who it is for, the groups (with `--include-groups`), the notes: one per line.
    func description(of slot: DocumentSlot, in document: ProgramDocument) -> String {
        var lines: [String] = []
        let speakers = slot.speakers
        if !speakers.isEmpty {
            lines.append(ProgramCatalogue.speakers.text(in: document.language) + ":")
            lines += speakers.map { "— " + $0.nameWithPosition }
        }
        lines += slot.details
        lines += slot.workingGroups.map(\.line)
        if let notes = slot.notes { lines.append(notes) }
        return lines.joined(separator: "\n")
    }
}
