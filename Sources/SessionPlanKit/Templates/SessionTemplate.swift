/// The session file `sessionplan init` writes: the reference session's shape
/// (two days: opening, expert talks, briefing, group work, presentation of the
/// directions, plenaries, closing, the leaders' and moderators' closed circle,
/// and the reflection), with placeholders to replace.
///
/// It is built as a `JSONValue`, so it is always well-formed JSON, and it is a
/// complete plan: `validate` finds no errors in it. Placeholder names are
/// distinct words (`Первый участник`, `Второй участник`), never names one
/// letter apart, so the similar-names check stays quiet too.
enum SessionTemplate {
    /// The template in `language` (its texts and its `language` key), its first day on `firstDay`.
    static func session(language: Language, firstDay: CalendarDate) -> JSONValue {
        let ru = language == .ru
        func t(_ russian: String, _ english: String) -> JSONValue { .string(ru ? russian : english) }
        func names(_ values: [(String, String)]) -> JSONValue { .array(values.map { t($0.0, $0.1) }) }
        func slot(_ start: String, _ end: String, _ title: JSONValue, _ kind: SlotKind,
                  _ extra: [(String, JSONValue)] = []) -> JSONValue {
            .object([("start", .string(start)), ("end", .string(end)), ("title", title), ("kind", .string(kind.rawValue))] + extra)
        }

        let host = ("Ведущий сессии", "Session Host")
        let architect = ("Архитектор сессии", "Session Architect")
        let expert = ("Приглашённый эксперт", "Invited Expert")
        let leader = ("Лидер направления", "Direction Leader")
        let secondDay = firstDay.adding(days: 1)
        let deadline = "\(firstDay.adding(days: -4))T23:59"

        let people: JSONValue = .array([
            .object([("name", t(host.0, host.1)),
                     ("position", t("должность и организация ведущего", "the host's position and organization"))]),
            .object([("name", t(expert.0, expert.1)),
                     ("position", t("должность и организация эксперта", "the expert's position and organization"))]),
            .object([("name", t(leader.0, leader.1)),
                     ("position", t("должность и организация лидера", "the leader's position and organization")),
                     ("statement", t("Позиционное заявление лидера: что он предлагает сделать в направлении и кого готов собрать.",
                                     "The leader's statement: what they propose to do in this direction and whom they will bring together."))]),
        ])

        let dayOne: JSONValue = .object([
            ("date", .string(firstDay.description)),
            ("title", t("Тема первого дня", "Theme of the first day")),
            ("slots", .array([
                slot("09:00", "09:15", t("Приветствие. Открытие сессии", "Welcome. Opening of the session"), .opening,
                     [("speakers", names([host]))]),
                slot("09:15", "09:20", t("Общая установка. Введение в структуру сессии",
                                         "Framing. How the session works"), .briefing),
                slot("09:20", "09:50", t("Выступления экспертов по теме сессии", "Experts' talks on the theme of the session"), .talk,
                     [("speakers", names([expert]))]),
                slot("09:50", "10:00", t("Установка на групповую работу", "Briefing for the group work"), .briefing),
                slot("10:00", "10:15", t("Перерыв. Переход в комнаты групп", "Break. Moving to the groups' rooms"), .break),
                slot("10:15", "12:15", t("Работа в группах", "Group work"), .groupWork),
                slot("12:15", "12:25", t("Перерыв", "Break"), .break),
                slot("12:25", "12:55", t("Пространство направлений. Лидеры представляют свои направления",
                                         "Directions' showcase. The leaders present their directions"), .presentation),
                slot("12:55", "13:00", t("Завершение дня. Краткие итоги", "End of the day. Short summary"), .closing),
                slot("13:00", "13:45", t("Круг лидеров направлений и модераторов. Итоги работы групп",
                                         "Circle of direction leaders and moderators. Results of the groups"), .meeting,
                     [("audience", .array([.string(Role.leaders.rawValue), .string(Role.moderators.rawValue)])),
                      ("closed", .bool(true))]),
            ])),
        ])

        let dayTwo: JSONValue = .object([
            ("date", .string(secondDay.description)),
            ("title", t("Тема второго дня", "Theme of the second day")),
            ("slots", .array([
                slot("09:00", "09:10", t("Приветствие. Установка на групповую работу",
                                         "Welcome. Briefing for the group work"), .opening),
                slot("09:10", "10:50", t("Работа в группах", "Group work"), .groupWork),
                slot("10:50", "11:00", t("Перерыв. Сборка содержания", "Break. Putting the results together"), .break),
                slot("11:00", "11:45", t("Пленар по направлениям", "Plenary by directions"), .plenary),
                slot("11:45", "12:00", t("Перерыв. Лидеры готовят доклады", "Break. The leaders prepare their reports"), .break),
                slot("12:00", "12:55", t("Итоговый пленар. Лидеры направлений представляют результаты",
                                         "Final plenary. The direction leaders present the results"), .plenary),
                slot("12:55", "13:00", t("Подведение итогов. Закрытие сессии", "Conclusions. Closing of the session"), .closing),
                slot("13:00", "14:00", t("Рефлексия стратегической сессии", "Reflection on the strategic session"), .reflection,
                     [("audience", .array([.string(Role.leaders.rawValue), .string(Role.moderators.rawValue)])),
                      ("optional", .array([.string(Role.participants.rawValue)])),
                      ("notes", t("Для лидеров и модераторов встреча обязательна. Для участников – по желанию",
                                  "Required for leaders and moderators; optional for participants"))]),
            ])),
        ])

        let direction: JSONValue = .object([
            ("id", .string("direction-1")),
            ("title", t("Название направления", "Title of the direction")),
            ("leaders", names([leader])),
            ("groups", .array([
                .object([
                    ("name", t("Лидерская группа", "Leader group")),
                    ("kind", .string(GroupKind.leader.rawValue)),
                    ("moderator", t("Модератор группы", "Group Moderator")),
                    ("collector", t("Сборщик группы", "Group Collector")),
                    ("members", names([
                        ("Первый участник", "First Member"), ("Второй участник", "Second Member"),
                        ("Третий участник", "Third Member"), ("Четвёртый участник", "Fourth Member"),
                        ("Пятый участник", "Fifth Member"),
                    ])),
                ]),
            ])),
        ])

        return .object([
            ("version", .number(1)),
            ("title", t("Название стратегической сессии", "Title of the strategic session")),
            ("subtitle", t("подзаголовок: в рамках какого события (можно удалить)",
                           "subtitle: the event it is part of (may be deleted)")),
            ("language", .string(language.rawValue)),
            ("timezone", .string(ru ? "Europe/Moscow" : "Europe/London")),
            ("hours", .object([("start", .string("09:00")), ("end", .string("13:00"))])),
            ("venue", t("онлайн, Zoom", "online, Zoom")),
            ("host", t(host.0, host.1)),
            ("architects", names([architect])),
            ("organizers", names([("Организация-организатор", "Organizing institution")])),
            ("registration", .object([
                ("platform", .string("Leader ID")),
                ("url", .string("https://example.org/registration")),
                ("deadline", .string(deadline)),
            ])),
            ("notes", names([("В программе возможны изменения", "The program may change")])),
            ("rules", .object([("groupSize", .object([("min", .number(Rules.defaultGroupSize.lowerBound)),
                                                      ("max", .number(Rules.defaultGroupSize.upperBound))]))])),
            ("people", people),
            ("days", .array([withIDs(dayOne), withIDs(dayTwo)])),
            ("directions", .array([direction])),
        ])
    }

