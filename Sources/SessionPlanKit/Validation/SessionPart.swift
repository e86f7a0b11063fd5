/// The parts of a session file a structural error can leave incomplete.
///
/// A file with structural errors is not printed, but the rules that read only
/// sound parts still run, as a compiler goes on after an error: a wrong time
/// in the program does not hide a group of four. A rule family names the
/// parts it reads; it is skipped when one of them had an error.
enum SessionPart: Hashable, Sendable, CaseIterable {
    /// `version`, `title`, `subtitle`, `language`, `timezone`, `venue`, `organizers`, `notes`, unknown top-level keys.
    case header
    /// The session's announced `hours`.
    case hours
    /// `rules` (the group size).
    case rules
    /// `registration`.
    case registration
    /// `host`, `architects` and `people`.
    case people
    /// `days`, their slots.
    case days
    /// `directions`, their groups.
    case directions
    /// `places`, `team`, and the references of slots and directions to places and directions.
    case places
}

extension RuleFamily {
    /// Every part, unless a family says which it reads: an unknown family is
    /// skipped whenever the file has any structural error.
    var reads: Set<SessionPart> { Set(SessionPart.allCases) }
}
