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
        func reference(_ mention: Mention) -> PersonReference {
            let first = Int(mention.first), second = Int(mention.second), third = Int(mention.third)
            switch mention.kind {
            case .leader: return directions[first].leaders[second]
            case .moderator, .collector:
                // Read through the arrays, not from a copy of the group (which retains all its strings).
                let reference = mention.kind == .moderator ? directions[first].groups[second].moderator
                                                           : directions[first].groups[second].collector
                guard let reference else { preconditionFailure("a group's duty is mentioned only when the group has it") }
                return reference
            case .member: return directions[first].groups[second].members[third]
            case .speaker: return days[first].slots[second].speakers[third]
            case .slotModerator: return days[first].slots[second].moderators[third]
            case .host: return hosts[first]
            case .architect: return architects[first]
            case .team: return team[first].name
            case .people: return people[first].name
            }
        }

        /// The key's fingerprint and the byte offset of the name at `mention`, read where they
        /// are: numbering every mention (`Numbering`) copies no reference, so retains no string.
        func fingerprintAndOffset(_ mention: Mention) -> (fingerprint: UInt64, offset: Int) {
            let first = Int(mention.first), second = Int(mention.second), third = Int(mention.third)
            switch mention.kind {
            case .leader: return Self.place(directions[first].leaders[second])
            case .moderator: return Self.place(directions[first].groups[second].moderator)
            case .collector: return Self.place(directions[first].groups[second].collector)
            case .member: return Self.place(directions[first].groups[second].members[third])
            case .speaker: return Self.place(days[first].slots[second].speakers[third])
            case .slotModerator: return Self.place(days[first].slots[second].moderators[third])
            case .host: return Self.place(hosts[first])
            case .architect: return Self.place(architects[first])
            case .team: return Self.place(team[first].name)
            case .people: return Self.place(people[first].name)
            }
        }

        @inline(__always)
        private static func place(_ reference: borrowing PersonReference) -> (fingerprint: UInt64, offset: Int) {
            (reference.key.fingerprint, reference.location.offset)
        }

        @inline(__always)
        private static func place(_ reference: borrowing PersonReference?) -> (fingerprint: UInt64, offset: Int) {
            switch reference {
            case let reference?: (reference.key.fingerprint, reference.location.offset)
            case nil: preconditionFailure("a group's duty is mentioned only when the group has it")
            }
        }

        /// What the person is at `mention`; nil for a name in `people`, which assigns nothing.
        func assignment(_ mention: Mention) -> PersonAssignment? {
            let first = Int(mention.first), second = Int(mention.second)
            switch mention.kind {
            case .leader:
                let direction = directions[first]
                return .leader(directionNumber: direction.number, directionTitle: direction.title)
            case .moderator: return .moderator(GroupPlace(direction: directions[first], groupAt: second))
            case .collector: return .collector(GroupPlace(direction: directions[first], groupAt: second))
            case .member: return .member(GroupPlace(direction: directions[first], groupAt: second))
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
