/// Which slot of one version of a session is which slot of another: the key
/// of calendar UIDs, `export --previous` and `sessionplan changes`.
///
/// A slot's identity is its `id` when the file gives one. Otherwise it is the
/// id `sessionplan ids` would write for it: the day's date, the slot's kind,
/// and its ordinal among the slots of that kind on that day, in file order —
/// `2021-09-21-opening`, `2021-09-21-talk`, `2021-09-21-talk-2`.
///
/// Why that key. Organizers, after publishing, insert and delete slots, fix
/// titles and times, and rename the session. The key holds through:
/// - renaming the session or fixing a slot's title, speakers, notes: none are in it;
/// - fixing a time, even one that reorders the day: the ordinal counts file order;
/// - inserting or deleting a slot of another kind (a «Перерыв», a
///   «Подключение к Zoom»): ordinals count only slots of the same kind.
///
/// What changes it: a slot moved to another day, its kind changed, or a slot
/// of the same kind inserted or deleted before it that day. Slots with an
/// `id` keep their identity through all of it, and `sessionplan ids` writes
/// exactly the implicit keys, so adding ids changes no UID.
///
/// An implicit key that another slot already has as its `id` takes the next
/// free suffix (`…-talk-2-2`), so identities are unique in a session.
enum SlotIdentity {
    /// The identity of every slot of `session`.
    static func of(_ session: Session) -> SlotIdentities { SlotIdentities(keys: keys(of: session)) }

    /// The identity of every slot, `[day][slot]`, in file order. Linear in the number of slots.
    static func keys(of session: Session) -> [[String]] {
        var taken = Set<String>()
        for day in session.days { for slot in day.slots { if let id = slot.id { taken.insert(id) } } }
        return session.days.map { day in
            var ordinals: [SlotKind: Int] = [:]
            return day.slots.map { slot in
                let ordinal = (ordinals[slot.kind] ?? 0) + 1
                ordinals[slot.kind] = ordinal
                if let id = slot.id { return id }
                var key = implicitKey(date: day.date, kind: slot.kind, ordinal: ordinal)
                var suffix = 2
                while taken.contains(key) {   // only a clash with a written id: rare and short
                    key = implicitKey(date: day.date, kind: slot.kind, ordinal: ordinal) + "-\(suffix)"
                    suffix += 1
                }
                taken.insert(key)
                return key
            }
        }
    }

    /// `2021-09-21-talk`, `2021-09-21-talk-2`: valid as a slot `id` (`[a-z0-9-]+`).
    static func implicitKey(date: CalendarDate, kind: SlotKind, ordinal: Int) -> String {
        "\(date)-\(kind.rawValue)" + (ordinal > 1 ? "-\(ordinal)" : "")
    }

    /// The calendar UID of a slot whose identity is `key`.
    static func uid(_ key: String) -> String {
        ICalendarUID.make("slot", key)
    }
}

/// The identities of one session's slots, looked up by day and slot.
struct SlotIdentities: Sendable {
    let keys: [[String]]

    /// The identity of `slot` of `day` (both of the session these identities were made from).
    func key(_ day: Day, _ slot: Slot) -> String {
        let (dayIndex, slotIndex) = (day.number - 1, slot.number - 1)
        if keys.indices.contains(dayIndex), keys[dayIndex].indices.contains(slotIndex) { return keys[dayIndex][slotIndex] }
        return slot.id ?? SlotIdentity.implicitKey(date: day.date, kind: slot.kind, ordinal: slot.number)
    }

    func uid(_ day: Day, _ slot: Slot) -> String { SlotIdentity.uid(key(day, slot)) }
}
