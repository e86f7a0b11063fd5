/// One family of the validator's checks (the schedule, the roles, the names).
/// Each family is a separate piece; the validator runs them all.
protocol RuleFamily: Sendable {
    /// Appends this family's findings about a structurally valid session.
    func check(_ session: Session, into findings: inout [Diagnostic])
    /// The parts of the file this family's findings depend on (see `SessionPart`).
    var reads: Set<SessionPart> { get }
}

/// Runs every rule family over a session.
enum Validator {
    /// The families, in the order their findings are produced (the result is sorted by place anyway).
    static let families: [any RuleFamily] = [
        ScheduleRules(),
        CalendarRules(),
        ClockChangeRules(),
        DoubleBookingRules(),
        GroupWorkRules(),
        DirectionRules(),
        StaffingRules(),
        PeopleRules(),
        SimilarNames(),
        LookAlikeLetters(),
        InvisibleCharacters(),
        InitialsRule(),
    ]

    /// Every rule finding about `session`, in file order; deterministic.
    /// With `broken` parts (a file with structural errors), only the families
    /// that read none of them run.
    static func check(_ session: Session, families: [any RuleFamily] = Validator.families,
                             broken: Set<SessionPart> = []) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for family in families where family.reads.isDisjoint(with: broken) { family.check(session, into: &findings) }
        return findings.sortedByLocation()
    }
}
