/// The roster as CSV for the administrative team's spreadsheets: one row per
/// person and role (a person who is host and architect has two rows), with
/// the columns direction, group, role, name, position, and e-mail and phone
/// with `--include-contacts`. The header row is in the session's language.
///
/// Public by default, as every export: without `--include-groups` the roster
/// lists the people the published program names — host, architects,
/// speakers and direction leaders — and no group member, moderator,
/// collector or group name. RFC 4180 through `CSVWriter`: comma-separated,
/// CRLF, UTF-8 with a byte order mark (so Excel reads Cyrillic right), and
/// cells a spreadsheet would run as a formula neutralised.
public struct RosterCSVRenderer: Sendable {
    public var options: ExportOptions

    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    /// One row of the roster.
    struct Row: Equatable {
        var direction = ""
        var group = ""
        var role: RosterRole
        var person: PersonReference
    }

    /// The roles of the roster, as the issue names them.
    enum RosterRole: String, CaseIterable {
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
    }

    /// The rows: host, architects, speakers (in the order they first speak),
    /// then each direction's leaders and, with groups, each group's
    /// moderator, collector and members. `person` keeps only their rows.
    func rows(of session: Session, person: PersonRoles? = nil) -> [Row] {
        var rows: [Row] = []
        if let host = session.host { rows.append(Row(role: .host, person: host)) }
        for architect in session.architects { rows.append(Row(role: .architect, person: architect)) }
        var speakers: Set<PersonKey> = []   // membership only: the order comes from the program
        for day in session.days {
            for slot in day.slots {
                for speaker in slot.speakers where speakers.insert(speaker.key).inserted {
                    rows.append(Row(role: .speaker, person: speaker))
                }
            }
        }
        for direction in session.directions {
            let title = "\(direction.number). \(direction.title)"
            for leader in direction.leaders { rows.append(Row(direction: title, role: .leader, person: leader)) }
            guard options.includeGroups else { continue }
            for group in direction.groups {
                if let moderator = group.moderator {
                    rows.append(Row(direction: title, group: group.name, role: .moderator, person: moderator))
                }
                if let collector = group.collector {
                    rows.append(Row(direction: title, group: group.name, role: .collector, person: collector))
                }
                for member in group.members {
                    rows.append(Row(direction: title, group: group.name, role: .member, person: member))
                }
            }
        }
        guard let person else { return rows }
        return rows.filter { $0.person.key == person.key }
    }

    public func render(_ session: Session, person: PersonRoles? = nil) -> String {
        let language = session.language
        let people = session.peopleByKey
        var header = language == .ru
            ? ["Направление", "Группа", "Роль", "ФИО", "Должность"]
            : ["Direction", "Group", "Role", "Name", "Position"]
        if options.includeContacts { header += language == .ru ? ["E-mail", "Телефон"] : ["E-mail", "Phone"] }
        var records = [header]
        for row in rows(of: session, person: person) {
            let details = people[row.person.key]
            var record = [row.direction, row.group, row.role.word(in: language), row.person.name, details?.position ?? ""]
            if options.includeContacts { record += [details?.email ?? "", details?.phone ?? ""] }
            records.append(record)
        }
        return CSVWriter(options: CSVWriter.Options(includeBOM: true)).document(records)
    }
}
