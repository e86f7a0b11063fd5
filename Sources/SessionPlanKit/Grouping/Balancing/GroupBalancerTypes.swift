/// A group already in the session file, as the balancer needs it.
public struct ExistingGroup: Sendable, Hashable {
    public var name: String
    /// A participant group is formed from registrations: the balancer may add
    /// people to it. A leader's own group keeps its members; nobody is added.
    public var kind: GroupKind
    /// The current members' names (moderator and collector not counted).
    public var members: [String]
    /// Whether members were taken out of the group (`--drop-unregistered`): it must still be large enough.
    public var changed: Bool

    public init(name: String, kind: GroupKind = .participants, members: [String], changed: Bool = false) {
        self.name = name
        self.kind = kind
        self.members = members
        self.changed = changed
    }
}

/// One direction's input to the balancer.
public struct DirectionRoster: Sendable, Hashable {
    /// How messages name the direction, e.g. `Сельские библиотеки`.
    public var title: String
    /// The people registered for the direction, in file order.
    public var registrants: [Registrant]
    /// The direction's groups in the session file, in file order.
    public var existingGroups: [ExistingGroup]

    public init(title: String, registrants: [Registrant], existingGroups: [ExistingGroup] = []) {
        self.title = title
        self.registrants = registrants
        self.existingGroups = existingGroups
    }
}

/// A participant group after balancing.
public struct BalancedGroup: Sendable, Hashable {
    public var name: String
    /// False for a group that was already in the session file.
    public var isNew: Bool
    /// The members the group already had, in their order.
    public var existingMembers: [String]
    /// The registrants placed in the group now, in file order.
    public var newMembers: [Registrant]

    public init(name: String, isNew: Bool, existingMembers: [String], newMembers: [Registrant]) {
        self.name = name
        self.isNew = isNew
        self.existingMembers = existingMembers
        self.newMembers = newMembers
    }

    public var memberCount: Int { existingMembers.count + newMembers.count }
    /// Every member's name: the existing members, then the new ones.
    public var memberNames: [String] { existingMembers + newMembers.map(\.name) }
}

/// A registrant who is already in a group of the session file.
public struct PlacedRegistrant: Sendable, Hashable {
    public var registrant: Registrant
    /// The index of the direction (in the balancer's input) whose group they are in.
    public var directionIndex: Int
    public var groupName: String

    public init(registrant: Registrant, directionIndex: Int, groupName: String) {
        self.registrant = registrant
        self.directionIndex = directionIndex
        self.groupName = groupName
    }
}

/// One direction's outcome.
public struct DirectionGroups: Sendable, Hashable {
    /// The direction's participant groups: the existing ones in file order,
    /// then the new ones. Unchanged when no groups could be formed.
    public var groups: [BalancedGroup]
    /// How many registered for the direction.
    public var registeredCount: Int
    /// Registrants who already were in a group (of this or another direction) and stay there.
    public var alreadyPlaced: [PlacedRegistrant]
    /// Registrants who could not be placed (too few people, or sizes that cannot fit); empty when the groups were formed.
    public var unplaced: [Registrant]

    public init(groups: [BalancedGroup], registeredCount: Int, alreadyPlaced: [PlacedRegistrant], unplaced: [Registrant]) {
        self.groups = groups
        self.registeredCount = registeredCount
        self.alreadyPlaced = alreadyPlaced
        self.unplaced = unplaced
    }

    public var newGroupCount: Int { groups.count { $0.isNew } }
}

/// The balancer's outcome for every direction.
public struct BalancingResult: Sendable, Hashable {
    /// One entry per input direction, in the same order.
    public var directions: [DirectionGroups]
    /// `roster-too-few` and `group-size` findings, in direction order.
    public var diagnostics: [Diagnostic]

    public init(directions: [DirectionGroups], diagnostics: [Diagnostic]) {
        self.directions = directions
        self.diagnostics = diagnostics
    }
}
