import Foundation

/// A slot's times as a clock in one zone shows them.
struct LocalSlotTime: Sendable, Hashable {
    let zone: TimeZone
    /// The date the slot starts on in this zone.
    let date: CalendarDate
    let start: ClockTime
    let end: ClockTime
    /// The date the slot ends on in this zone (the next day for 23:30–00:30).
    let endDate: CalendarDate
}

/// Why a slot is in someone's program.
enum ProgramReason: Sendable, Hashable {
    /// A slot for everyone.
    case everyone
    /// Group work: the group they work in, or one of their direction's groups.
    case group(GroupPlace)
    /// Their role is in the slot's audience.
    case role(Role)
    /// Their role may attend but need not.
    case optional(Role)
    /// They speak.
    case speaker
    /// They moderate the slot.
    case moderator
}

/// One slot of the program as a viewer sees it.
struct ProgramEntry: Sendable {
    /// The session's day the slot belongs to (its number and theme).
    let day: Day
    let slot: Slot
    let start: Date
    let end: Date
    /// One per zone of the view, in the view's order.
    let times: [LocalSlotTime]
    /// The viewer may attend but need not.
    let isOptional: Bool
    /// Why it concerns the viewer; `[.everyone]` in the whole program.
    let reasons: [ProgramReason]

    /// The date it is listed under: its start date in the first zone.
    var listedDate: CalendarDate { times[0].date }

    /// The groups named for this entry (group work of the viewer's groups).
    var groups: [GroupPlace] {
        reasons.compactMap { if case .group(let place) = $0 { place } else { nil } }
    }
}

/// The part of one session day listed under one date of the first zone.
/// A session day usually is one `ProgramDay`; far from the session's zone it
/// may be split across two dates, the second part marked as a continuation.
struct ProgramDay: Sendable {
    let day: Day
    let date: CalendarDate
    /// An earlier part of the same session day was listed under an earlier date.
    let isContinuation: Bool
    let entries: [ProgramEntry]
}

/// A session's program filtered and placed in time zones: what `agenda` prints
/// and what the exports write. Build it with a `ProgramQuery`.
struct ProgramView: Sendable {
    let session: Session
    /// The zones times are shown in; never empty; the first decides the dates.
    let zones: [TimeZone]
    /// The person whose program this is (`--person`).
    let person: PersonRoles?
    /// The role whose program this is (`--role`).
    let role: Role?
    /// The direction whose program this is (`--direction`).
    let direction: Direction?
    /// The days, in order, each with its entries in time order.
    let days: [ProgramDay]
    /// The first and last dates of the whole session in the first zone, whatever the filters.
    let dates: ClosedRange<CalendarDate>?
    /// Every date of the whole session that has a slot or an empty day, in the first zone, sorted.
    let allDates: [CalendarDate]

    var entries: [ProgramEntry] { days.flatMap(\.entries) }

    /// Whether a filter other than the day is applied: a personal, role or direction program.
    var isFiltered: Bool { person != nil || role != nil || direction != nil }

    init(session: Session, query: ProgramQuery = ProgramQuery()) throws(ProgramQueryError) {
        self.session = session
        let zones = query.timeZones.isEmpty ? [session.timeZone] : query.timeZones
        self.zones = zones

        var viewers: [Viewer] = []
        if let name = query.person {
            let person = try ProgramView.person(named: name, in: session)
            self.person = person
            viewers.append(.person(person, session: session))
        } else {
            self.person = nil
        }
        self.role = query.role
        if let role = query.role { viewers.append(.role(role)) }
        if let id = query.direction {
            guard let direction = session.directions.first(where: { $0.id == id })
                    ?? QueryValues.direction(numbered: id, in: session.directions) else {
                let ids = session.directions.map(\.id)
                throw .unknownDirection(id, suggestion: EditDistance.closest(to: id, among: ids), known: ids)
            }
            self.direction = direction
            viewers.append(.direction(direction))
        } else {
            self.direction = nil
        }

        // Every slot placed in time, then filtered by day and viewer.
        var all: [ProgramEntry] = []
        var emptyDays: [Day] = []
        for day in session.days {
            if day.slots.isEmpty { emptyDays.append(day) }
            let placed = day.slots.map { slot in ProgramView.place(slot, of: day, zones: zones, session: session) }
            all += placed.sorted { ($0.start, $0.slot.number) < ($1.start, $1.slot.number) }
        }
        let listed = all.map(\.listedDate) + emptyDays.map(\.date)
        if let first = listed.min(), let last = listed.max() { dates = first...last } else { dates = nil }
        allDates = Array(Set(listed)).sorted()

        switch query.day {
        case nil:
            break
        case .number(let number):
            guard (1...max(1, session.days.count)).contains(number), !session.days.isEmpty else {
                throw .dayNumberOutOfRange(number, dayCount: session.days.count)
            }
            all = all.filter { $0.day.number == number }
            emptyDays = emptyDays.filter { $0.number == number }
        case .date(let date):
            guard listed.contains(date) else {
                throw .dateNotInProgram(date, dates: Array(Set(listed)).sorted())
            }
            all = all.filter { $0.listedDate == date }
            emptyDays = emptyDays.filter { $0.date == date }
        }

        var kept: [ProgramEntry] = []
        for entry in all {
            var optional = false
            var reasons: [ProgramReason] = []
            var accepted = true
            for viewer in viewers {
                guard let match = viewer.match(entry.slot) else { accepted = false; break }
                optional = optional || match.optional
                for reason in match.reasons where !reasons.contains(reason) { reasons.append(reason) }
            }
            guard accepted else { continue }
            kept.append(ProgramEntry(day: entry.day, slot: entry.slot, start: entry.start, end: entry.end,
                                     times: entry.times, isOptional: optional,
                                     reasons: viewers.isEmpty ? entry.reasons : reasons))
        }

        var days: [ProgramDay] = []
        var seenDays: Set<Int> = []
        var index = 0
        while index < kept.count {
            let first = kept[index]
            var part: [ProgramEntry] = []
            while index < kept.count, kept[index].day.number == first.day.number,
                  kept[index].listedDate == first.listedDate {
                part.append(kept[index])
                index += 1
            }
            days.append(ProgramDay(day: first.day, date: first.listedDate,
                                   isContinuation: seenDays.contains(first.day.number), entries: part))
            seenDays.insert(first.day.number)
        }
        if viewers.isEmpty {
            // A day without slots still has a header in the whole program.
            for day in emptyDays {
                let at = days.firstIndex { $0.day.number > day.number } ?? days.endIndex
                days.insert(ProgramDay(day: day, date: day.date, isContinuation: false, entries: []), at: at)
            }
        }
        self.days = days
    }

