/// Where things happen: a hall, a room, an online room (`places`).
struct Place: Sendable {
    /// 1-based position in the file.
    var number: Int
    var id: String
    var name: String
    /// Public: printed wherever the place is.
    var address: String?
    /// An online room; private, printed only with `--include-links`.
    var link: String?
    var location: SourceLocation
    var idLocation: SourceLocation
}

/// A member of the organizing team (`team`): who they are and what they do.
struct TeamMember: Sendable {
    var name: PersonReference
    /// `координатор`, `технический администратор`.
    var duty: String
    /// The public contact: their e-mail and phone are printed without `--include-contacts`.
    var contact: Bool
    var location: SourceLocation
}

/// Places by id and directions' places, built once per session: where each slot happens.
struct PlaceIndex: Sendable {
    private var byID: [String: Place] = [:]
    private var directionPlaces: [String: String] = [:]

    init(_ session: Session) {
        for place in session.places where byID[place.id] == nil { byID[place.id] = place }
        for direction in session.directions {
            if let place = direction.place, directionPlaces[direction.id] == nil { directionPlaces[direction.id] = place }
        }
    }

    /// Whether the session has any place at all.
    var isEmpty: Bool { byID.isEmpty }

    func place(id: String) -> Place? { byID[id] }

    /// Where a slot happens: its own place, else the place of the one direction it is for;
    /// nil: at the session's venue.
    func place(of slot: Slot) -> Place? {
        if let id = slot.place { return byID[id] }
        guard slot.directions.count == 1, let id = directionPlaces[slot.directions[0]] else { return nil }
        return byID[id]
    }

    /// Where a direction's own slots and its groups meet; nil when it names no place.
    func place(ofDirection id: String) -> Place? {
        directionPlaces[id].flatMap { byID[$0] }
    }

    /// Whether any slot of `day` has a place.
    func usesPlaces(_ day: Day) -> Bool {
        !isEmpty && day.slots.contains { place(of: $0) != nil }
    }
}
