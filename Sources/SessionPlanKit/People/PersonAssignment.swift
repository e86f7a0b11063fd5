/// A group and its direction, as a person's program names it.
struct GroupPlace: Sendable, Hashable {
    /// 1-based number of the direction.
    var directionNumber: Int
    var directionID: String
    var directionTitle: String
    /// 1-based position of the group in its direction: with `directionNumber`, which group it is.
    var groupNumber: Int
    var groupName: String
    /// Where the group meets (a Zoom link); for organizers' eyes only, never public.
    var room: String?

    /// The group at `index` (0-based) of `direction`.
    init(direction: borrowing Direction, groupAt index: Int) {
        directionNumber = direction.number
        directionID = direction.id
        directionTitle = direction.title
        groupNumber = index + 1
        groupName = direction.groups[index].name
        room = direction.groups[index].room
    }

    /// The group at `index` of the direction at `position` of `directions`, each field read
    /// where it is: a copy of the direction or the group would retain every string and array
    /// they hold (the roster makes one of these for each member).
    init(directions: borrowing [Direction], at position: Int, groupAt index: Int) {
        directionNumber = directions[position].number
        directionID = directions[position].id
        directionTitle = directions[position].title
        groupNumber = index + 1
        groupName = directions[position].groups[index].name
        room = directions[position].groups[index].room
    }

    /// The direction and the position say which group it is: hashing them
    /// alone keeps sets of places cheap (equality still compares everything).
    func hash(into hasher: inout Hasher) {
        hasher.combine(directionNumber)
        hasher.combine(groupNumber)
    }
}

/// One thing a person is in the session: the one vocabulary of roles that
/// the person index, the person views, the roster, the statistics, grouping
/// and the people rules share. `Role` (who a slot is for) is derived from it.
enum PersonAssignment: Sendable, Hashable {
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

    /// What a person does in a group: the group assignments without their place.
    enum GroupRole: Sendable {
        case moderator
        case collector
        case member

        /// `moderator` / `модератор`.
        var name: LocalizedText {
            switch self {
            case .moderator: LocalizedText(en: "moderator", ru: "модератор")
            case .collector: LocalizedText(en: "collector", ru: "сборщик")
            case .member: LocalizedText(en: "member", ru: "участник")
            }
        }

        /// `the moderator`, `a member`: the English name with its article.
        var phrase: String {
            switch self {
            case .moderator: "the moderator"
            case .collector: "the collector"
            case .member: "a member"
            }
        }

        var isDuty: Bool { self != .member }
    }

    /// The assignment of `role` in the group at `place`.
    init(_ role: GroupRole, in place: GroupPlace) {
        switch role {
        case .moderator: self = .moderator(place)
        case .collector: self = .collector(place)
        case .member: self = .member(place)
        }
    }

    /// The role of `audience` and `optional` this assignment belongs to.
    var role: Role {
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
    var group: GroupPlace? {
        switch self {
        case .moderator(let place), .collector(let place), .member(let place): place
        default: nil
        }
    }

    /// What the person does in `group`; nil outside groups.
    var groupRole: GroupRole? {
        switch self {
        case .moderator: .moderator
        case .collector: .collector
        case .member: .member
        default: nil
        }
    }

    /// The number of the direction this assignment belongs to (leading it, or a place in one of its groups).
    var directionNumber: Int? {
        switch self {
        case .leader(let number, _): number
        default: group?.directionNumber
        }
    }
}
