/// Glues the registration list and `GroupBalancer` to a session file: matches
/// each registrant's direction, forms the groups, and writes them into the
/// session's ORIGINAL JSON tree, so every key, order and value the organizer
/// wrote is kept and only the directions' `groups` arrays change.
enum SessionGrouping {
    /// A registrant who already has another role in the session and is not put in a group.
    struct Skipped: Sendable, Equatable {
        let registrant: Registrant
        let role: LocalizedText
    }

    /// One direction's result, for the report.
    struct DirectionResult: Sendable {
        let number: Int
        let id: String
        let title: String
        let groups: DirectionGroups
        let skipped: [Skipped]
    }

    /// What forming the groups gave.
    struct Outcome: Sendable {
        /// The session tree with the groups filled in; nil when there were errors.
        var root: JSONValue?
        /// Problems with rows of the registration list (and directions too small); nothing is written when there is one.
        let diagnostics: [Diagnostic]
        let directions: [DirectionResult]
        /// Groups of the whole new plan without a moderator / without a collector.
        let moderatorsNeeded: Int
        let collectorsNeeded: Int
        /// Group members the list no longer has, and whether they were taken out (`--drop-unregistered`).
        var unregistered: [Unregistered] = []
        var droppedUnregistered = false
        /// The template's members («Первый участник») taken out of the groups of directions with registrations.
        var droppedPlaceholders: [String] = []
        /// Entries of `people` added and completed from the list, and details that disagree with the file.
        var peopleAdded = 0
        var peopleCompleted = 0
        var disagreements: [LocalizedText] = []
        /// The details the list has columns for, of organization, region, e-mail and phone, in that order.
        var detailFields: [RegistrationField] = []
        /// Names the list wrote in capitals or without any, written as names.
        var recased: [RegistrationList.RecasedName] = []
    }

    /// A member of a participant group who is not in the registration list.
    struct Unregistered: Sendable {
        let name: String
        let group: String
        let direction: Int
    }

    /// Forms the groups of `session` (built from `root`) from `list`.
    static func form(_ session: Session, root: JSONValue, list: RegistrationList, dropUnregistered: Bool = false) -> Outcome {
        let list = list.keepingSpellings(of: session)
        let matcher = DirectionMatcher(session.directions.map {
            DirectionChoice(id: $0.id, number: $0.number, title: $0.title)
        })
        let (byDirection, directionProblems) = list.sortedByDirection(matcher)

        // People who lead a direction or staff a group are not placed as members.
        let roles = dutiesByPerson(session)
        // Members of participant groups the list no longer has (a registration withdrawn).
        let registered = Set(list.registrants.map { PersonKey($0.name) })
        // The template's members («Первый участник») are no people: in a direction with registrations they
        // give way to them; in one without, they are left for the organizer, who sees them in `validate`.
        var unregistered: [Unregistered] = [], placeholders: [Unregistered] = []
        for (index, direction) in session.directions.enumerated() {
            for group in direction.groups where group.kind != .leader {
                for member in group.members where !registered.contains(member.key) {
                    let entry = Unregistered(name: member.name, group: group.name, direction: direction.number)
                    if !TemplatePlaceholders.isPlaceholder(member.name) { unregistered.append(entry) }
                    else if !byDirection[index].isEmpty { placeholders.append(entry) }
                }
            }
        }
        let dropped = Set(placeholders.map { PersonKey($0.name) }).union(dropUnregistered ? unregistered.map { PersonKey($0.name) } : [])
        var rosters: [DirectionRoster] = []
        var skipped: [[Skipped]] = []
        for (index, direction) in session.directions.enumerated() {
            var registrants: [Registrant] = [], mine: [Skipped] = []
            for registrant in byDirection[index] {
                if let role = roles[PersonKey(registrant.name)] {
                    mine.append(Skipped(registrant: registrant, role: role))
                } else {
                    registrants.append(registrant)
                }
            }
            skipped.append(mine)
            rosters.append(DirectionRoster(
                title: direction.title, registrants: registrants,
                existingGroups: direction.groups.map { group in
                    let isLeader = group.kind == .leader
                    let kept = isLeader ? group.members : group.members.filter { !dropped.contains($0.key) }
                    return ExistingGroup(name: group.name, kind: group.kind,
                                         members: kept.map(\.name), changed: kept.count != group.members.count)
                }))
        }
        let baseName = ProgramCatalogue.groupLabel.text(in: session.language)
        let balanced = GroupBalancer.balance(rosters, groupSize: session.rules.groupSize, baseName: baseName)

        let diagnostics = (list.diagnostics + directionProblems + balanced.diagnostics).sortedByLocation()
        let results = session.directions.enumerated().map { index, direction in
            DirectionResult(number: direction.number, id: direction.id, title: direction.title,
                            groups: balanced.directions[index], skipped: skipped[index])
        }

        // Staff still to find, over the plan as it will be: existing groups and new ones.
        // The template's «Первый модератор» is still to be found.
        func missing(_ person: PersonReference?) -> Bool { person.map { TemplatePlaceholders.isPlaceholder($0.name) } ?? true }
        var moderators = 0, collectors = 0
        for (index, direction) in session.directions.enumerated() {
            for group in direction.groups {
                if missing(group.moderator) { moderators += 1 }
                if missing(group.collector) { collectors += 1 }
            }
            let added = balanced.directions[index].newGroupCount
            moderators += added
            collectors += added
        }
        let errors = diagnostics.contains { $0.severity == .error }
        var outcome = Outcome(root: nil, diagnostics: diagnostics, directions: results,
                              moderatorsNeeded: moderators, collectorsNeeded: collectors,
                              unregistered: unregistered, droppedUnregistered: dropUnregistered,
                              droppedPlaceholders: placeholders.map(\.name))
        guard !errors else { return outcome }
        let details = PeopleDetails.write(list.registrants, into: filledIn(root, with: balanced.directions, dropping: dropped))
        outcome.root = details.root
        outcome.peopleAdded = details.added
        outcome.peopleCompleted = details.completed
        outcome.disagreements = details.disagreements
        outcome.detailFields = list.columns.detailFields
        outcome.recased = list.recased
        return outcome
    }

