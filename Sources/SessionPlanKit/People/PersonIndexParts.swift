extension PersonIndex {
    /// The parts of a session that name people, which the index's mentions are
    /// positions in. Copies of the session's arrays: they share its storage, so
    /// the index holds no name twice (and no cycle: none of them holds the index).
    struct Parts: Sendable {
        let directions: [Direction]
        let days: [Day]
        /// The host, when there is one: a list so that a mention counts in it like in the others.
        let hosts: [PersonReference]
        let architects: [PersonReference]
        let team: [TeamMember]
        let people: [Person]

        init(_ session: Session) {
            directions = session.directions
            days = session.days
            hosts = session.host.map { [$0] } ?? []
            architects = session.architects
            team = session.team
            people = session.people
        }

        /// The name as written at `mention`, and where.
        func reference(_ mention: Mention) -> PersonReference { read(mention) { copy $0 } }

        /// The key's fingerprint and the byte offset of the name at `mention`: numbering every
        /// mention (`Numbering`) copies no reference, so retains no string.
        func fingerprintAndOffset(_ mention: Mention) -> (fingerprint: UInt64, offset: Int) {
            read(mention) { ($0.key.fingerprint, $0.location.offset) }
        }

        /// The name at `mention` as compared (`PersonKey.identity`): one string retained, not a
        /// whole reference with its three.
        func identity(_ mention: Mention) -> String { read(mention) { $0.key.identity } }

        /// The byte offset of the name at `mention`.
        func offset(_ mention: Mention) -> Int { read(mention) { $0.location.offset } }

        /// Whether the names at `a` and `b` are one person (equal keys), compared where they are.
        func sameKey(_ a: Mention, _ b: Mention) -> Bool {
            read(a) { first in read(b) { second in first.key == second.key } }
        }

        /// `body` applied to the name at `mention` where it is, read through the arrays: never
        /// through a copy of the group or the day, which would retain all their strings.
        @inline(__always)
        private func read<Value>(_ mention: Mention, _ body: (borrowing PersonReference) -> Value) -> Value {
            let first = Int(mention.first), second = Int(mention.second), third = Int(mention.third)
            switch mention.kind {
            case .leader: return body(directions[first].leaders[second])
            case .moderator: return Self.read(directions[first].groups[second].moderator, body)
            case .collector: return Self.read(directions[first].groups[second].collector, body)
            case .member: return body(directions[first].groups[second].members[third])
            case .speaker: return body(days[first].slots[second].speakers[third])
            case .slotModerator: return body(days[first].slots[second].moderators[third])
            case .host: return body(hosts[first])
            case .architect: return body(architects[first])
            case .team: return body(team[first].name)
            case .people: return body(people[first].name)
            }
        }

        @inline(__always)
        private static func read<Value>(_ reference: borrowing PersonReference?, _ body: (borrowing PersonReference) -> Value) -> Value {
            switch reference {
            case let reference?: body(reference)
            case nil: preconditionFailure("a group's duty is mentioned only when the group has it")
            }
        }

        /// What the person is at `mention`; nil for a name in `people`, which assigns nothing.
        func assignment(_ mention: Mention) -> PersonAssignment? {
            let first = Int(mention.first), second = Int(mention.second)
            switch mention.kind {
            case .leader:
                return .leader(directionNumber: directions[first].number, directionTitle: directions[first].title)
            case .moderator: return .moderator(GroupPlace(directions: directions, at: first, groupAt: second))
            case .collector: return .collector(GroupPlace(directions: directions, at: first, groupAt: second))
            case .member: return .member(GroupPlace(directions: directions, at: first, groupAt: second))
            case .speaker: return .speaker
            case .slotModerator: return .slotModerator(slotTitle: days[first].slots[second].title)
            case .host: return .host
            case .architect: return .architect
            case .team: return .team(duty: team[first].duty)
            case .people: return nil
            }
        }
    }
}
