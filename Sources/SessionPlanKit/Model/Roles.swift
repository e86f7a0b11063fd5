/// What a slot is, as the format's `kind` names it.
enum SlotKind: String, Sendable, CaseIterable, Hashable {
    case opening
    case talk
    case briefing
    case groupWork = "group-work"
    case plenary
    case presentation
    case `break`
    case closing
    case meeting
    case reflection
    case other
    /// Registration of participants, arrival.
    case registration
    /// A lunch, a dinner, a coffee break served as a meal.
    case meal
    /// The cultural programme: an excursion, a concert, an informal evening.
    case social
}

/// Who a slot is for (`audience`, `optional`).
enum Role: String, Sendable, CaseIterable, Hashable {
    /// Direction leaders.
    case leaders
    case moderators
    case collectors
    /// Group members.
    case participants
    /// Speakers.
    case experts
    /// The host and the architects.
    case organizers
}

/// A leader group is gathered by the direction's leader; a participant group is formed from registrations.
enum GroupKind: String, Sendable, CaseIterable, Hashable {
    case leader
    case participants
}
