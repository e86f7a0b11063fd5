/// The directions: `no-directions`, `direction-leader`, `direction-groups`, `duplicate-group`.
struct DirectionRules: RuleFamily {
    var reads: Set<SessionPart> { [.directions] }
    init() {}

    func check(_ session: Session, into findings: inout [Diagnostic]) {
        if session.directions.isEmpty {
            findings.append(.warning(.noDirections, LocalizedText(
                en: "the session has no directions yet; add the directions with their leaders under \"directions\"",
                ru: "в сессии пока нет направлений; добавьте направления и их лидеров в \"directions\""),
                at: session.location))
        }
        for direction in session.directions {
            let name = RuleText.direction(direction)
            if direction.leaders.isEmpty {
                findings.append(.error(.directionLeader, LocalizedText(
                    en: "\(name.en) has no leader; each direction needs at least one",
                    ru: "у направления \(direction.number) \(Quotes.guillemets(RuleText.short(direction.title))) нет лидера; у каждого направления должен быть хотя бы один"),
                    at: direction.leadersLocation ?? direction.location))
            }
            if direction.groups.isEmpty {
                findings.append(.error(.directionGroups, LocalizedText(
                    en: "\(name.en) has no group yet; each leader gathers at least one group before the session",
                    ru: "в направлении \(direction.number) \(Quotes.guillemets(RuleText.short(direction.title))) пока нет ни одной группы; каждый лидер собирает хотя бы одну группу до начала сессии"),
                    at: direction.location))
            }
            checkGroupNames(direction, into: &findings)
        }
    }

    /// Names compared as people's names are: after NFC and folding of white space. Kept by
    /// their bytes (`UTF8Key`: the normalized names are NFC, so equal names have equal bytes),
    /// not as `String`s, whose hashing normalizes every Cyrillic name again.
    private func checkGroupNames(_ direction: Direction, into findings: inout [Diagnostic]) {
        /// Where each name is first written (not the `Group`: a copy would retain all its strings).
        var first: [UTF8Key: SourceLocation] = [:]
        first.reserveCapacity(direction.groups.count)
        for g in direction.groups.indices {
            let name = direction.groups[g].name
            let key = UTF8Key(PersonKey(name).normalized)
            guard let earlier = first[key] else {
                first[key] = direction.groups[g].nameLocation
                continue
            }
            findings.append(.error(.duplicateGroup, LocalizedText(
                en: "\(RuleText.direction(direction).en) already has a group named \(Quotes.guillemets(RuleText.short(name))); give each group of a direction its own name",
                ru: "в направлении \(direction.number) \(Quotes.guillemets(RuleText.short(direction.title))) уже есть группа \(Quotes.guillemets(RuleText.short(name))); у каждой группы направления должно быть своё название"),
                at: direction.groups[g].nameLocation,
                notes: [.init(LocalizedText(en: "the first group with this name", ru: "первая группа с этим названием"),
                              at: earlier)]))
        }
    }
}
