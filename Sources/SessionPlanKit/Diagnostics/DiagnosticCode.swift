/// The stable code of every finding. Codes are part of the interface (tests,
/// `--format json`, documentation): never rename one.
enum DiagnosticCode: String, Sendable, CaseIterable, Hashable {
    // The file itself: a file with any of these cannot be used at all.
    case encoding
    case jsonSyntax = "json-syntax"
    case duplicateKey = "duplicate-key"
    case unknownKey = "unknown-key"
    case type
    case missingField = "missing-field"
    case invalidValue = "invalid-value"

    // The schedule.
    case slotRange = "slot-range"
    case slotOverlap = "slot-overlap"
    case slotOrder = "slot-order"
    case dayOrder = "day-order"
    case outsideHours = "outside-hours"
    case gap
    case emptyDay = "empty-day"
    case doubleBooked = "double-booked"
    case registrationDeadline = "registration-deadline"
    case nonexistentTime = "nonexistent-time"
    case noGroupWork = "no-group-work"

    // The roles.
    case directionLeader = "direction-leader"
    case directionGroups = "direction-groups"
    case groupSize = "group-size"
    case groupModerator = "group-moderator"
    case groupCollector = "group-collector"
    case roleConflict = "role-conflict"
    case multipleGroups = "multiple-groups"
    case parallelDuty = "parallel-duty"
    case duplicateGroup = "duplicate-group"
    case duplicatePerson = "duplicate-person"
    case similarNames = "similar-names"
    case lookAlikeLetters = "look-alike-letters"
    case invisibleCharacters = "invisible-characters"
    case initials
    case noDirections = "no-directions"
    case templatePlaceholder = "template-placeholder"

    // A registration list read by `groups`.
    case rosterEncoding = "roster-encoding"
    case rosterSyntax = "roster-syntax"
    case rosterColumns = "roster-columns"
    case rosterName = "roster-name"
    case rosterDirection = "roster-direction"
    case rosterDuplicate = "roster-duplicate"
    case rosterTooFew = "roster-too-few"

    /// Structural findings make a file unreadable: no command uses a session
    /// that has one. Rule findings describe a plan in progress, which can
    /// still be printed.
    var isStructural: Bool {
        switch self {
        case .encoding, .jsonSyntax, .duplicateKey, .unknownKey, .type, .missingField, .invalidValue:
            true
        default:
            false
        }
    }
}

/// How bad a finding is.
enum Severity: String, Sendable, Hashable, Comparable {
    case warning
    case error

    static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}
