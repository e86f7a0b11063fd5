/// One row of the roster: a person in one role, with the direction and group
/// it is in. A person who is host and architect has two rows.
struct RosterRow: Sendable, Equatable {
    /// The roles of the roster.
    enum Role: String, CaseIterable, Sendable {
        case host, architect, speaker, leader, moderator, collector, member
        /// Moderates a slot (a plenary, a panel); the slot's title is the row's `detail`.
        case slotModerator
        /// A member of the organizing team; their duty is the row's `detail`.
        case team

        func word(in language: Language) -> String {
            switch (self, language) {
            case (.host, .ru): "ведущий"
            case (.architect, .ru): "архитектор"
            case (.speaker, .ru): "спикер"
            case (.leader, .ru): "лидер направления"
            case (.moderator, .ru): "модератор"
            case (.collector, .ru): "сборщик"
            case (.member, .ru): "участник"
            case (.slotModerator, .ru): "модератор"
            case (.team, .ru): "команда сессии"
            case (.slotModerator, .en): "moderator"
            case (.team, .en): "organizing team"
            case (_, .en): rawValue
            }
        }

        /// The role of `audience`, `optional` and `--role` this row's people belong to.
        var audienceRole: SessionPlanKit.Role {
            switch self {
            case .host, .architect, .team: .organizers
            case .speaker: .experts
            case .slotModerator: .moderators
            case .leader: .leaders
            case .moderator: .moderators
            case .collector: .collectors
            case .member: .participants
            }
        }
    }

    /// «2. Title», or empty for the host, architects and speakers.
    var direction = ""
    /// The direction's number, or nil outside any direction.
    var directionNumber: Int?
    var group = ""
    var role: Role
    /// What the role is about: the slot a slot moderator moderates, a team member's duty.
    var detail: String?
    /// The role as the roster prints it: «модератор: Пленарная дискуссия», «команда сессии: координатор».
    func roleText(in language: Language) -> String {
        guard let detail else { return role.word(in: language) }
        return role.word(in: language) + ": " + detail
    }
    var person: PersonReference
    var position: String?
    /// With `includeContacts` only.
    var email: String?
    var phone: String?
    /// With `includeContacts` only, like e-mail and phone.
    var organization: String?
    var region: String?

    /// The rows, one per assignment of the person index: host, architects,
    /// speakers (in the order they first speak), slot moderators, the team,
    /// then each direction's leaders and, with groups, each group's moderator,
    /// collector and members; within each, in file order. A view for a person
    /// keeps only their rows; for a role, the rows of that role; for a
    /// direction, that direction's rows.
    ///
    /// One pass over the index, rows filtered as they are made; the rows are
    /// sorted by small keys (the rows stay where they are), and each direction's
    /// «2. Title» is worded once.
    static func rows(of view: ProgramView, options: ExportOptions) -> [RosterRow] {
        let session = view.session
        // The team's public contacts: their e-mail and phone without --include-contacts.
        let publicContacts = Set(session.team.filter(\.contact).map(\.name.key))
        var rows: [RosterRow] = []
        var orders: [(order: (Int, Int, Int, Int, Int, Int), row: Int)] = []
        let expected = view.person == nil && options.includeGroups ? session.personIndex.storage.mentions.count : 0
        rows.reserveCapacity(expected)
        orders.reserveCapacity(expected)
        var directionTexts: [Int: (title: String, text: String)] = [:]
        let index = session.personIndex.entries
        let people = view.person.map { [$0] } ?? index.indices.map { index[$0] }
        for (position, person) in people.enumerated() {
            let assigned = person.assigned
            let details = assigned.isEmpty ? nil : person.details
            for number in assigned.indices {
                let item = assigned[number]
                let assignment = item.assignment
                // Once: each reading of `assignment.group` makes a copy of the place.
                let group = assignment.group
                if group != nil, !options.includeGroups { continue }
                let role = Role(assignment)
                if let wanted = view.role, role.audienceRole != wanted { continue }
                let direction: (number: Int, title: String)? = switch assignment {
                case .leader(let number, let title): (number, title)
                default: group.map { ($0.directionNumber, $0.directionTitle) }
                }
                if let wanted = view.direction, direction?.number != wanted.number { continue }
                let reference = item.reference
                let contacts = options.includeContacts || (role == .team && publicContacts.contains(reference.key))
                var directionText = ""
                if let direction {
                    if let known = directionTexts[direction.number], known.title == direction.title {
                        directionText = known.text
                    } else {
                        directionText = "\(direction.number). \(direction.title)"
                        directionTexts[direction.number] = (direction.title, directionText)
                    }
                }
                let row = RosterRow(direction: directionText,
                                    directionNumber: direction?.number, group: group?.groupName ?? "",
                                    role: role, detail: Role.detail(of: assignment),
                                    person: reference, position: details?.position,
                                    email: contacts ? details?.email : nil,
                                    phone: contacts ? details?.phone : nil,
                                    organization: options.includeContacts ? details?.organization : nil,
                                    region: options.includeContacts ? details?.region : nil)
                let order = (role.section, direction?.number ?? 0, (group?.groupNumber ?? 0) * 4 + role.rankInGroup,
                             reference.location.offset, position, number)
                orders.append((order, rows.count))
                rows.append(row)
            }
        }
        orders.sort { $0.order < $1.order }
        placeInOrder(&rows, orders.map(\.row))
        return rows
    }

    /// Moves `rows` so that the row at `order[k]` ends at `k`, by swaps along the
    /// permutation's cycles: each row moves without a copy, each position once.
    private static func placeInOrder(_ rows: inout [RosterRow], _ order: [Int]) {
        var order = order
        for start in order.indices where order[start] != start {
            var position = start
            while true {
                let source = order[position]
                order[position] = position   // placed
                if source == start { break }
                rows.swapAt(position, source)
                position = source
            }
        }
    }
}

extension RosterRow.Role {
    /// The roster's role of an assignment.
    init(_ assignment: PersonAssignment) {
        switch assignment {
        case .host: self = .host
        case .architect: self = .architect
        case .speaker: self = .speaker
        case .slotModerator: self = .slotModerator
        case .team: self = .team
        case .leader: self = .leader
        case .moderator: self = .moderator
        case .collector: self = .collector
        case .member: self = .member
        }
    }

    /// What the row says after the role: the slot a slot moderator moderates, a team member's duty.
    static func detail(of assignment: PersonAssignment) -> String? {
        switch assignment {
        case .slotModerator(let title): title
        case .team(let duty): nonBlank(duty)
        default: nil
        }
    }

    /// The roster's sections: host, architects, speakers, slot moderators, the team, then the directions.
    var section: Int {
        switch self {
        case .host: 0
        case .architect: 1
        case .speaker: 2
        case .slotModerator: 3
        case .team: 4
        case .leader, .moderator, .collector, .member: 5
        }
    }

    /// Within a group: its moderator, collector and members (leaders, outside groups, come first).
    var rankInGroup: Int {
        switch self {
        case .moderator: 1
        case .collector: 2
        case .member: 3
        default: 0
        }
    }
}
