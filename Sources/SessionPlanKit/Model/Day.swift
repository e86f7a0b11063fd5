/// One day of the session and its program.
public struct Day: Sendable {
    /// 1-based position in the file: «День 1».
    public var number: Int
    public var date: CalendarDate
    public var title: String?
    public var hours: Hours?
    public var slots: [Slot]
    public var location: SourceLocation
    public var dateLocation: SourceLocation
}

/// One item of a day's program.
public struct Slot: Sendable {
    /// 1-based position within its day.
    public var number: Int
    /// The slot's stable identity across versions (`id`, `[a-z0-9-]+`), when the file gives one.
    public var id: String?
    public var idLocation: SourceLocation?
    public var start: ClockTime
    public var end: ClockTime
    public var title: String
    public var kind: SlotKind
    public var speakers: [PersonReference]
    /// Who must attend; nil means everyone.
    public var audience: [Role]?
    /// Who may attend but need not.
    public var optional: [Role]
    public var closed: Bool
    public var notes: String?
    public var location: SourceLocation
    public var startLocation: SourceLocation
    public var endLocation: SourceLocation
    /// Where it happens (a place id); nil: at its direction's place or the session's venue.
    public var place: String? = nil
    public var placeLocation: SourceLocation? = nil
    /// The directions it is for (ids); empty: not limited to directions.
    public var directions: [String] = []
    /// Where each of `directions` is written.
    public var directionLocations: [SourceLocation] = []
    /// Who moderates it (a plenary, a panel); booked like speakers.
    public var moderators: [PersonReference] = []

    /// A slot without an `audience` is for everyone.
    public var isForEveryone: Bool { audience == nil }

    /// Length in minutes (zero or less for a slot whose end is not after its start).
    public var duration: Int { end.minutes - start.minutes }

    /// Whether people of `role` are expected (or invited) to this slot.
    public func concerns(_ role: Role) -> Bool {
        guard let audience else { return true }
        return audience.contains(role) || optional.contains(role)
    }

}