    /// The first day a new template proposes: the first Tuesday at least four
    /// weeks after `today`, so the dates are in the future and on weekdays.
    static func firstDay(after today: CalendarDate) -> CalendarDate {
        let earliest = today.adding(days: 28)
        let tuesday = 2
        return earliest.adding(days: (tuesday - earliest.weekday + 7) % 7)
    }

    /// `day` with every slot given, as its first key, the `id` its identity
    /// already is (`SlotIdentity`): a new session is ready to publish and revise.
    static func withIDs(_ day: JSONValue) -> JSONValue {
        guard case .object(let members) = day.kind,
              case .string(let dateText)? = members.first(where: { $0.key == "date" })?.value.kind,
              let date = ValueParsing.date(dateText) else { return day }
        var ordinals: [SlotKind: Int] = [:]
        let updated = members.map { member -> JSONMember in
            guard member.key == "slots", case .array(let slots) = member.value.kind else { return member }
            let identified = slots.map { slot -> JSONValue in
                guard case .object(let fields) = slot.kind else { return slot }
                var kind = SlotKind.other
                if case .string(let text)? = fields.first(where: { $0.key == "kind" })?.value.kind {
                    kind = SlotKind(rawValue: text) ?? .other
                }
                let ordinal = (ordinals[kind] ?? 0) + 1
                ordinals[kind] = ordinal
                let id = SlotIdentity.implicitKey(date: date, kind: kind, ordinal: ordinal)
                return JSONValue(.object([JSONMember(key: "id", keyLocation: JSONValue.built, value: .string(id))] + fields), at: JSONValue.built)
            }
            return JSONMember(key: member.key, keyLocation: member.keyLocation, value: .array(identified))
        }
        return JSONValue(.object(updated), at: day.location)
    }
}
