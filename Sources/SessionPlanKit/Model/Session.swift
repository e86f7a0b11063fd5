import Foundation

/// A strategic session: its days and program, its directions with their
/// leaders and groups, as one session file describes them.
struct Session: Sendable {
    var version: Int
    var title: String
    var subtitle: String?
    /// The language of the printed program.
    var language: Language
    var timeZone: TimeZone
    var hours: Hours?
    var venue: String?
    var host: PersonReference? { didSet { personIndexCache = PersonIndexCache() } }
    var architects: [PersonReference] { didSet { personIndexCache = PersonIndexCache() } }
    var organizers: [String]
    var registration: Registration?
    var notes: [String]
    var rules: Rules
    var people: [Person] { didSet { personIndexCache = PersonIndexCache() } }
    var days: [Day] { didSet { personIndexCache = PersonIndexCache() } }
    var directions: [Direction] { didSet { personIndexCache = PersonIndexCache() } }
    /// Versions: raised each time a changed program is published (the calendars' `SEQUENCE`).
    var revision: Int = 0
    /// When this revision was made, in the session's zone (the calendars' `DTSTAMP`).
    var updated: LocalDateTime? = nil
    /// Where the top-level object starts, for findings about the session as a whole.
    var location: SourceLocation
    /// Where things happen; empty: everything at the `venue`.
    var places: [Place] = []
    /// The organizing team, with duties.
    var team: [TeamMember] = [] { didSet { personIndexCache = PersonIndexCache() } }

    /// Everyone the session mentions (`PersonIndex`): built on first use, and
    /// again after a change to the parts that name people.
    var personIndex: PersonIndex { personIndexCache.index(of: self) }
    var personIndexCache = PersonIndexCache()

    /// Details by person, first entry of each name (a repeated name is a finding of its own);
    /// from the person index, built once.
    var peopleByKey: [PersonKey: Person] { personIndex.details }

    /// The announced hours of a day: its own, else the session's.
    func hours(of day: Day) -> Hours? { day.hours ?? hours }
}

/// The hours announced to everyone, e.g. 09:00–13:00.
struct Hours: Sendable, Hashable {
    var start: ClockTime
    var end: ClockTime
    var location: SourceLocation
}

/// How participants register.
struct Registration: Sendable {
    var platform: String?
    var url: String?
    var deadline: LocalDateTime?
    var deadlineLocation: SourceLocation?
    var location: SourceLocation
}

/// Limits that override the defaults.
struct Rules: Sendable, Hashable {
    /// Members a group has, not counting its moderator and collector.
    var groupSize: ClosedRange<Int>
    var location: SourceLocation?

    static let defaultGroupSize = 5...10

    init(groupSize: ClosedRange<Int> = Rules.defaultGroupSize, location: SourceLocation? = nil) {
        self.groupSize = groupSize
        self.location = location
    }
}
