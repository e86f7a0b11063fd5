/// One day of the session and its program.
struct Day: Sendable {
    /// 1-based position in the file: «День 1».
    var number: Int
    var date: CalendarDate
    var title: String?
    var hours: Hours?
    var slots: [Slot]
    var location: SourceLocation
    var dateLocation: SourceLocation
}

/// One item of a day's program.
struct Slot: Sendable {
    /// 1-based position within its day.
    var number: Int
    /// The slot's stable identity across versions (`id`, `[a-z0-9-]+`), when the file gives one.
    var id: String?
    var idLocation: SourceLocation?
    var start: ClockTime
    var end: ClockTime
    var title: String
    var kind: SlotKind
    var speakers: [PersonReference]
    /// Who must attend; nil means everyone.
    var audience: [Role]?
    /// Who may attend but need not.
    var optional: [Role]
    var closed: Bool
    var notes: String?
    var location: SourceLocation
    var startLocation: SourceLocation
    var endLocation: SourceLocation
    /// Where it happens (a place id); nil: at its direction's place or the session's venue.
    var place: String? = nil
    var placeLocation: SourceLocation? = nil
    /// The directions it is for (ids); empty: not limited to directions.
    var directions: [String] = []
    /// Where each of `directions` is written.
    var directionLocations: [SourceLocation] = []
    /// Who moderates it (a plenary, a panel); booked like speakers.
    var moderators: [PersonReference] = []

    /// A slot without an `audience` is for everyone.
    var isForEveryone: Bool { audience == nil }

    /// Length in minutes (zero or less for a slot whose end is not after its start).
    var duration: Int { end.minutes - start.minutes }

    /// Whether people of `role` are expected (or invited) to this slot.
    func concerns(_ role: Role) -> Bool {
        guard let audience else { return true }
        return audience.contains(role) || optional.contains(role)
    }

}
