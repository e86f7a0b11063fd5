/// Everyone a session mentions, once each, with everything they are in it:
/// the one walk over a session's people. Built once per session
/// (`Session.personIndex`); the person views and `--person`, the roster, the
/// statistics, grouping, letters and the rules about people read it.
///
/// **Order.** Entries are in the order of the file: by the place where each
/// name is first written (its byte offset), whatever order the organizer
/// wrote the file's keys in (`people` before or after `directions`). Values
/// made in code, without places of their own, keep the order of the walk
/// below. Each entry's assignments, each once, are in the order of the walk,
/// which is the order of the session's structure: each direction in turn
/// (leading it, then its groups: moderator, collector, members), then the
/// program's slots (speaking, moderating), then host, architect, the team.
/// So a summary reads «лидер направления 3 …, выступает в программе»; each
/// assignment keeps the earliest place the file writes the name for it.
///
/// One pass over the mentions with a dictionary by `PersonKey` (a person's
/// assignments are searched while they are few, hashed when many), then one
/// sort of the people.
struct PersonIndex: Sendable {
    /// Every person, in file order.
    let entries: [PersonRoles]
    /// Position in `entries` by key.
    private let positions: [PersonKey: Int]
    /// `people` entries by key: the first one of each name, and for a name with
    /// initials the one of the full name it abbreviates.
    let details: [PersonKey: Person]
    /// Each name written with initials that abbreviates exactly one full name of
    /// the session, with the first mention of that full name (`Initials`).
    let abbreviations: [PersonKey: PersonReference]

    subscript(key: PersonKey) -> PersonRoles? {
        positions[key].map { entries[$0] }
    }

    /// Where the person of `key` stands in `entries`.
    func position(of key: PersonKey) -> Int? { positions[key] }

    init(_ session: Session) {
        var builder = Builder()
        builder.walk(session)
        var order = Array(builder.people.indices)
        order.sort { builder.people[$0].precedes(builder.people[$1]) }
        var details: [PersonKey: Person] = [:]
        for person in session.people where details[person.name.key] == nil { details[person.name.key] = person }
        abbreviations = Initials.resolution(among: order.lazy.map { builder.people[$0].first })
        // `Сулейманова Л. А.` gets the details of the one full name it abbreviates.
        for (short, full) in abbreviations where details[short] == nil {
            if let entry = details[full.key] { details[short] = entry }
        }
        // The builder's dictionary by key becomes the index's: its values renumbered in file order.
        var positions = builder.byKey
        builder.byKey = [:]
        entries = order.enumerated().map { position, index in
            let draft = builder.people[index]
            positions[draft.first.key] = position
            return PersonRoles(firstMention: draft.first, details: details[draft.first.key], assigned: draft.assigned)
        }
        self.positions = positions
        self.details = details
    }
}

extension PersonIndex {
    /// One person while the mentions are collected.
    private struct Draft {
        /// The earliest mention, and its number in the walk.
        var first: PersonReference
        var firstWalk: Int
        var assigned: [PersonRoles.Assigned] = []

        /// File order; the walk's order for places that are equal (values made in code).
        func precedes(_ other: Draft) -> Bool {
            (first.location.offset, firstWalk) < (other.first.location.offset, other.firstWalk)
        }
    }

    /// Collects the mentions: each person once, each of their assignments once, at the earliest place.
    private struct Builder {
        var people: [Draft] = []
        var byKey: [PersonKey: Int] = [:]
        /// For the few people with many assignments, where each assignment is in their list:
        /// the others' short lists are searched, which costs less than hashing every assignment.
        var manyAssignments: [Int: [PersonAssignment: Int]] = [:]
        var walk = 0
        static let searchedAssignments = 8

        mutating func add(_ reference: PersonReference, _ assignment: PersonAssignment?) {
            walk += 1
            let person: Int
            if let known = byKey[reference.key] {
                person = known
                if reference.location.offset < people[person].first.location.offset {
                    people[person].first = reference
                    people[person].firstWalk = walk
                }
            } else {
                person = people.count
                byKey[reference.key] = person
                people.append(Draft(first: reference, firstWalk: walk))
            }
            guard let assignment else { return }
            let assigned = PersonRoles.Assigned(assignment: assignment, reference: reference)
            if let known = position(of: assignment, for: person) {
                if reference.location.offset < people[person].assigned[known].reference.location.offset {
                    people[person].assigned[known] = assigned
                }
                return
            }
            let count = people[person].assigned.count
            people[person].assigned.append(assigned)
            if count + 1 == Self.searchedAssignments {
                var positions: [PersonAssignment: Int] = [:]
                for (index, item) in people[person].assigned.enumerated() { positions[item.assignment] = index }
                manyAssignments[person] = positions
            } else if count + 1 > Self.searchedAssignments {
                manyAssignments[person]?[assignment] = count
            }
        }

        /// Where `assignment` already is in the list of `person`, if it is.
        private func position(of assignment: PersonAssignment, for person: Int) -> Int? {
            let list = people[person].assigned
            if list.count >= Self.searchedAssignments { return manyAssignments[person]?[assignment] }
            return list.firstIndex { $0.assignment == assignment }
        }

        mutating func walk(_ session: Session) {
            let estimate = session.people.count + session.directions.reduce(0) { total, direction in
                total + direction.leaders.count + direction.groups.reduce(0) { $0 + $1.members.count + 2 }
            }
            people.reserveCapacity(estimate)
            byKey.reserveCapacity(estimate)
            for direction in session.directions {
                for leader in direction.leaders {
                    add(leader, .leader(directionNumber: direction.number, directionTitle: direction.title))
                }
                for (index, group) in direction.groups.enumerated() {
                    let place = GroupPlace(direction: direction, groupAt: index)
                    if let moderator = group.moderator { add(moderator, .moderator(place)) }
                    if let collector = group.collector { add(collector, .collector(place)) }
                    for member in group.members { add(member, .member(place)) }
                }
            }
            for day in session.days {
                for slot in day.slots {
                    for speaker in slot.speakers { add(speaker, .speaker) }
                    for moderator in slot.moderators { add(moderator, .slotModerator(slotTitle: slot.title)) }
                }
            }
            if let host = session.host { add(host, .host) }
            for architect in session.architects { add(architect, .architect) }
            for member in session.team { add(member.name, .team(duty: member.duty)) }
            for person in session.people { add(person.name, nil) }
        }
    }
}
