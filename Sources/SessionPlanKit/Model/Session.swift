import Foundation

/// A strategic session: its days and program, its directions with their
/// leaders and groups, as one session file describes them.
public struct Session: Sendable {
    public var version: Int
    public var title: String
    public var subtitle: String?
    /// The language of the printed program.
    public var language: Language
    public var timeZone: TimeZone
    public var hours: Hours?
    public var venue: String?
    public var host: PersonReference? { didSet { personIndexCache = PersonIndexCache() } }
    public var architects: [PersonReference] { didSet { personIndexCache = PersonIndexCache() } }
    public var organizers: [String]
    public var registration: Registration?
    public var notes: [String]
    public var rules: Rules
    public var people: [Person] { didSet { personIndexCache = PersonIndexCache() } }
    public var days: [Day] { didSet { personIndexCache = PersonIndexCache() } }
    public var directions: [Direction] { didSet { personIndexCache = PersonIndexCache() } }
    /// Versions: raised each time a changed program is published (the calendars' `SEQUENCE`).
    public var revision: Int = 0
    /// When this revision was made, in the session's zone (the calendars' `DTSTAMP`).
    public var updated: LocalDateTime? = nil
    /// Where the top-level object starts, for findings about the session as a whole.
    public var location: SourceLocation
    /// Where things happen; empty: everything at the `venue`.
    public var places: [Place] = []
    /// The organizing team, with duties.
    public var team: [TeamMember] = [] { didSet { personIndexCache = PersonIndexCache() } }

    /// Everyone the session mentions (`PersonIndex`): built on first use, and
    /// again after a change to the parts that name people.
    var personIndex: PersonIndex { personIndexCache.index(of: self) }
    var personIndexCache = PersonIndexCache()

    /// Details by person, first entry of each name (a repeated name is a finding of its own);
    /// from the person index, built once.
    public var peopleByKey: [PersonKey: Person] { personIndex.details }

    /// The announced hours of a day: its own, else the session's.
    public func hours(of day: Day) -> Hours? { day.hours ?? hours }
}

/// The hours announced to everyone, e.g. 09:00–13:00.
public struct Hours: Sendable, Hashable {
    public var start: ClockTime
    public var end: ClockTime
    public var location: SourceLocation
}

/// How participants register.
public struct Registration: Sendable {
    public var platform: String?
    public var url: String?
    public var deadline: LocalDateTime?
    public var deadlineLocation: SourceLocation?
    public var location: SourceLocation
}

/// Limits that override the defaults.
public struct Rules: Sendable, Hashable {
    /// Members a group has, not counting its moderator and collector.
    public var groupSize: ClosedRange<Int>
    public var location: SourceLocation?

    public static let defaultGroupSize = 5...10

    public init(groupSize: ClosedRange<Int> = Rules.defaultGroupSize, location: SourceLocation? = nil) {
        self.groupSize = groupSize
        self.location = location
    }
}
