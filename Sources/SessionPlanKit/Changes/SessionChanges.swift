import Foundation

/// What changed between two versions of one session, for a notice to
/// participants: slots matched by their identity (`SlotIdentity`: the `id`,
/// else day date, kind and ordinal), groups by direction id and group name.
/// Each change is one line of text in the session's language.
struct SessionChanges: Sendable {
    /// The lines of the notice, in program order: slots first, then groups.
    var lines: [String]

    /// The changes from `old` to `new`, worded in `new`'s language; with
    /// `person`, only the slots and groups that concern that person in either version;
    /// with `zone`, times as a clock in that zone shows them (the person's own zone).
    init(old: Session, new: Session, person: String? = nil, zone: TimeZone? = nil) {
        let language = new.language
        /// A slot's day and times as its reader says them, «21 сентября, 09:40–09:55»; `source`:
        /// the zone its version writes times in.
        func clock(_ day: Day, _ slot: Slot, in source: TimeZone) -> (date: CalendarDate, times: String) {
            guard let zone else { return (day.date, "\(slot.start)–\(slot.end)") }
            let start = ProgramClock.local(ProgramClock.instant(date: day.date, time: slot.start, in: source), in: zone)
            let end = ProgramClock.local(ProgramClock.instant(date: day.date, time: slot.end, in: source), in: zone)
            return (start.date, "\(start.time)–\(end.time)")
        }
        func when(_ day: Day, _ slot: Slot, in source: TimeZone) -> String {
            let (date, times) = clock(day, slot, in: source)
            return ProgramDates.dayAndMonth(date, in: language) + ", " + times
        }
        /// «21 сентября, 09:40–09:55 → 09:40–09:50»: the day again only when it changes.
        func moved(from oldDay: Day, _ oldSlot: Slot, to day: Day, _ slot: Slot) -> String {
            let before = clock(oldDay, oldSlot, in: old.timeZone), after = clock(day, slot, in: new.timeZone)
            let arrival = before.date == after.date ? after.times : when(day, slot, in: new.timeZone)
            return when(oldDay, oldSlot, in: old.timeZone) + " → " + arrival
        }
        func names(_ people: [PersonReference]) -> String { people.map(\.name).joined(separator: ", ") }
        let key = person.map(PersonKey.init)
        let oldPlaces = PlaceIndex(old), newPlaces = PlaceIndex(new)
        // The person's directions in either version.
        let ownDirections = key.map { Self.directions(of: $0, in: old).union(Self.directions(of: $0, in: new)) }
        func concerns(_ slot: Slot, in session: Session) -> Bool {
            guard let key, let ownDirections else { return true }
            if slot.speakers.contains(where: { $0.key == key }) || slot.moderators.contains(where: { $0.key == key }) { return true }
            // A slot of other directions (their parallel plenary) is not theirs.
            if !slot.directions.isEmpty, !slot.directions.contains(where: ownDirections.contains) { return false }
            return slot.isForEveryone || (slot.kind == .groupWork && session.directions.contains { $0.groups.contains { Self.has(key, $0) } })
        }
        /// Where a slot happens as its program says: its place, its direction's, else the venue.
        func placeName(_ place: Place?, in session: Session) -> String {
            place.map { ProgramWords.placeName($0) } ?? nonBlank(session.venue) ?? "—"
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
                    if concerns(slot, in: new) {
                        lines.append(LocalizedText(en: "Added: ", ru: "Добавлено: ").text(in: language) + "\(when(day, slot, in: new.timeZone)) «\(slot.title)»")
                    }
                    continue
                }
                matched.insert(id)
                guard concerns(slot, in: new) || concerns(oldSlot, in: old) else { continue }
                if oldDay.date != day.date || oldSlot.start != slot.start || oldSlot.end != slot.end {
                    lines.append(LocalizedText(en: "Moved: ", ru: "Перенесено: ").text(in: language) + "«\(slot.title)» \(moved(from: oldDay, oldSlot, to: day, slot))")
                }
                let before = placeName(oldPlaces.place(of: oldSlot), in: old), after = placeName(newPlaces.place(of: slot), in: new)
                if before != after {
                    lines.append(LocalizedText(en: "Another place: ", ru: "Другое место: ").text(in: language) + "«\(slot.title)» \(before) → \(after)")
                }
                if oldSlot.title != slot.title {
                    lines.append(LocalizedText(en: "Renamed: ", ru: "Новое название: ").text(in: language) + "\(when(day, slot, in: new.timeZone)) «\(oldSlot.title)» → «\(slot.title)»")
                }
                if oldSlot.speakers.map(\.key) != slot.speakers.map(\.key) {
                    lines.append(LocalizedText(en: "Speakers: ", ru: "Выступают: ").text(in: language) + "\(when(day, slot, in: new.timeZone)) «\(slot.title)»: \(names(oldSlot.speakers)) → \(names(slot.speakers))")
                }
                if oldSlot.moderators.map(\.key) != slot.moderators.map(\.key) {
                    lines.append(LocalizedText(en: "Moderators: ", ru: "Модераторы: ").text(in: language) + "\(when(day, slot, in: new.timeZone)) «\(slot.title)»: \(names(oldSlot.moderators)) → \(names(slot.moderators))")
                }
            }
        }
        for day in old.days {
            for slot in day.slots where !matched.contains(oldIDs.key(day, slot)) && concerns(slot, in: old) {
                lines.append(LocalizedText(en: "Cancelled: ", ru: "Отменено: ").text(in: language) + "\(when(day, slot, in: old.timeZone)) «\(slot.title)»")
            }
        }
        // A direction's room is where its groups work and its own slots happen.
        let oldDirections = Set(old.directions.map(\.id))
        for direction in new.directions where oldDirections.contains(direction.id) {
            guard ownDirections?.contains(direction.id) ?? true else { continue }
            let from = oldPlaces.place(ofDirection: direction.id), to = newPlaces.place(ofDirection: direction.id)
            guard from != nil || to != nil else { continue }
            let (was, now) = (placeName(from, in: old), placeName(to, in: new))
            guard was != now else { continue }
            lines.append(LocalizedText(en: "Place of direction \(direction.number) «\(direction.title)»: ",
                                       ru: "Место направления \(direction.number) «\(direction.title)»: ").text(in: language) + "\(was) → \(now)")
        }
        lines += Self.groupChanges(old: old, new: new, person: key, language: language)
        self.lines = lines
    }

    private static func has(_ key: PersonKey, _ group: Group) -> Bool {
        group.members.contains { $0.key == key } || group.moderator?.key == key || group.collector?.key == key
    }

    /// The ids of the directions `key` leads or works in (a member, moderator or collector of a group).
    private static func directions(of key: PersonKey, in session: Session) -> Set<String> {
        Set(session.directions.filter { direction in
            direction.leaders.contains { $0.key == key } || direction.groups.contains { has(key, $0) }
        }.map(\.id))
    }

    /// Members joined or left, another moderator, collector or room.
    private static func groupChanges(old: Session, new: Session, person: PersonKey?, language: Language) -> [String] {
        var oldGroups: [String: Group] = [:]
        for direction in old.directions { for group in direction.groups { oldGroups[direction.id + "\u{1F}" + group.name] = group } }
        var lines: [String] = []
        for direction in new.directions {
            for group in direction.groups {
                let label = LocalizedText(en: "«\(group.name)» of direction \(direction.number)",
                                          ru: "«\(group.name)» направления \(direction.number)").text(in: language)
                guard let before = oldGroups[direction.id + "\u{1F}" + group.name] else {
                    if person.map({ has($0, group) }) ?? true {
                        lines.append(LocalizedText(en: "New group: ", ru: "Новая группа: ").text(in: language) + label)
                    }
                    continue
                }
                if let person, !has(person, group), !has(person, before) { continue }
                let oldMembers = Set(before.members.map(\.key)), newMembers = Set(group.members.map(\.key))
                let joined = group.members.filter { !oldMembers.contains($0.key) }.map(\.name)
                let left = before.members.filter { !newMembers.contains($0.key) }.map(\.name)
                if !joined.isEmpty {
                    lines.append(LocalizedText(en: "Joined \(label): ", ru: "В группу \(label) добавлены: ").text(in: language)
                                 + joined.joined(separator: ", "))
                }
                if !left.isEmpty {
                    lines.append(LocalizedText(en: "Left \(label): ", ru: "Из группы \(label) выбыли: ").text(in: language)
                                 + left.joined(separator: ", "))
                }
                if before.moderator?.key != group.moderator?.key {
                    lines.append(LocalizedText(en: "Moderator of \(label): ", ru: "Модератор группы \(label): ").text(in: language)
                                 + "\(before.moderator?.name ?? "—") → \(group.moderator?.name ?? "—")")
                }
                if before.collector?.key != group.collector?.key {
                    lines.append(LocalizedText(en: "Collector of \(label): ", ru: "Сборщик группы \(label): ").text(in: language)
                                 + "\(before.collector?.name ?? "—") → \(group.collector?.name ?? "—")")
                }
                if before.room != group.room {
                    lines.append(LocalizedText(en: "The room of \(label) changed",
                                               ru: "Комната группы \(label) изменилась").text(in: language))
                }
            }
        }
        return lines
    }
}
