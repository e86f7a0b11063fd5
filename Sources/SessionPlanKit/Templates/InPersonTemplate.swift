/// The session file `sessionplan init --in-person` writes: the reference
/// session's shape held in one building: registration, a plenary hall and a
/// room per direction, a moderated plenary discussion, coffee breaks and a
/// lunch, parallel direction plenaries, and a team with a public contact.
/// Like `SessionTemplate`, a complete plan that `validate` passes.
enum InPersonTemplate {
    static func session(language: Language, firstDay: CalendarDate) -> JSONValue {
        let ru = language == .ru
        func t(_ russian: String, _ english: String) -> JSONValue { .string(ru ? russian : english) }
        func names(_ values: [(String, String)]) -> JSONValue { .array(values.map { t($0.0, $0.1) }) }
        func slot(_ start: String, _ end: String, _ title: JSONValue, _ kind: SlotKind,
                  _ extra: [(String, JSONValue)] = []) -> JSONValue {
            .object([("start", .string(start)), ("end", .string(end)), ("title", title), ("kind", .string(kind.rawValue))] + extra)
        }
        func at(_ place: String) -> (String, JSONValue) { ("place", .string(place)) }

        let host = ("Ведущий сессии", "Session Host")
        let architect = ("Архитектор сессии", "Session Architect")
        let expert = ("Приглашённый эксперт", "Invited Expert")
        let moderator = ("Модератор пленарной дискуссии", "Plenary Moderator")
        let coordinator = ("Координатор сессии", "Session Coordinator")
        let administrator = ("Технический администратор", "Technical Administrator")
        let leaders = [("Лидер первого направления", "First Direction Leader"),
                       ("Лидер второго направления", "Second Direction Leader")]
        let deadline = "\(firstDay.adding(days: -7))T23:59"

        let places: JSONValue = .array([
            .object([("id", .string("hall")), ("name", t("Большой зал", "Main hall")),
                     ("address", t("город, улица, дом, этаж", "city, street, building, floor"))]),
            .object([("id", .string("room-1")), ("name", t("Аудитория первого направления", "Room of the first direction"))]),
            .object([("id", .string("room-2")), ("name", t("Аудитория второго направления", "Room of the second direction"))]),
            .object([("id", .string("cafe")), ("name", t("Кафе", "Café"))]),
        ])
        let people: JSONValue = .array([
            .object([("name", t(expert.0, expert.1)),
                     ("position", t("должность и организация эксперта", "the expert's position and organization"))]),
            .object([("name", t(moderator.0, moderator.1)),
                     ("position", t("должность и организация модератора", "the moderator's position and organization"))]),
            .object([("name", t(coordinator.0, coordinator.1)), ("email", .string("coordinator@example.org")),
                     ("phone", .string("+7 000 000-00-00"))]),
        ])
        let team: JSONValue = .array([
            .object([("name", t(coordinator.0, coordinator.1)), ("duty", t("координатор, горячая линия", "coordinator, hotline")),
                     ("contact", .bool(true))]),
            .object([("name", t(administrator.0, administrator.1)), ("duty", t("технический администратор", "technical administrator"))]),
        ])
        func directionPlenaries(_ start: String, _ end: String) -> [JSONValue] {
            ["direction-1", "direction-2"].enumerated().map { number, id in
                slot(start, end, t("Пленар направления \(number + 1)", "Plenary of direction \(number + 1)"), .plenary,
                     [("directions", .array([.string(id)]))])
            }
        }

        let dayOne: JSONValue = .object([
            ("date", .string(firstDay.description)),
            ("title", t("Тема первого дня", "Theme of the first day")),
            ("slots", .array([
                slot("09:00", "09:30", t("Регистрация участников", "Registration"), .registration, [at("hall")]),
                slot("09:30", "09:45", t("Открытие сессии", "Opening of the session"), .opening,
                     [at("hall"), ("speakers", names([host]))]),
                slot("09:45", "10:45", t("Пленарная дискуссия", "Plenary discussion"), .plenary,
                     [at("hall"), ("moderators", names([moderator])), ("speakers", names([expert]))]),
                slot("10:45", "11:00", t("Кофе-брейк", "Coffee break"), .meal, [at("cafe")]),
                slot("11:00", "13:00", t("Работа в группах", "Group work"), .groupWork),
                slot("13:00", "14:00", t("Обед", "Lunch"), .meal, [at("cafe")]),
                slot("14:00", "15:30", t("Работа в группах", "Group work"), .groupWork),
            ] + directionPlenaries("15:30", "16:15") + [
                slot("16:15", "16:30", t("Завершение дня", "End of the day"), .closing, [at("hall")]),
            ])),
        ])
        let dayTwo: JSONValue = .object([
            ("date", .string(firstDay.adding(days: 1).description)),
            ("title", t("Тема второго дня", "Theme of the second day")),
            ("hours", .object([("start", .string("09:00")), ("end", .string("12:45"))])),
            ("slots", .array([
                slot("09:00", "09:15", t("Установка на второй день", "Briefing for the second day"), .briefing, [at("hall")]),
                slot("09:15", "11:15", t("Работа в группах", "Group work"), .groupWork),
                slot("11:15", "11:30", t("Кофе-брейк", "Coffee break"), .meal, [at("cafe")]),
                slot("11:30", "12:30", t("Итоговый пленар", "Final plenary"), .plenary,
                     [at("hall"), ("moderators", names([moderator]))]),
                slot("12:30", "12:45", t("Закрытие сессии", "Closing of the session"), .closing,
                     [at("hall"), ("speakers", names([host]))]),
            ])),
        ])
        let members = [
            [("Первый участник", "First Member"), ("Второй участник", "Second Member"), ("Третий участник", "Third Member"),
             ("Четвёртый участник", "Fourth Member"), ("Пятый участник", "Fifth Member")],
            [("Шестой участник", "Sixth Member"), ("Седьмой участник", "Seventh Member"), ("Восьмой участник", "Eighth Member"),
             ("Девятый участник", "Ninth Member"), ("Последний участник", "Tenth Member")],
        ]
        let staff = [(("Первый модератор", "First Moderator"), ("Первый сборщик", "First Collector")),
                     (("Второй модератор", "Second Moderator"), ("Второй сборщик", "Second Collector"))]
        let directions: JSONValue = .array((0..<2).map { i in
            .object([
                ("id", .string("direction-\(i + 1)")),
                ("title", t("Название направления \(i + 1)", "Title of direction \(i + 1)")),
                ("leaders", names([leaders[i]])),
                ("place", .string("room-\(i + 1)")),
                ("groups", .array([.object([
                    ("name", t("Группа 1", "Group 1")),
                    ("moderator", t(staff[i].0.0, staff[i].0.1)),
                    ("collector", t(staff[i].1.0, staff[i].1.1)),
                    ("members", names(members[i])),
                ])])),
            ])
        })

        return .object([
            ("version", .number(1)),
            ("title", t("Название стратегической сессии", "Title of the strategic session")),
            ("language", .string(language.rawValue)),
            ("timezone", .string(ru ? "Europe/Moscow" : "Europe/London")),
            ("hours", .object([("start", .string("09:00")), ("end", .string("16:30"))])),
            ("venue", t("название и адрес площадки", "name and address of the venue")),
            ("host", t(host.0, host.1)),
            ("architects", names([architect])),
            ("organizers", names([("Организация-организатор", "Organizing institution")])),
            ("registration", .object([("platform", .string("Leader ID")),
                                      ("url", .string("https://example.org/registration")),
                                      ("deadline", .string(deadline))])),
            ("notes", names([("В программе возможны изменения", "The program may change")])),
            ("places", places),
            ("team", team),
            ("people", people),
            ("days", .array([dayOne, dayTwo])),
            ("directions", directions),
        ])
    }
}
