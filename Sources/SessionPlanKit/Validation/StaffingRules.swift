/// Each group on its own: `group-size`, `group-moderator`, `group-collector`,
/// `role-conflict`, and a member listed twice (`duplicate-person`).
struct StaffingRules: RuleFamily {
    var reads: Set<SessionPart> { [.directions, .rules] }
    init() {}

    func check(_ session: Session, into findings: inout [Diagnostic]) {
        for direction in session.directions {
            for g in direction.groups.indices {
                check(direction.groups[g], of: direction, limits: session.rules.groupSize, into: &findings)
            }
        }
    }

    private func check(_ group: Group, of direction: Direction, limits: ClosedRange<Int>, into findings: inout [Diagnostic]) {
        // Worded only when a finding needs them.
        var nominative: LocalizedText { RuleText.group(group, of: direction) }
        var genitive: LocalizedText { RuleText.group(group, of: direction, .genitive) }
        for problem in Self.problems(of: group, limits: limits).problems {
            switch problem {
            case .repeatedMember(let member, let first):
                findings.append(.error(.duplicatePerson, LocalizedText(
                    en: "\(member.name) is listed twice among the members of \(nominative.en); keep one entry",
                    ru: "\(member.name) — повторно в списке участников \(genitive.ru); оставьте одну запись"),
                    at: member.location,
                    notes: [.init(LocalizedText(en: "first listed here", ru: "первая запись — здесь"), at: first.location)]))
            case .size(let count):
                let has = Plural.count(count, en: ("member", "members"), ru: ("участник", "участника", "участников"))
                let range = limits.lowerBound == limits.upperBound
                    ? LocalizedText(en: "exactly \(limits.lowerBound)", ru: "ровно \(limits.lowerBound)")
                    : LocalizedText(en: "\(limits.lowerBound)–\(limits.upperBound)",
                                    ru: "от \(limits.lowerBound) до \(limits.upperBound)")
                findings.append(.error(.groupSize, LocalizedText(
                    en: "\(nominative.en) has \(has.en); a group needs \(range.en) (the moderator and the collector are not counted)",
                    ru: "в \(RuleText.group(group, of: direction, .prepositional).ru) \(has.ru), а нужно \(range.ru) (модератор и сборщик не считаются)"),
                    at: group.location))
            case .noModerator:
                findings.append(.error(.groupModerator, LocalizedText(
                    en: "\(nominative.en) has no moderator; add \"moderator\" with the person's name",
                    ru: "у \(genitive.ru) нет модератора; добавьте \"moderator\" с ФИО"),
                    at: group.location))
            case .noCollector:
                findings.append(.error(.groupCollector, LocalizedText(
                    en: "\(nominative.en) has no collector; add \"collector\" with the person's name",
                    ru: "у \(genitive.ru) нет сборщика; добавьте \"collector\" с ФИО"),
                    at: group.location))
            case .moderatorIsCollector(let moderator, let collector):
                findings.append(.error(.roleConflict, LocalizedText(
                    en: "\(collector.name) is both the moderator and the collector of \(nominative.en); these are two different people",
                    ru: "\(collector.name) — одновременно модератор и сборщик \(genitive.ru); это должны быть два разных человека"),
                    at: collector.location,
                    notes: [.init(LocalizedText(en: "named as the moderator here", ru: "здесь — как модератор"), at: moderator.location)]))
            case .dutyAlsoMember(let role, let duty, let member):
                findings.append(.error(.roleConflict, LocalizedText(
                    en: "\(member.name) is the \(role.name.en) of \(nominative.en) and is also listed among its members; the moderator and the collector are not members",
                    ru: "\(member.name) — \(role.name.ru) \(genitive.ru) и одновременно в списке её участников; модератор и сборщик не входят в число участников"),
                    at: member.location,
                    notes: [.init(LocalizedText(en: "named as the \(role.name.en) here", ru: "здесь — как \(role.name.ru)"),
                                  at: duty.location)]))
            }
        }
    }
}

extension StaffingRules {
    /// What is wrong with one group's staffing, each problem one finding of `check`.
    enum Problem: Sendable {
        /// `duplicate-person`: a member listed again (`first` is the earlier entry).
        case repeatedMember(PersonReference, first: PersonReference)
        /// `group-size`: this many different members, outside the limits.
        case size(members: Int)
        /// `group-moderator`
        case noModerator
        /// `group-collector`
        case noCollector
        /// `role-conflict`: one person both moderator and collector.
        case moderatorIsCollector(moderator: PersonReference, collector: PersonReference)
        /// `role-conflict`: the moderator or the collector listed among the members too.
        case dutyAlsoMember(PersonAssignment.GroupRole, duty: PersonReference, member: PersonReference)
    }

    /// The staffing problems of `group` under `limits`, in the order `check`
    /// reports them, and its number of different members. A group without
    /// problems is ready: the statistics count readiness with this, so `stats`
    /// and `validate` cannot disagree.
    static func problems(of group: Group, limits: ClosedRange<Int>) -> (members: Int, problems: [Problem]) {
        var problems: [Problem] = []
        // Members in file order, each person once; a repeated name is reported and counted once.
        let members = DistinctMembers(group.members) { problems.append(.repeatedMember($0, first: $1)) }
        let count = members.count
        if !limits.contains(count) { problems.append(.size(members: count)) }
        if group.moderator == nil { problems.append(.noModerator) }
        if group.collector == nil { problems.append(.noCollector) }
        if let moderator = group.moderator, let collector = group.collector, moderator.key == collector.key {
            problems.append(.moderatorIsCollector(moderator: moderator, collector: collector))
        }
        for (duty, role) in [(group.moderator, PersonAssignment.GroupRole.moderator),
                             (group.collector, PersonAssignment.GroupRole.collector)] {
            guard let duty, let member = members[duty.key] else { continue }
            problems.append(.dutyAlsoMember(role, duty: duty, member: member))
        }
        return (count, problems)
    }
}

/// A group's members, each person once, in file order. A group of a real plan has
/// five to ten members: they are looked through one by one, which costs less than
/// hashing each name; a large group (hostile or mistaken) is kept by key, so the cost
/// stays linear. Members are kept as positions in the group's list, not copied.
private struct DistinctMembers {
    private let members: [PersonReference]
    /// The position of each person's first entry.
    private var listed: [Int] = []
    private var byKey: [PersonKey: Int]?
    private static let listedAtMost = 16

    /// `repeated(member, first)` for each member whose person came earlier.
    init(_ members: [PersonReference], repeated: (PersonReference, PersonReference) -> Void) {
        self.members = members
        if members.count > Self.listedAtMost {
            var byKey: [PersonKey: Int] = [:]
            byKey.reserveCapacity(members.count)
            for index in members.indices {
                if let first = byKey[members[index].key] { repeated(members[index], members[first]) } else { byKey[members[index].key] = index }
            }
            self.byKey = byKey
            return
        }
        listed.reserveCapacity(members.count)
        for index in members.indices {
            if let first = position(of: members[index].key) { repeated(members[index], members[first]) } else { listed.append(index) }
        }
    }

    var count: Int { byKey?.count ?? listed.count }

    subscript(key: PersonKey) -> PersonReference? { position(of: key).map { members[$0] } }

    private func position(of key: PersonKey) -> Int? {
        if let byKey { return byKey[key] }
        return listed.first { members[$0].key == key }
    }
}
