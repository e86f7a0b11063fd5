/// How rule messages name the organizer's own things: slots by their times and
/// title, groups by name and direction, days by number and date. Long titles
/// are shortened so that a message stays readable on one line.
enum RuleText {
    /// Titles longer than this are cut, with «…» at the end.
    static let maximumTitleLength = 60

    /// The title, cut to `maximumTitleLength` characters with «…».
    static func short(_ title: String) -> String {
        guard title.count > maximumTitleLength else { return title }
        var cut = String(title.prefix(maximumTitleLength - 1))
        while cut.last?.isWhitespace == true { cut.removeLast() }
        return cut + "…"
    }

    /// `09:00–09:15 «Открытие»`, the same in both languages.
    static func slot(_ slot: Slot) -> String {
        "\(slot.start)–\(slot.end) \(Quotes.guillemets(short(slot.title)))"
    }

    /// `day 1 (2021-09-21)` / `день 1, 2021-09-21`: Russian messages put the day
    /// in parentheses themselves, so it carries none of its own.
    static func day(_ day: Day) -> LocalizedText {
        LocalizedText(en: "day \(day.number) (\(day.date))", ru: "день \(day.number), \(day.date)")
    }

    /// `direction 3 «Модельные библиотеки…»` / `направление 3 «Модельные библиотеки…»`.
    static func direction(_ direction: Direction) -> LocalizedText {
        LocalizedText(en: "direction \(direction.number) \(Quotes.guillemets(short(direction.title)))",
                      ru: "направление \(direction.number) \(Quotes.guillemets(short(direction.title)))")
    }

    /// The grammatical case a Russian group name is needed in.
    enum Case {
        /// группа «Группа 1»
        case nominative
        /// группы «Группа 1»
        case genitive
        /// (в) группе «Группа 1»
        case prepositional
    }

    /// `group «Группа 2» (direction 3 «…»)` / `группы «Группа 2» (направление 3 «…»)`.
    static func group(_ group: Group, of direction: Direction, _ russianCase: Case = .nominative) -> LocalizedText {
        let where_ = self.direction(direction)
        let noun = switch russianCase {
        case .nominative: "группа"
        case .genitive: "группы"
        case .prepositional: "группе"
        }
        return LocalizedText(en: "group \(Quotes.guillemets(short(group.name))) (\(where_.en))",
                             ru: "\(noun) \(Quotes.guillemets(short(group.name))) (\(where_.ru))")
    }

    /// `2021-09-17 23:59`: a date-time as people read it.
    static func dateTime(_ value: LocalDateTime) -> String {
        "\(value.date) \(value.time)"
    }

    /// `35 minutes` / `35 минут`.
    static func minutes(_ count: Int) -> LocalizedText {
        Plural.count(count, en: ("minute", "minutes"), ru: ("минута", "минуты", "минут"))
    }
}
