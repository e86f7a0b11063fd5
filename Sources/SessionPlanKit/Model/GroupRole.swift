/// What a person does in a group.
enum GroupRole: Sendable {
    case moderator
    case collector
    case member

    /// `moderator` / `модератор`.
    var name: LocalizedText {
        switch self {
        case .moderator: LocalizedText(en: "moderator", ru: "модератор")
        case .collector: LocalizedText(en: "collector", ru: "сборщик")
        case .member: LocalizedText(en: "member", ru: "участник")
        }
    }

    /// `the moderator`, `a member`: the English name with its article.
    var phrase: String {
        switch self {
        case .moderator: "the moderator"
        case .collector: "the collector"
        case .member: "a member"
        }
    }

    var isDuty: Bool { self != .member }
}