    /// The role each leader, moderator and collector of the session has, for the
    /// report: the first of them in the person index's order (direction by direction).
    private static func dutiesByPerson(_ session: Session) -> [PersonKey: LocalizedText] {
        var roles: [PersonKey: LocalizedText] = [:]
        for person in session.personIndex.entries {
            for assignment in person.assignments {
                guard let role = duty(assignment) else { continue }
                roles[person.key] = role
                break
            }
        }
        return roles
    }

    /// How the report names a leader's, a moderator's or a collector's place; nil for other assignments.
    private static func duty(_ assignment: PersonAssignment) -> LocalizedText? {
        switch assignment {
        case .leader(let number, _):
            LocalizedText(en: "the leader of direction \(number)",
                          ru: "лидер направления \(number)")
        case .moderator(let place):
            LocalizedText(en: "the moderator of \(Quotes.guillemets(place.groupName)) (direction \(place.directionNumber))",
                          ru: "модератор группы \(Quotes.guillemets(place.groupName)) (направление \(place.directionNumber))")
        case .collector(let place):
            LocalizedText(en: "the collector of \(Quotes.guillemets(place.groupName)) (direction \(place.directionNumber))",
                          ru: "сборщик группы \(Quotes.guillemets(place.groupName)) (направление \(place.directionNumber))")
        default:
            nil
        }
    }

    // MARK: - Writing into the original tree

    /// `root` with each direction's participant groups given their new members
    /// and the new groups appended; everything else exactly as read.
    static func filledIn(_ root: JSONValue, with directions: [DirectionGroups], dropping dropped: Set<PersonKey> = []) -> JSONValue {
        guard case .object(var members) = root.kind,
              let directionsIndex = members.firstIndex(where: { $0.key == "directions" }),
              case .array(var directionValues) = members[directionsIndex].value.kind else { return root }
        for (index, result) in directions.enumerated() where index < directionValues.count {
            directionValues[index] = filledIn(direction: directionValues[index], with: result, dropping: dropped)
        }
        members[directionsIndex].value.kind = .array(directionValues)
        var copy = root
        copy.kind = .object(members)
        return copy
    }

    private static func filledIn(direction: JSONValue, with result: DirectionGroups, dropping dropped: Set<PersonKey>) -> JSONValue {
        guard case .object(var members) = direction.kind else { return direction }
        let existing = result.groups.filter { !$0.isNew }
        let created = result.groups.filter(\.isNew)
        guard existing.contains(where: { !$0.newMembers.isEmpty }) || !created.isEmpty || !dropped.isEmpty else { return direction }

        var groups: [JSONValue] = []
        let groupsIndex = members.firstIndex { $0.key == "groups" }
        if let groupsIndex, case .array(let values) = members[groupsIndex].value.kind { groups = values }
        // The balancer's existing groups are the participant groups in file order.
        var next = existing.makeIterator()
        for (index, group) in groups.enumerated() where kind(of: group) == GroupKind.participants.rawValue {
            guard let balanced = next.next() else { break }
            if !dropped.isEmpty { groups[index] = removing(dropped, from: group) }
            if !balanced.newMembers.isEmpty {
                groups[index] = appending(balanced.newMembers.map(\.name), to: groups[index])
            }
        }
        for group in created {
            groups.append(.object([
                ("name", .string(group.name)),
                ("kind", .string(GroupKind.participants.rawValue)),
                ("members", .array(group.memberNames.map { .string($0) })),
            ]))
        }
        if let groupsIndex {
            members[groupsIndex].value.kind = .array(groups)
        } else {
            members.append(JSONMember(key: "groups", keyLocation: JSONValue.built, value: .array(groups)))
        }
        var copy = direction
        copy.kind = .object(members)
        return copy
    }

    /// A group's `kind` as written, `participants` when absent.
    private static func kind(of group: JSONValue) -> String {
        guard case .object(let members) = group.kind,
              let value = members.first(where: { $0.key == "kind" })?.value,
              case .string(let text) = value.kind else { return GroupKind.participants.rawValue }
        return text
    }

    /// The group without the members `dropped` names.
    private static func removing(_ dropped: Set<PersonKey>, from group: JSONValue) -> JSONValue {
        guard case .object(var members) = group.kind,
              let index = members.firstIndex(where: { $0.key == "members" }),
              case .array(let values) = members[index].value.kind else { return group }
        let kept = values.filter { value in
            guard case .string(let name) = value.kind else { return true }
            return !dropped.contains(PersonKey(name))
        }
        guard kept.count != values.count else { return group }
        members[index].value.kind = .array(kept)
        var copy = group
        copy.kind = .object(members)
        return copy
    }

    /// The group with `names` added at the end of its `members` (created when missing).
    private static func appending(_ names: [String], to group: JSONValue) -> JSONValue {
        guard case .object(var members) = group.kind else { return group }
        let added = names.map { JSONValue.string($0) }
        if let index = members.firstIndex(where: { $0.key == "members" }),
           case .array(let values) = members[index].value.kind {
            members[index].value.kind = .array(values + added)
        } else {
            members.append(JSONMember(key: "members", keyLocation: JSONValue.built, value: .array(added)))
        }
        var copy = group
        copy.kind = .object(members)
        return copy
    }
}
