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
        /// Groups the staffing rules find nothing wrong with (`StaffingRules.problems`):
        /// of the right size, with a moderator and a collector, nobody in two places.
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
        /// A group whose people conflict: one person moderator and collector, a
        /// moderator or collector also a member, a member listed twice.
        case conflict(direction: Int, id: String, group: String)
        /// Names `init` wrote («Ведущий сессии», «Первый модератор») still standing for people: the first of them.
        case templateNames(count: Int, first: [String])
    }

    let title: String
    let groupSize: ClosedRange<Int>
    let directions: [DirectionRow]
    let total: Counts
    let days: [DayRow]
    /// Everyone named anywhere in the session: host, architects, speakers, directions' people
    /// (not those only in `people`, the team or moderating slots).
    let everyone: Int
    let missing: [Missing]

    init(_ session: Session) {
        title = session.title
        groupSize = session.rules.groupSize
        var rows: [DirectionRow] = []
        var missing: [Missing] = []
        var total = Counts()
        let people = Self.peopleCounts(session)
        for (index, direction) in session.directions.enumerated() {
            var counts = people.byDirection[index]
            counts.groups = direction.groups.count
            if counts.leaders == 0 { missing.append(.leader(direction: direction.number, id: direction.id)) }
            if direction.groups.isEmpty { missing.append(.groups(direction: direction.number, id: direction.id)) }
            for group in direction.groups {
                // Readiness is the staffing rules' own verdict, so `stats` and `validate` agree.
                let staffing = StaffingRules.problems(of: group, limits: session.rules.groupSize)
                counts.members += staffing.members
                if group.moderator != nil { counts.moderators += 1 }
                if group.collector != nil { counts.collectors += 1 }
                if staffing.problems.isEmpty { counts.completeGroups += 1 }
                var sized = true, conflicting = false
                for problem in staffing.problems {
                    switch problem {
                    case .size: sized = false
                    case .repeatedMember, .moderatorIsCollector, .dutyAlsoMember: conflicting = true
                    case .noModerator, .noCollector: break
                    }
                }
                if group.moderator == nil || group.collector == nil {
                    missing.append(.staff(direction: direction.number, id: direction.id, group: group.name,
                                          moderator: group.moderator == nil, collector: group.collector == nil))
                }
                if !sized {
                    missing.append(.size(direction: direction.number, id: direction.id, group: group.name,
                                         members: staffing.members, allowed: session.rules.groupSize))
                }
                if conflicting { missing.append(.conflict(direction: direction.number, id: direction.id, group: group.name)) }
            }
            total.groups += counts.groups
            total.members += counts.members
            total.moderators += counts.moderators
            total.collectors += counts.collectors
            total.completeGroups += counts.completeGroups
            rows.append(DirectionRow(number: direction.number, id: direction.id, title: direction.title, counts: counts))
        }
        // A plan just made by `init` is complete in shape: its people are the template's.
        let template = session.personIndex.entries.map(\.name).filter(TemplatePlaceholders.isPlaceholder)
        if !template.isEmpty { missing.append(.templateNames(count: template.count, first: Array(template.prefix(3)))) }
        total.leaders = people.leaders
        total.people = people.inDirections
        self.directions = rows
        self.total = total
        self.missing = missing
        self.everyone = people.everyone

        days = session.days.map { day in
            DayRow(number: day.number, date: day.date,
                   programMinutes: Self.coveredMinutes(day.slots),
                   groupWorkMinutes: Self.coveredMinutes(day.slots.filter { $0.kind == .groupWork }))
        }
    }

    /// Different people, from the person index: per direction (its leaders and
    /// people of its groups), leaders and people of any direction, and everyone
    /// with a role: a place in a direction, or in the program as host, architect,
    /// speaker or a slot's moderator, or in the team (not who is only in `people`).
    private static func peopleCounts(_ session: Session) -> (byDirection: [Counts], leaders: Int, inDirections: Int, everyone: Int) {
        var byDirection = Array(repeating: Counts(), count: session.directions.count)
        // The last person counted in each direction: each person once per direction, without a set per person.
        var lastCounted = Array(repeating: -1, count: session.directions.count)
        var leaders = 0, inDirections = 0, everyone = 0
        for (position, person) in session.personIndex.entries.enumerated() {
            var leads = false, inDirection = false, named = false
            for assignment in person.assignments {
                switch assignment {
                case .leader(let number, _):
                    byDirection[number - 1].leaders += 1
                    leads = true
                case .speaker, .host, .architect, .slotModerator, .team: named = true
                default: break
                }
                guard let number = assignment.directionNumber else { continue }
                inDirection = true
                if lastCounted[number - 1] != position {
                    lastCounted[number - 1] = position
                    byDirection[number - 1].people += 1
                }
            }
            if leads { leaders += 1 }
            if inDirection { inDirections += 1 }
            if inDirection || named { everyone += 1 }
        }
        return (byDirection, leaders, inDirections, everyone)
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
