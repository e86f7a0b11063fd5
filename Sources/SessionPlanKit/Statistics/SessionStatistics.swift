/// Head counts, staffing and readiness of a session, as `sessionplan stats`
/// prints them. Computed from the model alone; printing is `StatisticsReport`.
struct SessionStatistics: Sendable {
    /// What one direction, or the whole session, counts.
    struct Counts: Sendable, Equatable {
        /// Different leaders.
        var leaders = 0
        var groups = 0
        /// Places of members in groups (each group's members counted once each).
        var members = 0
        /// Groups that have a moderator.
        var moderators = 0
        /// Groups that have a collector.
        var collectors = 0
        /// Different people among leaders, moderators, collectors and members.
        var people = 0
        /// Groups of the right size with a moderator and a collector.
        var completeGroups = 0
    }

    struct DirectionRow: Sendable {
        let number: Int
        let id: String
        let title: String
        let counts: Counts
    }

    struct DayRow: Sendable {
        let number: Int
        let date: CalendarDate
        /// Minutes covered by at least one slot, from the first start to the last end without the gaps.
        let programMinutes: Int
        /// Minutes covered by a group-work slot.
        let groupWorkMinutes: Int
    }

    /// Something the plan still lacks.
    enum Missing: Sendable, Equatable {
        case leader(direction: Int, id: String)
        case groups(direction: Int, id: String)
        /// A group without a moderator, a collector or both.
        case staff(direction: Int, id: String, group: String, moderator: Bool, collector: Bool)
        case size(direction: Int, id: String, group: String, members: Int, allowed: ClosedRange<Int>)
    }

    let title: String
    let groupSize: ClosedRange<Int>
    let directions: [DirectionRow]
    let total: Counts
    let days: [DayRow]
    /// Everyone named anywhere in the session: host, architects, speakers, directions' people.
    let everyone: Int
    let missing: [Missing]

    init(_ session: Session) {
        title = session.title
        groupSize = session.rules.groupSize
        var rows: [DirectionRow] = []
        var missing: [Missing] = []
        var allLeaders: Set<PersonKey> = [], allPeople: Set<PersonKey> = []
        var total = Counts()
        for direction in session.directions {
            var counts = Counts()
            let leaders = Set(direction.leaders.map(\.key))
            var people = leaders
            counts.leaders = leaders.count
            counts.groups = direction.groups.count
            if leaders.isEmpty { missing.append(.leader(direction: direction.number, id: direction.id)) }
            if direction.groups.isEmpty { missing.append(.groups(direction: direction.number, id: direction.id)) }
            for group in direction.groups {
                let members = Set(group.members.map(\.key))
                counts.members += members.count
                people.formUnion(members)
                if let moderator = group.moderator { counts.moderators += 1; people.insert(moderator.key) }
                if let collector = group.collector { counts.collectors += 1; people.insert(collector.key) }
                let sized = session.rules.groupSize.contains(members.count)
                if sized, group.moderator != nil, group.collector != nil { counts.completeGroups += 1 }
                if group.moderator == nil || group.collector == nil {
                    missing.append(.staff(direction: direction.number, id: direction.id, group: group.name,
                                          moderator: group.moderator == nil, collector: group.collector == nil))
                }
                if !sized {
                    missing.append(.size(direction: direction.number, id: direction.id, group: group.name,
                                         members: members.count, allowed: session.rules.groupSize))
                }
            }
            counts.people = people.count
            allLeaders.formUnion(leaders)
            allPeople.formUnion(people)
            total.groups += counts.groups
            total.members += counts.members
            total.moderators += counts.moderators
            total.collectors += counts.collectors
            total.completeGroups += counts.completeGroups
            rows.append(DirectionRow(number: direction.number, id: direction.id, title: direction.title, counts: counts))
        }
        total.leaders = allLeaders.count
        total.people = allPeople.count
        self.directions = rows
        self.total = total
        self.missing = missing

        var everyone = allPeople
        if let host = session.host { everyone.insert(host.key) }
        everyone.formUnion(session.architects.map(\.key))
        for day in session.days { for slot in day.slots { everyone.formUnion(slot.speakers.map(\.key)) } }
        self.everyone = everyone.count

        days = session.days.map { day in
            DayRow(number: day.number, date: day.date,
                   programMinutes: Self.coveredMinutes(day.slots),
                   groupWorkMinutes: Self.coveredMinutes(day.slots.filter { $0.kind == .groupWork }))
        }
    }

    /// Minutes covered by the union of the slots' intervals: overlapping slots are counted once.
    static func coveredMinutes(_ slots: [Slot]) -> Int {
        let intervals = slots.filter { $0.end > $0.start }.map { ($0.start.minutes, $0.end.minutes) }.sorted { $0 < $1 }
        var total = 0
        var current: (start: Int, end: Int)?
        for (start, end) in intervals {
            if let open = current, start <= open.end {
                current = (open.start, max(open.end, end))
            } else {
                if let open = current { total += open.end - open.start }
                current = (start, end)
            }
        }
        if let open = current { total += open.end - open.start }
        return total
    }

    var programMinutes: Int { days.reduce(0) { $0 + $1.programMinutes } }
    var groupWorkMinutes: Int { days.reduce(0) { $0 + $1.groupWorkMinutes } }
}
