import Foundation

/// What changed between two versions of one session, for a notice to
/// participants: slots matched by their identity (`SlotIdentity`: the `id`,
/// else day date, kind and ordinal), groups by direction id and group name.
/// Each change is one line of text in the session's language.
public struct SessionChanges: Sendable {
    /// The lines of the notice, in program order: slots first, then groups.
    public var lines: [String]

    /// The changes from `old` to `new`, worded in `new`'s language; with
    /// `person`, only the slots and groups that concern that person in either version;
    /// with `zone`, times as a clock in that zone shows them (the person's own zone).
    public init(old: Session, new: Session, person: String? = nil, zone: TimeZone? = nil) {
        let ru = new.language == .ru
        func say(_ russian: String, _ english: String) -> String { ru ? russian : english }
        /// A slot's day and times; `source`: the zone its version writes times in.
        func when(_ day: Day, _ slot: Slot, in source: TimeZone) -> String {
            guard let zone else { return "\(day.date) \(slot.start)–\(slot.end)" }
            let start = ProgramClock.local(ProgramClock.instant(date: day.date, time: slot.start, in: source), in: zone)
            let end = ProgramClock.local(ProgramClock.instant(date: day.date, time: slot.end, in: source), in: zone)
            return "\(start.date) \(start.time)–\(end.time)"
        }
        func names(_ people: [PersonReference]) -> String { people.map(\.name).joined(separator: ", ") }
        let key = person.map(PersonKey.init)
        func concerns(_ slot: Slot, in session: Session) -> Bool {
            guard let key else { return true }
            return slot.isForEveryone || slot.speakers.contains { $0.key == key } || slot.moderators.contains { $0.key == key }
                || (slot.kind == .groupWork && session.directions.contains { $0.groups.contains { Self.has(key, $0) } })
        }

        var lines: [String] = []
        let oldIDs = SlotIdentity.of(old), newIDs = SlotIdentity.of(new)
        var oldSlots: [String: (Day, Slot)] = [:]
        for day in old.days { for slot in day.slots { oldSlots[oldIDs.key(day, slot)] = (day, slot) } }
        var matched = Set<String>()
        for day in new.days {
            for slot in day.slots {
                let id = newIDs.key(day, slot)
                guard let (oldDay, oldSlot) = oldSlots[id] else {
                    if concerns(slot, in: new) { lines.append(say("Добавлено: ", "Added: ") + "\(when(day, slot, in: new.timeZone)) «\(slot.title)»") }
                    continue
                }
                matched.insert(id)
                guard concerns(slot, in: new) || concerns(oldSlot, in: old) else { continue }
                if oldDay.date != day.date || oldSlot.start != slot.start || oldSlot.end != slot.end {
                    lines.append(say("Перенесено: ", "Moved: ") + "«\(slot.title)» \(when(oldDay, oldSlot, in: old.timeZone)) → \(when(day, slot, in: new.timeZone))")
                }
                if oldSlot.place != slot.place {
                    lines.append(say("Другое место: ", "Another place: ") + "«\(slot.title)» \(oldSlot.place ?? "—") → \(slot.place ?? "—")")
                }
                if oldSlot.title != slot.title {
                    lines.append(say("Новое название: ", "Renamed: ") + "\(when(day, slot, in: new.timeZone)) «\(oldSlot.title)» → «\(slot.title)»")
                }
                if oldSlot.speakers.map(\.key) != slot.speakers.map(\.key) {
                    lines.append(say("Выступают: ", "Speakers: ") + "\(when(day, slot, in: new.timeZone)) «\(slot.title)»: \(names(oldSlot.speakers)) → \(names(slot.speakers))")
                }
                if oldSlot.moderators.map(\.key) != slot.moderators.map(\.key) {
                    lines.append(say("Модераторы: ", "Moderators: ") + "\(when(day, slot, in: new.timeZone)) «\(slot.title)»: \(names(oldSlot.moderators)) → \(names(slot.moderators))")
                }
            }
        }
        for day in old.days {
            for slot in day.slots where !matched.contains(oldIDs.key(day, slot)) && concerns(slot, in: old) {
                lines.append(say("Отменено: ", "Cancelled: ") + "\(when(day, slot, in: old.timeZone)) «\(slot.title)»")
            }
        }
        lines += Self.groupChanges(old: old, new: new, person: key, ru: ru)
        self.lines = lines
    }

    private static func has(_ key: PersonKey, _ group: Group) -> Bool {
        group.members.contains { $0.key == key } || group.moderator?.key == key || group.collector?.key == key
    }

    /// Members joined or left, another moderator, collector or room.
    private static func groupChanges(old: Session, new: Session, person: PersonKey?, ru: Bool) -> [String] {
        func say(_ russian: String, _ english: String) -> String { ru ? russian : english }
        var oldGroups: [String: Group] = [:]
        for direction in old.directions { for group in direction.groups { oldGroups[direction.id + "\u{1F}" + group.name] = group } }
        var lines: [String] = []
        for direction in new.directions {
            for group in direction.groups {
                let label = say("«\(group.name)» направления \(direction.number)", "«\(group.name)» of direction \(direction.number)")
                guard let before = oldGroups[direction.id + "\u{1F}" + group.name] else {
                    if person.map({ has($0, group) }) ?? true { lines.append(say("Новая группа: ", "New group: ") + label) }
                    continue
                }
                if let person, !has(person, group), !has(person, before) { continue }
                let oldMembers = Set(before.members.map(\.key)), newMembers = Set(group.members.map(\.key))
                let joined = group.members.filter { !oldMembers.contains($0.key) }.map(\.name)
                let left = before.members.filter { !newMembers.contains($0.key) }.map(\.name)
                if !joined.isEmpty { lines.append(say("В группу \(label) добавлены: ", "Joined \(label): ") + joined.joined(separator: ", ")) }
                if !left.isEmpty { lines.append(say("Из группы \(label) выбыли: ", "Left \(label): ") + left.joined(separator: ", ")) }
                if before.moderator?.key != group.moderator?.key {
                    lines.append(say("Модератор группы \(label): ", "Moderator of \(label): ") + "\(before.moderator?.name ?? "—") → \(group.moderator?.name ?? "—")")
                }
                if before.collector?.key != group.collector?.key {
                    lines.append(say("Сборщик группы \(label): ", "Collector of \(label): ") + "\(before.collector?.name ?? "—") → \(group.collector?.name ?? "—")")
                }
                if before.room != group.room {
                    lines.append(say("Комната группы \(label) изменилась", "The room of \(label) changed"))
                }
            }
        }
        return lines
    }
}
