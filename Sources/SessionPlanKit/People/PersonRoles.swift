/// Everything one person is in a session: leader of direction 2, moderator of
/// «Группа 1» in direction 3, speaker, host, architect. One entry of the
/// session's `PersonIndex`.
public struct PersonRoles: Sendable {
    /// One assignment and the first place the file writes the name for it.
    struct Assigned: Sendable {
        let assignment: PersonAssignment
        let reference: PersonReference
    }

    /// The earliest place the file writes the name: its spelling there, and where.
    let firstMention: PersonReference
    /// The name as the session first writes it (`firstMention`'s).
    public var name: String { firstMention.name }
    public var key: PersonKey { firstMention.key }
    /// The person's entry in `people` (the first one of that name, or of the one
    /// full name a name with initials abbreviates); nil when `people` has none.
    public var details: Person? { detailsBox?.person }
    /// Boxed: most people of a large plan have no entry, and an empty `Person?`
    /// would still take its full size in every entry of the index.
    private let detailsBox: DetailsBox?
    /// Each assignment once, in the index's order (directions first, see `PersonIndex`).
    let assigned: [Assigned]

    init(firstMention: PersonReference, details: Person?, assigned: [Assigned]) {
        self.firstMention = firstMention
        self.detailsBox = details.map(DetailsBox.init)
        self.assigned = assigned
    }

    private final class DetailsBox: Sendable {
        let person: Person
        init(_ person: Person) { self.person = person }
    }

    /// Each assignment once: each direction in turn, then the program, then host, architect, team.
    public var assignments: [PersonAssignment] { assigned.map(\.assignment) }

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
        session.personIndex[PersonKey(name)]
    }

    /// Every person the session mentions, in the order of the index (`PersonIndex`).
    public static func everyone(in session: Session) -> [PersonRoles] {
        session.personIndex.entries
    }
}
