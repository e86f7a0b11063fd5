/// A thematic direction (тематическое направление) with its leaders and groups.
struct Direction: Sendable {
    /// 1-based position in the file.
    var number: Int
    var id: String
    var title: String
    var leaders: [PersonReference]
    var groups: [Group]
    var location: SourceLocation
    var idLocation: SourceLocation
    var leadersLocation: SourceLocation?
    /// Where its own slots happen when they name no place (a place id).
    var place: String? = nil
    var placeLocation: SourceLocation? = nil
}

/// A working group of 5–10 people with one moderator and one collector.
struct Group: Sendable {
    var name: String
    var kind: GroupKind
    var moderator: PersonReference?
    var collector: PersonReference?
    var members: [PersonReference]
    var room: String?
    var location: SourceLocation
    var nameLocation: SourceLocation
    var membersLocation: SourceLocation?
}