    /// The instant the program's zone words are computed for: the first slot's start, else the first day's noon.
    var referenceInstant: Date {
        guard let day = session.days.first else { return Date(timeIntervalSince1970: 0) }
        let noon = ClockTime(minutes: 12 * 60)! // safe: 720 is within 0..<1440
        return ProgramClock.instant(date: day.date, time: day.slots.map(\.start).min() ?? noon, in: session.timeZone)
    }

    /// Announced hours shown in the first zone: the session's hours on its first day.
    var announcedHours: (start: ClockTime, end: ClockTime)? {
        guard let hours = session.hours, let day = session.days.first else { return nil }
        return hoursInFirstZone(hours, on: day.date)
    }

    /// A day's own hours, when they differ from the session's, in the first zone.
    func ownHours(of day: Day) -> (start: ClockTime, end: ClockTime)? {
        guard let hours = day.hours, hours.start != session.hours?.start || hours.end != session.hours?.end else {
            return nil
        }
        return hoursInFirstZone(hours, on: day.date)
    }

    private func hoursInFirstZone(_ hours: Hours, on date: CalendarDate) -> (start: ClockTime, end: ClockTime) {
        let start = ProgramClock.instant(date: date, time: hours.start, in: session.timeZone)
        let end = ProgramClock.instant(date: date, time: hours.end, in: session.timeZone)
        return (ProgramClock.local(start, in: zones[0]).time, ProgramClock.local(end, in: zones[0]).time)
    }

    /// A slot with its instants and local times; for everyone.
    private static func place(_ slot: Slot, of day: Day, zones: [TimeZone], session: Session) -> ProgramEntry {
        let start = ProgramClock.instant(date: day.date, time: slot.start, in: session.timeZone)
        let end = ProgramClock.instant(date: day.date, time: slot.end, in: session.timeZone)
        let times = zones.map { zone in
            let from = ProgramClock.local(start, in: zone), to = ProgramClock.local(end, in: zone)
            return LocalSlotTime(zone: zone, date: from.date, start: from.time, end: to.time, endDate: to.date)
        }
        return ProgramEntry(day: day, slot: slot, start: start, end: end, times: times,
                            isOptional: false, reasons: [.everyone])
    }

