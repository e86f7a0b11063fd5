import Foundation

/// An event of an earlier version of the calendar that the current version no
/// longer has: written with its old UID and `STATUS:CANCELLED`, so the
/// subscribers' calendars drop it instead of keeping it beside the new ones.
struct CancelledEvent: Sendable, Hashable {
    var uid: String
    var title: String
    var start: Date
    var end: Date
}

/// `export --to ics --previous OLD.json`: which of OLD's events to cancel.
enum CalendarCancellations {
    /// The events of `previous` (seen through `query`, as the current export
    /// is) whose UIDs the current view does not have. A `--person` who was not
    /// in the previous version had no events there: nothing to cancel.
    static func events(previous: Session, current: ProgramView, query: ProgramQuery) -> [CancelledEvent] {
        guard let old = try? ProgramView(session: previous, query: query) else { return [] }
        let currentIdentities = SlotIdentity.of(current.session)
        let kept = Set(current.entries.map { currentIdentities.uid($0.day, $0.slot) })
        let oldIdentities = SlotIdentity.of(previous)
        var seen = Set<String>()
        var result: [CancelledEvent] = []
        for entry in old.entries {
            let uid = oldIdentities.uid(entry.day, entry.slot)
            guard !kept.contains(uid), seen.insert(uid).inserted else { continue }
            result.append(CancelledEvent(uid: uid, title: entry.slot.title, start: entry.start, end: entry.end))
        }
        return result
    }
}
