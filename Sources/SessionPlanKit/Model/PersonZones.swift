import Foundation

/// The time zones a person's own program is written in.
extension Session {
    /// A person's own zone: their `timezone`, else the zone of their `region`, else the session's.
    func ownZone(of key: PersonKey, people: [PersonKey: Person]? = nil) -> TimeZone {
        guard let person = (people ?? peopleByKey)[key] else { return timeZone }
        return Session.ownZone(of: person) ?? timeZone
    }

    /// `timezone`, else the zone of `region`; nil when neither gives one.
    static func ownZone(of person: Person) -> TimeZone? {
        person.timezone ?? person.region.flatMap(RussianRegions.zone(of:))
    }

    /// The zones of a person's own program (their letter, their change notice), the first the one its dates
    /// follow. A session held online is followed from wherever one lives: the person's own zone. A session
    /// held at a place (a hall, a room: a place that is not only an online room) is followed there, on the
    /// session's clock, whatever the region a participant comes from; when some of its places are also
    /// online, the person's own zone beside it, for following from home.
    func programZones(of key: PersonKey, people: [PersonKey: Person]? = nil) -> [TimeZone] {
        programZones(own: ownZone(of: key, people: people))
    }

    /// `programZones(of:)` for someone whose own zone is `own`.
    func programZones(own: TimeZone) -> [TimeZone] {
        guard places.contains(where: \.isPhysical) else { return [own] }
        guard places.contains(where: { nonBlank($0.link) != nil }), own.identifier != timeZone.identifier else { return [timeZone] }
        return [timeZone, own]
    }
}

extension Place {
    /// A place one comes to: one without a `link`, or with an address beside it (a hall that is also streamed);
    /// a place with a link and no address is only an online room.
    var isPhysical: Bool { nonBlank(link) == nil || nonBlank(address) != nil }
}
