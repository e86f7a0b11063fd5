/// Everything one person is in a session: leader of direction 2, moderator of
/// «Группа 1» in direction 3, speaker, host, architect. One entry of the
/// session's `PersonIndex`, read from it: the references and assignments are
/// made from the index's positions when asked for.
struct PersonRoles: Sendable {
    /// One assignment and the first place the file writes the name for it.
    struct Assigned: Sendable {
        let assignment: PersonAssignment
        let reference: PersonReference
    }

    private let storage: PersonIndex.Storage
    private let position: Int

    init(_ storage: PersonIndex.Storage, at position: Int) {
        self.storage = storage
        self.position = position
    }

    private var entry: PersonIndex.Entry { storage.entries[position] }

    /// The earliest place the file writes the name: its spelling there, and where.
    var firstMention: PersonReference { storage.parts.reference(entry.first) }
    /// The name as the session first writes it (`firstMention`'s).
    var name: String { firstMention.name }
    var key: PersonKey { firstMention.key }
    /// The person's entry in `people` (the first one of that name, or of the one
    /// full name a name with initials abbreviates); nil when `people` has none.
    var details: Person? {
        let details = entry.details
        return details < 0 ? nil : storage.parts.people[Int(details)]
    }

    /// Each assignment once, in the index's order (directions first, see `PersonIndex`).
    var assigned: AssignedList {
        let entry = entry
        let start = Int(entry.assignmentsStart)
        return AssignedList(storage: storage, range: start..<start + Int(entry.assignmentsCount))
    }

    /// A person's assignments, made from the index's mentions as they are read.
    struct AssignedList: RandomAccessCollection, Sendable {
        let storage: PersonIndex.Storage
        let range: Range<Int>
        var startIndex: Int { 0 }
        var endIndex: Int { range.count }

        subscript(index: Int) -> Assigned {
            let mention = storage.mentions[range.lowerBound + index]
            return Assigned(assignment: assignment(mention), reference: storage.parts.reference(mention))
        }

        /// The assignment alone, without its reference.
        func assignment(at index: Int) -> PersonAssignment {
            assignment(storage.mentions[range.lowerBound + index])
        }

        private func assignment(_ mention: PersonIndex.Mention) -> PersonAssignment {
            guard let assignment = storage.parts.assignment(mention) else {
                preconditionFailure("the index lists only mentions with an assignment")
            }
            return assignment
        }
    }

    /// Each assignment once: each direction in turn, then the program, then host, architect, team.
    var assignments: [PersonAssignment] {
        let assigned = assigned
        return assigned.indices.map(assigned.assignment(at:))
    }

    /// The roles of `audience` and `optional` that concern this person.
    var roles: Set<Role> { Set(assignments.map(\.role)) }

    /// The groups this person works in (as moderator, collector or member).
    var groups: [GroupPlace] { assignments.compactMap(\.group) }

    /// The numbers of the directions this person leads.
    var ledDirections: [Int] {
        assignments.compactMap { if case .leader(let number, _) = $0 { number } else { nil } }
    }

    /// «модератор группы «Группа 1» направления 3 «…», выступает в программе».
    func summary(in language: Language) -> String {
        let assignments = assignments
        guard !assignments.isEmpty else { return ProgramWords.noAssignment(in: language) }
        return assignments.map { ProgramWords.assignment($0, in: language) }.joined(separator: ", ")
    }

    /// The person `name` names in `session` (compared as `PersonKey`s), or nil when nobody of that name is in it.
    static func lookup(_ name: String, in session: Session) -> PersonRoles? {
        session.personIndex[PersonKey(name)]
    }

    /// Every person the session mentions, in the order of the index (`PersonIndex`).
    static func everyone(in session: Session) -> [PersonRoles] {
        Array(session.personIndex.entries)
    }
}