    /// The person a command-line name means: the same `PersonKey`, else the same
    /// name ignoring case and ё/е, else the only person whose name contains every
    /// word given (`--person Абрамова`). Otherwise an error with the closest names,
    /// if any is close enough to be a likely misspelling.
    static func person(named name: String, in session: Session) throws(ProgramQueryError) -> PersonRoles {
        let key = PersonKey(name)
        if let exact = session.personIndex[key] { return exact }
        let everyone = session.personIndex.entries
        let lowered = FoldedNames.foldSlowly(key.normalized)
        if let caseless = everyone.first(where: { FoldedNames.foldSlowly($0.key.normalized) == lowered }) { return caseless }
        let words = lowered.split(separator: " ").map(String.init)
        let containing = words.isEmpty ? [] : everyone.filter { person in
            let theirs = FoldedNames.foldSlowly(person.key.normalized).split(separator: " ").map(String.init)
            return words.allSatisfy { theirs.contains($0) }
        }
        // `Андреева М. С.` beside the full name it abbreviates is the same person: the full name answers.
        let resolution = containing.count > 1 ? session.initialsResolution() : [:]
        let matching = containing.filter { candidate in
            guard let full = resolution[candidate.key] else { return true }
            return !containing.contains { $0.key == full.key }
        }
        if matching.count == 1 { return matching[0] }
        // `Андреева М. С.`: the one full name it abbreviates.
        if let form = Initials.form(ofShort: key.identity) {
            let full = everyone.filter { Initials.forms(ofFull: $0.key.identity).contains(form) }
            if full.count == 1 { return full[0] }
            if full.count > 1 { throw .ambiguousPerson(name, candidates: full.map(\.name)) }
        }
        if matching.count > 1 { throw .ambiguousPerson(name, candidates: matching.map(\.name)) }
        // A misspelt surname is compared with surnames: as many words as were given.
        func distance(to person: PersonRoles) -> Int {
            let theirs = FoldedNames.foldSlowly(person.key.normalized)
            let prefix = theirs.split(separator: " ").prefix(max(1, words.count)).joined(separator: " ")
            return min(EditDistance.distance(lowered, theirs), EditDistance.distance(lowered, prefix))
        }
        let ranked = everyone.enumerated()
            .map { (name: $0.element.name, distance: distance(to: $0.element), order: $0.offset) }
            .sorted { ($0.distance, $0.order) < ($1.distance, $1.order) }
        let allowed = max(2, lowered.count / 3)
        let suggestions = ranked.prefix(3).filter { $0.distance <= allowed }.map(\.name)
        throw .unknownPerson(name, suggestions: suggestions)
    }
}

/// One filter of a view: who is looking at the program.
private struct Viewer {
    /// The roles whose slots concern the viewer.
    var roles: Set<Role>
    /// The viewer speaks in slots naming this key.
    var speaker: PersonKey?
    /// Groups named for group work.
    var groups: [GroupPlace]
    /// The directions the viewer belongs to; nil: every direction (a role's program).
    /// A slot for some directions only is in the program of those directions' people.
    var directions: Set<String>? = nil

    static func person(_ person: PersonRoles, session: Session) -> Viewer {
        var groups = person.groups
        var known = Set(groups)
        for number in person.ledDirections {
            guard let direction = session.directions.first(where: { $0.number == number }) else { continue }
            for index in direction.groups.indices {
                let place = GroupPlace(direction: direction, groupAt: index)
                if known.insert(place).inserted { groups.append(place) }
            }
        }
        var directions = Set(groups.map(\.directionID))
        for number in person.ledDirections {
            if let direction = session.directions.first(where: { $0.number == number }) { directions.insert(direction.id) }
        }
        return Viewer(roles: person.roles, speaker: person.key, groups: groups, directions: directions)
    }

    static func role(_ role: Role) -> Viewer {
        Viewer(roles: [role], speaker: nil, groups: [])
    }

    /// A direction's people: its leaders, moderators, collectors and members.
    static func direction(_ direction: Direction) -> Viewer {
        Viewer(roles: [.leaders, .moderators, .collectors, .participants], speaker: nil,
               groups: direction.groups.indices.map { GroupPlace(direction: direction, groupAt: $0) }, directions: [direction.id])
    }

    /// Whether the slot is in this viewer's program, whether they may skip it, and why it is there.
    func match(_ slot: Slot) -> (optional: Bool, reasons: [ProgramReason])? {
        var reasons: [ProgramReason] = []
        let moderates = speaker.map { key in slot.moderators.contains { $0.key == key } } ?? false
        let speaks = (speaker.map { key in slot.speakers.contains { $0.key == key } } ?? false) || moderates
        if !speaks, let directions, !slot.directions.isEmpty, !slot.directions.contains(where: directions.contains) {
            return nil
        }
        var optional = false
        let mayOnly = roles.intersection(slot.optional)
        if let audience = slot.audience {
            let must = roles.intersection(audience)
            if !must.isEmpty {
                reasons += Role.allCases.filter(must.contains).map(ProgramReason.role)
            } else if !mayOnly.isEmpty {
                reasons += Role.allCases.filter(mayOnly.contains).map(ProgramReason.optional)
                optional = true
            } else if !speaks {
                return nil
            }
        } else {
            reasons.append(.everyone)
            // For everyone, except the roles it names as optional; optional only when all the viewer's roles are.
            optional = !roles.isEmpty && roles.isSubset(of: slot.optional)
        }
        if speaks {
            reasons.append(moderates ? .moderator : .speaker)
            optional = false
        }
        if slot.kind == .groupWork { reasons += groups.map(ProgramReason.group) }
        return (optional, reasons)
    }
}
