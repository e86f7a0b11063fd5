/// A group already in the session file, as the balancer needs it.
struct ExistingGroup: Sendable, Hashable {
    var name: String
    /// A participant group is formed from registrations: the balancer may add
    /// people to it. A leader's own group keeps its members; nobody is added.
    var kind: GroupKind
    /// The current members' names (moderator and collector not counted).
    var members: [String]
    /// Whether members were taken out of the group (`--drop-unregistered`): it must still be large enough.
    var changed: Bool

    init(name: String, kind: GroupKind = .participants, members: [String], changed: Bool = false) {
        self.name = name
        self.kind = kind
        self.members = members
        self.changed = changed
    }
}

/// One direction's input to the balancer.
struct DirectionRoster: Sendable, Hashable {
    /// How messages name the direction, e.g. `Сельские библиотеки`.
    var title: String
    /// The people registered for the direction, in file order.
    var registrants: [Registrant]
    /// The direction's groups in the session file, in file order.
    var existingGroups: [ExistingGroup]

    init(title: String, registrants: [Registrant], existingGroups: [ExistingGroup] = []) {
        self.title = title
        self.registrants = registrants
        self.existingGroups = existingGroups
    }
}

/// A participant group after balancing.
struct BalancedGroup: Sendable, Hashable {
    var name: String
    /// False for a group that was already in the session file.
    var isNew: Bool
    /// The members the group already had, in their order.
    var existingMembers: [String]
    /// The registrants placed in the group now, in file order.
    var newMembers: [Registrant]

    init(name: String, isNew: Bool, existingMembers: [String], newMembers: [Registrant]) {
        self.name = name
        self.isNew = isNew
        self.existingMembers = existingMembers
        self.newMembers = newMembers
    }

    var memberCount: Int { existingMembers.count + newMembers.count }
    /// Every member's name: the existing members, then the new ones.
    var memberNames: [String] { existingMembers + newMembers.map(\.name) }
}

/// A registrant who is already in a group of the session file.
struct PlacedRegistrant: Sendable, Hashable {
    var registrant: Registrant
    /// The index of the direction (in the balancer's input) whose group they are in.
    var directionIndex: Int
    var groupName: String

    init(registrant: Registrant, directionIndex: Int, groupName: String) {
        self.registrant = registrant
        self.directionIndex = directionIndex
        self.groupName = groupName
    }
}

/// One direction's outcome.
struct DirectionGroups: Sendable, Hashable {
    /// The direction's participant groups: the existing ones in file order,
    /// then the new ones. Unchanged when no groups could be formed.
    var groups: [BalancedGroup]
    /// How many registered for the direction.
    var registeredCount: Int
    /// Registrants who already were in a group (of this or another direction) and stay there.
    var alreadyPlaced: [PlacedRegistrant]
    /// Registrants who could not be placed (too few people, or sizes that cannot fit); empty when the groups were formed.
    var unplaced: [Registrant]

    init(groups: [BalancedGroup], registeredCount: Int, alreadyPlaced: [PlacedRegistrant], unplaced: [Registrant]) {
        self.groups = groups
        self.registeredCount = registeredCount
        self.alreadyPlaced = alreadyPlaced
        self.unplaced = unplaced
    }

    var newGroupCount: Int { groups.count { $0.isNew } }
}

/// The balancer's outcome for every direction.
struct BalancingResult: Sendable, Hashable {
    /// One entry per input direction, in the same order.
    var directions: [DirectionGroups]
    /// `roster-too-few` and `group-size` findings, in direction order.
    var diagnostics: [Diagnostic]

    init(directions: [DirectionGroups], diagnostics: [Diagnostic]) {
        self.directions = directions
        self.diagnostics = diagnostics
    }
}
