import Foundation

/// The program as an iCalendar file (RFC 5545) for Google Calendar, Outlook,
/// Yandex Calendar and phones: one `VEVENT` per slot of the view, so
/// `--person` gives that person's calendar and `--day` one day's.
///
/// - Times are local to the view's zone (the session's, or `--tz ZONE`) with
///   `TZID` and a `VTIMEZONE` built from the time-zone database; `--tz UTC`
///   writes UTC times (`…Z`) and no `VTIMEZONE`.
/// - `UID` = hash of the slot's identity (`SlotIdentity`): its `id`, else
///   its day's date, kind and ordinal among that day's slots of its kind.
///   Renaming the session, fixing a title or a time, inserting or deleting
///   slots of other kinds keep every UID, so a calendar that imports the file
///   again updates the events instead of adding second ones.
/// - `SEQUENCE` is the session's `revision`; `DTSTAMP` is its `updated` (in
///   UTC), else the first day's date at 00:00 UTC, never the time of export,
///   so the same file always gives the same output.
/// - `cancelled`: events of an earlier version (`--previous`) that this one no
///   longer has, written with their old UIDs and `STATUS:CANCELLED`.
/// - Text goes through `ICalendarText` and lines are folded at 75 octets by
///   `ICalendarWriter`, never inside a UTF-8 character; lines end in CRLF.
struct ICalendarRenderer: ProgramSerializer {
    /// Events of the previous version to write as cancelled.
    var cancelled: [CancelledEvent]

    init(cancelled: [CancelledEvent] = []) {
        self.cancelled = cancelled
    }

    /// `-//sessionplan//sessionplan//RU`: who made the file, in the session's language.
    static func productID(_ language: Language) -> String {
        "-//sessionplan//sessionplan//" + language.rawValue.uppercased()
    }

    /// Zones written as UTC (`…Z`) rather than with a `TZID`.
    static let utcIdentifiers: Set<String> = ["UTC", "GMT", "Etc/UTC", "Etc/GMT", "Etc/Universal", "Etc/Zulu",
                                              "Universal", "Zulu", "UCT", "Etc/UCT", "GMT0", "Etc/GMT0"]

    /// The stable UID of a slot (see the type's documentation).
    static func uid(session: Session, day: Day, slot: Slot) -> String {
        SlotIdentity.of(session).uid(day, slot)
    }

    /// The `DTSTAMP`: `updated` in UTC, else the first day's date at 00:00 UTC.
    static func stamp(of session: Session) -> ICalendarDateTime {
        if let updated = session.updated {
            let instant = ProgramClock.instant(date: updated.date, time: updated.time, in: session.timeZone)
            return ICalendarDateTime(instant, in: ICalendarDateTime.utc)
        }
        guard let date = session.days.map(\.date).min() else { return ICalendarDateTime(year: 1970, month: 1, day: 1) }
        return ICalendarDateTime(year: date.year, month: date.month, day: date.day)
    }

    func render(_ document: ProgramDocument) -> String {
        writer(document).output
    }

    /// The calendar as the bytes of its file.
    func bytes(_ document: ProgramDocument) -> [UInt8] {
        writer(document).bytes
    }

    private func writer(_ document: ProgramDocument) -> ICalendarWriter {
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
        if !utc, let first = (slots.map(\.entry.start) + cancelled.map(\.start)).min(),
           let last = (slots.map(\.entry.end) + cancelled.map(\.end)).max() {
            writer.timeZone(zone, from: first, to: last)
        }
        let stamp = ICalendarRenderer.stamp(of: session)
        let identities = SlotIdentity.of(session)
        func times(_ start: Date, _ end: Date) {
            if utc {
                writer.dateTimeUTC("DTSTART", start)
                writer.dateTimeUTC("DTEND", end)
            } else {
                writer.dateTime("DTSTART", ICalendarDateTime(start, in: zone), timeZoneID: zone.identifier)
                writer.dateTime("DTEND", ICalendarDateTime(end, in: zone), timeZoneID: zone.identifier)
            }
        }
        for slot in slots {
            let entry = slot.entry
            writer.begin("VEVENT")
            writer.text("UID", identities.uid(entry.day, entry.slot))
            writer.dateTimeUTC("DTSTAMP", stamp)
            writer.property("SEQUENCE", rawValue: String(session.revision))
            times(entry.start, entry.end)
            writer.text("SUMMARY", slot.title)
            let description = self.description(of: slot, in: document)
            if !description.isEmpty { writer.text("DESCRIPTION", description) }
            // The slot's own place (name, address; its link with --include-links), else the session's venue.
            if let location = slot.place?.nameWithLink ?? document.venue { writer.text("LOCATION", location) }
            writer.property("STATUS", rawValue: "CONFIRMED")
            writer.end("VEVENT")
        }
        for event in cancelled {
            writer.begin("VEVENT")
            writer.text("UID", event.uid)
            writer.dateTimeUTC("DTSTAMP", stamp)
            writer.property("SEQUENCE", rawValue: String(session.revision))
            times(event.start, event.end)
            writer.text("SUMMARY", event.title)
            writer.property("STATUS", rawValue: "CANCELLED")
            writer.end("VEVENT")
        }
        writer.end("VCALENDAR")
        return writer
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
