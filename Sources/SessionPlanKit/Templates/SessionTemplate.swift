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
        let build = TemplateBuilder(language: language)

        let host = TemplateBuilder.host
        let architect = TemplateBuilder.architect
        let expert = TemplateBuilder.expert
        let leader = LocalizedText(en: "Direction Leader", ru: "Лидер направления")
        let secondDay = firstDay.adding(days: 1)
        let deadline = "\(firstDay.adding(days: -4))T23:59"

        let people: JSONValue = .array([
            .object([("name", build.text(host)),
                     ("position", build.text(LocalizedText(en: "the host's position and organization",
                                                           ru: "должность и организация ведущего")))]),
            .object([("name", build.text(expert)),
                     ("position", build.text(TemplateBuilder.expertPosition))]),
            .object([("name", build.text(leader)),
                     ("position", build.text(LocalizedText(en: "the leader's position and organization",
                                                           ru: "должность и организация лидера"))),
                     ("statement", build.text(LocalizedText(en: "The leader's statement: what they propose to do in this direction and whom they will bring together.",
                                                            ru: "Позиционное заявление лидера: что он предлагает сделать в направлении и кого готов собрать.")))]),
        ])

        let dayOne: JSONValue = .object([
            ("date", .string(firstDay.description)),
            ("title", build.text(TemplateBuilder.firstDayTheme)),
            ("slots", .array([
                build.slot("09:00", "09:15", LocalizedText(en: "Welcome. Opening of the session",
                                                           ru: "Приветствие. Открытие сессии"), .opening,
                           [("speakers", build.names([host]))]),
                build.slot("09:15", "09:20", LocalizedText(en: "Framing. How the session works",
                                                           ru: "Общая установка. Введение в структуру сессии"), .briefing),
                build.slot("09:20", "09:50", LocalizedText(en: "Experts' talks on the theme of the session",
                                                           ru: "Выступления экспертов по теме сессии"), .talk,
                           [("speakers", build.names([expert]))]),
                build.slot("09:50", "10:00", LocalizedText(en: "Briefing for the group work", ru: "Установка на групповую работу"), .briefing),
                build.slot("10:00", "10:15", LocalizedText(en: "Break. Moving to the groups' rooms",
                                                           ru: "Перерыв. Переход в комнаты групп"), .break),
                build.slot("10:15", "12:15", TemplateBuilder.groupWork, .groupWork),
                build.slot("12:15", "12:25", LocalizedText(en: "Break", ru: "Перерыв"), .break),
                build.slot("12:25", "12:55", LocalizedText(en: "Directions' showcase. The leaders present their directions",
                                                           ru: "Пространство направлений. Лидеры представляют свои направления"), .presentation),
                build.slot("12:55", "13:00", LocalizedText(en: "End of the day. Short summary",
                                                           ru: "Завершение дня. Краткие итоги"), .closing),
                build.slot("13:00", "13:45", LocalizedText(en: "Circle of direction leaders and moderators. Results of the groups",
                                                           ru: "Круг лидеров направлений и модераторов. Итоги работы групп"), .meeting,
                           [("audience", .array([.string(Role.leaders.rawValue), .string(Role.moderators.rawValue)])),
                            ("closed", .bool(true))]),
            ])),
        ])

        let dayTwo: JSONValue = .object([
            ("date", .string(secondDay.description)),
            ("title", build.text(TemplateBuilder.secondDayTheme)),
            ("slots", .array([
                build.slot("09:00", "09:10", LocalizedText(en: "Welcome. Briefing for the group work",
                                                           ru: "Приветствие. Установка на групповую работу"), .opening),
                build.slot("09:10", "10:50", TemplateBuilder.groupWork, .groupWork),
                build.slot("10:50", "11:00", LocalizedText(en: "Break. Putting the results together",
                                                           ru: "Перерыв. Сборка содержания"), .break),
                build.slot("11:00", "11:45", LocalizedText(en: "Plenary by directions", ru: "Пленар по направлениям"), .plenary),
                build.slot("11:45", "12:00", LocalizedText(en: "Break. The leaders prepare their reports",
                                                           ru: "Перерыв. Лидеры готовят доклады"), .break),
                build.slot("12:00", "12:55", LocalizedText(en: "Final plenary. The direction leaders present the results",
                                                           ru: "Итоговый пленар. Лидеры направлений представляют результаты"), .plenary),
                build.slot("12:55", "13:00", LocalizedText(en: "Conclusions. Closing of the session",
                                                           ru: "Подведение итогов. Закрытие сессии"), .closing),
                build.slot("13:00", "14:00", LocalizedText(en: "Reflection on the strategic session",
                                                           ru: "Рефлексия стратегической сессии"), .reflection,
                           [("audience", .array([.string(Role.leaders.rawValue), .string(Role.moderators.rawValue)])),
                            ("optional", .array([.string(Role.participants.rawValue)])),
                            ("notes", build.text(LocalizedText(en: "Required for leaders and moderators; optional for participants",
                                                         ru: "Для лидеров и модераторов встреча обязательна. Для участников – по желанию")))]),
            ])),
        ])

        let direction: JSONValue = .object([
            ("id", .string("direction-1")),
            ("title", build.text(LocalizedText(en: "Title of the direction", ru: "Название направления"))),
            ("leaders", build.names([leader])),
            ("groups", .array([
                .object([
                    ("name", build.text(LocalizedText(en: "Leader group", ru: "Лидерская группа"))),
                    ("kind", .string(GroupKind.leader.rawValue)),
                    ("moderator", build.text(LocalizedText(en: "Group Moderator", ru: "Модератор группы"))),
                    ("collector", build.text(LocalizedText(en: "Group Collector", ru: "Сборщик группы"))),
                    ("members", build.names(TemplateBuilder.firstMembers)),
                ]),
            ])),
        ])

        return .object([
            ("version", .number(1)),
            ("title", build.text(TemplateBuilder.sessionTitle)),
            ("subtitle", build.text(LocalizedText(en: "subtitle: the event it is part of (may be deleted)",
                                                  ru: "подзаголовок: в рамках какого события (можно удалить)"))),
            ("language", .string(language.rawValue)),
            ("timezone", build.timeZone),
            ("hours", .object([("start", .string("09:00")), ("end", .string("13:00"))])),
            ("venue", build.text(LocalizedText(en: "online, Zoom", ru: "онлайн, Zoom"))),
            ("host", build.text(host)),
            ("architects", build.names([architect])),
            ("organizers", build.names([TemplateBuilder.organizer])),
            ("registration", .object([
                ("platform", .string("Leader ID")),
                ("url", .string("https://example.org/registration")),
                ("deadline", .string(deadline)),
            ])),
            ("notes", build.names([TemplateBuilder.mayChange])),
            ("rules", .object([("groupSize", .object([("min", .number(Rules.defaultGroupSize.lowerBound)),
                                                      ("max", .number(Rules.defaultGroupSize.upperBound))]))])),
            ("people", people),
            ("days", .array([withIDs(dayOne), withIDs(dayTwo)])),
            ("directions", .array([direction])),
        ])
    }

    /// The first day a new template proposes: the first Tuesday at least four
    /// weeks after `today`, so the dates are in the future and on weekdays, and a
    /// week later while either of the two days is a public holiday of Russia (the
    /// New Year holidays, 23 February, 8 March, 1 and 9 May, 12 June, 4 November).
    static func firstDay(after today: CalendarDate) -> CalendarDate {
        let earliest = today.adding(days: 28)
        let tuesday = 2
        var first = earliest.adding(days: (tuesday - earliest.weekday + 7) % 7)
        while isPublicHoliday(first) || isPublicHoliday(first.adding(days: 1)) { first = first.adding(days: 7) }
        return first
    }

    /// The fixed non-working holidays of the Russian Labour Code (article 112).
    static func isPublicHoliday(_ date: CalendarDate) -> Bool {
        switch (date.month, date.day) {
        case (1, 1...8), (2, 23), (3, 8), (5, 1), (5, 9), (6, 12), (11, 4): true
        default: false
        }
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
