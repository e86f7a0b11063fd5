/// Every key the session format defines, object by object. The builder
/// reports any other key; a test checks that `examples/session.schema.json`
/// knows exactly these.
public enum FormatKeys {
    public static let session = [
        "$schema", "version", "title", "subtitle", "language", "timezone", "hours", "venue", "host",
        "architects", "organizers", "registration", "notes", "rules", "people", "days", "directions",
        "places", "team", "revision", "updated",
    ]
    public static let hours = ["start", "end"]
    public static let registration = ["platform", "url", "deadline"]
    public static let rules = ["groupSize"]
    public static let groupSize = ["min", "max"]
    public static let person = ["name", "position", "statement", "email", "phone", "organization", "region", "timezone"]
    public static let day = ["date", "title", "hours", "slots"]
    public static let slot = ["id", "start", "end", "title", "kind", "speakers", "audience", "optional", "closed", "notes",
                              "place", "directions", "moderators"]
    public static let direction = ["id", "title", "leaders", "groups", "place"]
    public static let group = ["name", "kind", "moderator", "collector", "members", "room"]
    public static let place = ["id", "name", "address", "link"]
    public static let teamMember = ["name", "duty", "contact"]

    /// Each object of the format by the name its schema definition has.
    public static let byObject: [String: [String]] = [
        "session": session, "hours": hours, "registration": registration, "rules": rules,
        "groupSize": groupSize, "person": person, "day": day, "slot": slot,
        "direction": direction, "group": group,
        "place": place, "teamMember": teamMember,
    ]
}
