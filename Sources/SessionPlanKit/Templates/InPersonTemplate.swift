/// The session file `sessionplan init --in-person` writes: the reference
/// session's shape held in one building: registration, a plenary hall and a
/// room per direction, a moderated plenary discussion, coffee breaks and a
/// lunch, parallel direction plenaries, and a team with a public contact.
/// Like `SessionTemplate`, a complete plan that `validate` passes.
enum InPersonTemplate {
    static func session(language: Language, firstDay: CalendarDate) -> JSONValue {
        let build = TemplateBuilder(language: language)
        func at(_ place: String) -> (String, JSONValue) { ("place", .string(place)) }

        let host = TemplateBuilder.host
        let architect = TemplateBuilder.architect
        let expert = TemplateBuilder.expert
        let moderator = LocalizedText(en: "Plenary Moderator", ru: "Модератор пленарной дискуссии")
        // Names that cannot be a real value: «Технический администратор» could be a team member's duty.
        let coordinator = LocalizedText(en: "Coordinator Name", ru: "ФИО координатора")
        let administrator = LocalizedText(en: "Administrator Name", ru: "ФИО администратора")
        let leaders = [LocalizedText(en: "First Direction Leader", ru: "Лидер первого направления"),
                       LocalizedText(en: "Second Direction Leader", ru: "Лидер второго направления")]
        let deadline = "\(firstDay.adding(days: -7))T23:59"

        let places: JSONValue = .array([
            .object([("id", .string("hall")), ("name", build.text(LocalizedText(en: "Main hall", ru: "Большой зал"))),
                     ("address", build.text(LocalizedText(en: "city, street, building, floor",
                                                          ru: "город, улица, дом, этаж")))]),
            .object([("id", .string("room-1")), ("name", build.text(LocalizedText(en: "Room of the first direction",
                                                                                  ru: "Аудитория первого направления")))]),
            .object([("id", .string("room-2")), ("name", build.text(LocalizedText(en: "Room of the second direction",
                                                                                  ru: "Аудитория второго направления")))]),
            .object([("id", .string("cafe")), ("name", build.text(LocalizedText(en: "Café", ru: "Кафе")))]),
        ])
        let people: JSONValue = .array([
            .object([("name", build.text(expert)),
                     ("position", build.text(TemplateBuilder.expertPosition))]),
            .object([("name", build.text(moderator)),
                     ("position", build.text(LocalizedText(en: "the moderator's position and organization",
                                                           ru: "должность и организация модератора")))]),
            .object([("name", build.text(coordinator)), ("email", .string("coordinator@example.org")),
                     ("phone", .string("+7 000 000-00-00"))]),
        ])
        let team: JSONValue = .array([
            .object([("name", build.text(coordinator)), ("duty", build.text(LocalizedText(en: "coordinator, hotline",
                                                                                          ru: "координатор, горячая линия"))),
                     ("contact", .bool(true))]),
            .object([("name", build.text(administrator)), ("duty", build.text(LocalizedText(en: "technical administrator",
                                                                                            ru: "технический администратор")))]),
        ])
        func directionPlenaries(_ start: String, _ end: String) -> [JSONValue] {
            ["direction-1", "direction-2"].enumerated().map { number, id in
                build.slot(start, end, LocalizedText(en: "Plenary of direction \(number + 1)",
                                                     ru: "Пленар направления \(number + 1)"), .plenary,
                           [("directions", .array([.string(id)]))])
            }
        }

        let dayOne: JSONValue = .object([
            ("date", .string(firstDay.description)),
            ("title", build.text(TemplateBuilder.firstDayTheme)),
            ("slots", .array([
                build.slot("09:00", "09:30", LocalizedText(en: "Registration", ru: "Регистрация участников"), .registration, [at("hall")]),
                build.slot("09:30", "09:45", LocalizedText(en: "Opening of the session", ru: "Открытие сессии"), .opening,
                           [at("hall"), ("speakers", build.names([host]))]),
                build.slot("09:45", "10:45", LocalizedText(en: "Plenary discussion", ru: "Пленарная дискуссия"), .plenary,
                           [at("hall"), ("moderators", build.names([moderator])), ("speakers", build.names([expert]))]),
                build.slot("10:45", "11:00", LocalizedText(en: "Coffee break", ru: "Кофе-брейк"), .meal, [at("cafe")]),
                build.slot("11:00", "13:00", TemplateBuilder.groupWork, .groupWork),
                build.slot("13:00", "14:00", LocalizedText(en: "Lunch", ru: "Обед"), .meal, [at("cafe")]),
                build.slot("14:00", "15:30", TemplateBuilder.groupWork, .groupWork),
            ] + directionPlenaries("15:30", "16:15") + [
                build.slot("16:15", "16:30", LocalizedText(en: "End of the day", ru: "Завершение дня"), .closing, [at("hall")]),
            ])),
        ])
        let dayTwo: JSONValue = .object([
            ("date", .string(firstDay.adding(days: 1).description)),
            ("title", build.text(TemplateBuilder.secondDayTheme)),
            ("hours", .object([("start", .string("09:00")), ("end", .string("12:45"))])),
            ("slots", .array([
                build.slot("09:00", "09:15", LocalizedText(en: "Briefing for the second day", ru: "Установка на второй день"), .briefing, [at("hall")]),
                build.slot("09:15", "11:15", TemplateBuilder.groupWork, .groupWork),
                build.slot("11:15", "11:30", LocalizedText(en: "Coffee break", ru: "Кофе-брейк"), .meal, [at("cafe")]),
                build.slot("11:30", "12:30", LocalizedText(en: "Final plenary", ru: "Итоговый пленар"), .plenary,
                           [at("hall"), ("moderators", build.names([moderator]))]),
                build.slot("12:30", "12:45", LocalizedText(en: "Closing of the session", ru: "Закрытие сессии"), .closing,
                           [at("hall"), ("speakers", build.names([host]))]),
            ])),
        ])
        let members = [
            TemplateBuilder.firstMembers,
            [LocalizedText(en: "Sixth Member", ru: "Шестой участник"), LocalizedText(en: "Seventh Member", ru: "Седьмой участник"),
             LocalizedText(en: "Eighth Member", ru: "Восьмой участник"), LocalizedText(en: "Ninth Member", ru: "Девятый участник"),
             LocalizedText(en: "Tenth Member", ru: "Последний участник")],
        ]
        let staff = [(LocalizedText(en: "First Moderator", ru: "Первый модератор"), LocalizedText(en: "First Collector", ru: "Первый сборщик")),
                     (LocalizedText(en: "Second Moderator", ru: "Второй модератор"), LocalizedText(en: "Second Collector", ru: "Второй сборщик"))]
        let directions: JSONValue = .array((0..<2).map { i in
            .object([
                ("id", .string("direction-\(i + 1)")),
                ("title", build.text(LocalizedText(en: "Title of direction \(i + 1)", ru: "Название направления \(i + 1)"))),
                ("leaders", build.names([leaders[i]])),
                ("place", .string("room-\(i + 1)")),
                ("groups", .array([.object([
                    ("name", build.text(LocalizedText(en: "Group 1", ru: "Группа 1"))),
                    ("moderator", build.text(staff[i].0)),
                    ("collector", build.text(staff[i].1)),
                    ("members", build.names(members[i])),
                ])])),
            ])
        })

        return .object([
            ("version", .number(1)),
            ("title", build.text(TemplateBuilder.sessionTitle)),
            ("language", .string(language.rawValue)),
            ("timezone", build.timeZone),
            ("hours", .object([("start", .string("09:00")), ("end", .string("16:30"))])),
            ("venue", build.text(LocalizedText(en: "name and address of the venue", ru: "название и адрес площадки"))),
            ("host", build.text(host)),
            ("architects", build.names([architect])),
            ("organizers", build.names([TemplateBuilder.organizer])),
            ("registration", .object([("platform", .string("Leader ID")),
                                      ("url", .string("https://example.org/registration")),
                                      ("deadline", .string(deadline))])),
            ("notes", build.names([TemplateBuilder.mayChange])),
            ("places", places),
            ("team", team),
            ("people", people),
            ("days", .array([dayOne, dayTwo])),
            ("directions", directions),
        ])
    }
}
