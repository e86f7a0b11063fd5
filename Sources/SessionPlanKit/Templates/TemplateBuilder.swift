/// What the two templates `sessionplan init` writes (`SessionTemplate`,
/// `InPersonTemplate`) are built with: their texts in the template's language,
/// lists of names, slots, and the time zone a new session starts in.
struct TemplateBuilder {
    let language: Language

    /// A text of the template, in its language.
    func text(_ text: LocalizedText) -> JSONValue { .string(text.text(in: language)) }

    /// A list of names (speakers, leaders, members), in the template's language.
    func names(_ values: [LocalizedText]) -> JSONValue { .array(values.map(text)) }

    /// A slot from `start` to `end`, with its title, kind and any further keys after them.
    func slot(_ start: String, _ end: String, _ title: LocalizedText, _ kind: SlotKind,
              _ extra: [(String, JSONValue)] = []) -> JSONValue {
        .object([("start", .string(start)), ("end", .string(end)), ("title", text(title)), ("kind", .string(kind.rawValue))] + extra)
    }

    /// Moscow for a Russian session, London for an English one.
    var timeZone: JSONValue {
        switch language {
        case .ru: .string("Europe/Moscow")
        case .en: .string("Europe/London")
        }
    }

    // MARK: Placeholders both templates have

    static let host = LocalizedText(en: "Session Host", ru: "Ведущий сессии")
    static let architect = LocalizedText(en: "Session Architect", ru: "Архитектор сессии")
    static let expert = LocalizedText(en: "Invited Expert", ru: "Приглашённый эксперт")
    static let expertPosition = LocalizedText(en: "the expert's position and organization", ru: "должность и организация эксперта")
    static let sessionTitle = LocalizedText(en: "Title of the strategic session", ru: "Название стратегической сессии")
    static let firstDayTheme = LocalizedText(en: "Theme of the first day", ru: "Тема первого дня")
    static let secondDayTheme = LocalizedText(en: "Theme of the second day", ru: "Тема второго дня")
    static let groupWork = LocalizedText(en: "Group work", ru: "Работа в группах")
    static let organizer = LocalizedText(en: "Organizing institution", ru: "Организация-организатор")
    static let mayChange = LocalizedText(en: "The program may change", ru: "В программе возможны изменения")
    /// Distinct words, never names one letter apart, so the similar-names check stays quiet.
    static let firstMembers = [
        LocalizedText(en: "First Member", ru: "Первый участник"), LocalizedText(en: "Second Member", ru: "Второй участник"),
        LocalizedText(en: "Third Member", ru: "Третий участник"), LocalizedText(en: "Fourth Member", ru: "Четвёртый участник"),
        LocalizedText(en: "Fifth Member", ru: "Пятый участник"),
    ]
}
