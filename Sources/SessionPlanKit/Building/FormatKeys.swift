/// Every key the session format defines, object by object. The builder
/// reports any other key; a test checks that `examples/session.schema.json`
/// knows exactly these.
enum FormatKeys {
    static let session = [
        "$schema", "version", "title", "subtitle", "language", "timezone", "hours", "venue", "host",
        "architects", "organizers", "registration", "notes", "rules", "people", "days", "directions",
        "places", "team", "revision", "updated",
    ]
    static let hours = ["start", "end"]
    static let registration = ["platform", "url", "deadline"]
    static let rules = ["groupSize"]
    static let groupSize = ["min", "max"]
    static let person = ["name", "position", "statement", "email", "phone", "organization", "region", "timezone"]
    static let day = ["date", "title", "hours", "slots"]
    static let slot = ["id", "start", "end", "title", "kind", "speakers", "audience", "optional", "closed", "notes",
                              "place", "directions", "moderators"]
    static let direction = ["id", "title", "leaders", "groups", "place"]
    static let group = ["name", "kind", "moderator", "collector", "members", "room"]
    static let place = ["id", "name", "address", "link"]
    static let teamMember = ["name", "duty", "contact"]

    /// Each object of the format by the name its schema definition has.
    static let byObject: [String: [String]] = [
        "session": session, "hours": hours, "registration": registration, "rules": rules,
        "groupSize": groupSize, "person": person, "day": day, "slot": slot,
        "direction": direction, "group": group,
        "place": place, "teamMember": teamMember,
    ]
}
