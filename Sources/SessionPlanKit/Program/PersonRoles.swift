/// A group and its direction, as a person's program names it.
public struct GroupPlace: Sendable, Hashable {
    /// 1-based number of the direction.
    public var directionNumber: Int
    public var directionID: String
    public var directionTitle: String
    public var groupName: String
    /// Where the group meets (a Zoom link); for organizers' eyes only, never public.
    public var room: String?

    public init(direction: Direction, group: Group) {
        directionNumber = direction.number
        directionID = direction.id
        directionTitle = direction.title
        groupName = group.name
        room = group.room
    }
}

/// One thing a person is in the session.
public enum PersonAssignment: Sendable, Hashable {
    /// Leader of a direction (number, title).
    case leader(directionNumber: Int, directionTitle: String)
    case moderator(GroupPlace)
    case collector(GroupPlace)
    case member(GroupPlace)
    /// Named among a slot's speakers.
    case speaker
    case host
    case architect
    /// Moderates a slot of the program (a plenary, a panel), by its title.
    case slotModerator(slotTitle: String)
    /// A member of the organizing team with this duty.
    case team(duty: String)

    /// The role of `audience` and `optional` this assignment belongs to.
    public var role: Role {
        switch self {
        case .leader: .leaders
        case .moderator: .moderators
        case .collector: .collectors
        case .member: .participants
        case .speaker, .slotModerator: .experts
        case .host, .architect, .team: .organizers
        }
    }

    /// The group this assignment works in, for moderators, collectors and members.
    public var group: GroupPlace? {
        switch self {
        case .moderator(let place), .collector(let place), .member(let place): place
        default: nil
        }
    }
}

/// Everything one person is in a session: leader of direction 2, moderator of
/// «Группа 1» in direction 3, speaker, host, architect.
public struct PersonRoles: Sendable {
    /// The person's name as the session writes it (its first mention).
    public let name: String
    public let key: PersonKey
    /// In the order the file mentions them; no duplicates.
    public let assignments: [PersonAssignment]

    /// The roles of `audience` and `optional` that concern this person.
    public var roles: Set<Role> { Set(assignments.map(\.role)) }

    /// The groups this person works in (as moderator, collector or member).
    public var groups: [GroupPlace] { assignments.compactMap(\.group) }

    /// The numbers of the directions this person leads.
    public var ledDirections: [Int] {
        assignments.compactMap { if case .leader(let number, _) = $0 { number } else { nil } }
    }

    /// «модератор группы «Группа 1» направления 3 «…», выступает в программе».
    public func summary(in language: Language) -> String {
        guard !assignments.isEmpty else { return ProgramWords.noAssignment(in: language) }
        return assignments.map { ProgramWords.assignment($0, in: language) }.joined(separator: ", ")
    }

    /// The person `name` names in `session` (compared as `PersonKey`s), or nil when nobody of that name is in it.
    public static func lookup(_ name: String, in session: Session) -> PersonRoles? {
        let key = PersonKey(name)
        return everyone(in: session).first { $0.key == key }
    }

    /// Every person the session mentions, in the order of their first mention:
    /// host, architects, speakers, leaders and groups, then those only in `people`.
    public static func everyone(in session: Session) -> [PersonRoles] {
        var order: [PersonKey] = []
        var names: [PersonKey: String] = [:]
        var assignments: [PersonKey: [PersonAssignment]] = [:]
        func add(_ reference: PersonReference, _ assignment: PersonAssignment?) {
            let key = reference.key
            if names[key] == nil {
                names[key] = reference.name
                order.append(key)
            }
            guard let assignment else { return }
            if !(assignments[key] ?? []).contains(assignment) { assignments[key, default: []].append(assignment) }
        }
        for direction in session.directions {
            for leader in direction.leaders {
                add(leader, .leader(directionNumber: direction.number, directionTitle: direction.title))
            }
            for group in direction.groups {
                let place = GroupPlace(direction: direction, group: group)
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
        return order.map { key in
            PersonRoles(name: names[key] ?? key.normalized, key: key, assignments: assignments[key] ?? [])
        }
    }
}
