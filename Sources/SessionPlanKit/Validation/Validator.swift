/// One family of the validator's checks (the schedule, the roles, the names).
/// Each family is a separate piece; the validator runs them all.
protocol RuleFamily: Sendable {
    /// Appends this family's findings about a structurally valid session.
    func check(_ session: Session, into findings: inout [Diagnostic])
    /// The parts of the file this family's findings depend on (see `SessionPart`).
    var reads: Set<SessionPart> { get }
    /// Whether this family runs on its own thread beside the others (see `Validator.check`).
    var runsBeside: Bool { get }
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
    /// that read none of them run. A family that `runsBeside` the others runs
    /// on a second thread while the rest run on this one: the wall time is
    /// the longer of the two lanes, not their sum. The findings do not depend
    /// on which lane finishes first: they are joined in the families' order
    /// and sorted by place. `adding`: findings made elsewhere (the reader's
    /// placeholders), sorted in with them; at the same place they come after
    /// the families'.
    static func check(_ session: Session, families: [any RuleFamily] = Validator.families,
                      broken: Set<SessionPart> = [], adding more: [Diagnostic] = []) -> [Diagnostic] {
        let running = families.filter { $0.reads.isDisjoint(with: broken) }
        let (here, beside) = Concurrently.both({ findings(of: running, beside: false, in: session) },
                                               { findings(of: running, beside: true, in: session) })
        var byFamily = Array(repeating: [Diagnostic](), count: running.count)
        for (family, found) in here + beside { byFamily[family] = found }
        return (byFamily.flatMap { $0 } + more).sortedByLocation()
    }

    /// The findings of each family of `families` that runs `beside` (or not), with its position there.
    private static func findings(of families: [any RuleFamily], beside: Bool,
                                 in session: Session) -> [(family: Int, findings: [Diagnostic])] {
        families.indices.filter { families[$0].runsBeside == beside }.map { family in
            var findings: [Diagnostic] = []
            families[family].check(session, into: &findings)
            return (family, findings)
        }
    }
}

extension RuleFamily {
    /// Only a family whose work is about as large as all the others' together runs beside them.
    var runsBeside: Bool { false }
}
