/// A thematic direction (тематическое направление) with its leaders and groups.
public struct Direction: Sendable {
    /// 1-based position in the file.
    public var number: Int
    public var id: String
    public var title: String
    public var leaders: [PersonReference]
    public var groups: [Group]
    public var location: SourceLocation
    public var idLocation: SourceLocation
    public var leadersLocation: SourceLocation?
    /// Where its own slots happen when they name no place (a place id).
    public var place: String? = nil
    public var placeLocation: SourceLocation? = nil
}

/// A working group of 5–10 people with one moderator and one collector.
public struct Group: Sendable {
    public var name: String
    public var kind: GroupKind
    public var moderator: PersonReference?
    public var collector: PersonReference?
    public var members: [PersonReference]
    public var room: String?
    public var location: SourceLocation
    public var nameLocation: SourceLocation
    public var membersLocation: SourceLocation?
}
