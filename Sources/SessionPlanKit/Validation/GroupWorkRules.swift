/// `no-group-work`: groups with no time to work, or group work with no groups.
struct GroupWorkRules: RuleFamily {
    var reads: Set<SessionPart> { [.days, .directions, .places] }
    init() {}

    func check(_ session: Session, into findings: inout [Diagnostic]) {
        let groupWork = session.days.lazy.flatMap(\.slots).first { $0.kind == .groupWork }
        let firstGroup = session.directions.lazy.compactMap(\.groups.first).first
        if let firstGroup, groupWork == nil {
            findings.append(.warning(.noGroupWork, LocalizedText(
                en: "the session has groups but no slot for group work; add a slot with \"kind\": \"group-work\" to the program",
                ru: "в сессии есть группы, но в программе нет времени для работы в группах; добавьте пункт с \"kind\": \"group-work\""),
                at: firstGroup.location))
        } else if let groupWork, firstGroup == nil {
            findings.append(.warning(.noGroupWork, LocalizedText(
                en: "the program has group work, \(RuleText.slot(groupWork)), but the session has no groups yet; add the groups to the directions",
                ru: "в программе есть работа в группах, \(RuleText.slot(groupWork)), но в сессии ещё нет ни одной группы; добавьте группы в направления"),
                at: groupWork.location))
        }
    }
}
