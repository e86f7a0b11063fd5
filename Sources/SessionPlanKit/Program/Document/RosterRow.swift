/// One row of the roster: a person in one role, with the direction and group
/// it is in. A person who is host and architect has two rows.
public struct RosterRow: Sendable, Equatable {
    /// The roles of the roster.
    public enum Role: String, CaseIterable, Sendable {
        case host, architect, speaker, leader, moderator, collector, member

        func word(in language: Language) -> String {
            switch (self, language) {
            case (.host, .ru): "ведущий"
            case (.architect, .ru): "архитектор"
            case (.speaker, .ru): "спикер"
            case (.leader, .ru): "лидер направления"
            case (.moderator, .ru): "модератор"
            case (.collector, .ru): "сборщик"
            case (.member, .ru): "участник"
            case (_, .en): rawValue
            }
        }

        /// The role of `audience`, `optional` and `--role` this row's people belong to.
        var audienceRole: SessionPlanKit.Role {
            switch self {
            case .host, .architect: .organizers
            case .speaker: .experts
            case .leader: .leaders
            case .moderator: .moderators
            case .collector: .collectors
            case .member: .participants
            }
        }
    }

    /// «2. Title», or empty for the host, architects and speakers.
    public var direction = ""
    /// The direction's number, or nil outside any direction.
    public var directionNumber: Int?
    public var group = ""
    public var role: Role
    public var person: PersonReference
    public var position: String?
    /// With `includeContacts` only.
    public var email: String?
    public var phone: String?
    /// With `includeContacts` only, like e-mail and phone.
    public var organization: String?
    public var region: String?

    /// The rows: host, architects, speakers (in the order they first speak),
    /// then each direction's leaders and, with groups, each group's moderator,
    /// collector and members. A view for a person keeps only their rows; for a
    /// role, the rows of that role; for a direction, that direction's rows.
    static func rows(of view: ProgramView, options: ExportOptions, people: [PersonKey: Person]) -> [RosterRow] {
        let session = view.session
        var rows: [RosterRow] = []
        func add(_ role: Role, _ person: PersonReference, direction: Direction? = nil, group: String = "") {
            let details = people[person.key]
            rows.append(RosterRow(direction: direction.map { "\($0.number). \($0.title)" } ?? "",
                                  directionNumber: direction?.number, group: group, role: role, person: person,
                                  position: details?.position,
                                  email: options.includeContacts ? details?.email : nil,
                                  phone: options.includeContacts ? details?.phone : nil,
                                  organization: options.includeContacts ? details?.organization : nil,
                                  region: options.includeContacts ? details?.region : nil))
        }
        if let host = session.host { add(.host, host) }
        for architect in session.architects { add(.architect, architect) }
        var speakers: Set<PersonKey> = []
        for day in session.days {
            for slot in day.slots {
                for speaker in slot.speakers where speakers.insert(speaker.key).inserted { add(.speaker, speaker) }
            }
        }
        for direction in session.directions {
            for leader in direction.leaders { add(.leader, leader, direction: direction) }
            guard options.includeGroups else { continue }
            for group in direction.groups {
                if let moderator = group.moderator { add(.moderator, moderator, direction: direction, group: group.name) }
                if let collector = group.collector { add(.collector, collector, direction: direction, group: group.name) }
                for member in group.members { add(.member, member, direction: direction, group: group.name) }
            }
        }
        if let person = view.person { rows = rows.filter { $0.person.key == person.key } }
        if let role = view.role { rows = rows.filter { $0.role.audienceRole == role } }
        if let direction = view.direction { rows = rows.filter { $0.directionNumber == direction.number } }
        return rows
    }
}
