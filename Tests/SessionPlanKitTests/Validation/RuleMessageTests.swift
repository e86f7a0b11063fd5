import Testing
@testable import SessionPlanKit

/// The whole message of every rule code, in both languages, once: the first
/// case of each code in the rule tables (`RoleRulesTests`, `ScheduleRulesTests`,
/// `NameSpellingTests`, `PlaceRulesTests`). A changed wording fails here and is
/// reviewed; `nonexistent-time` and `template-placeholder` are checked in
/// `ClockChangeAndPlaceholderTests`.
@Suite struct RuleMessageTests {
    static let expected: [DiagnosticCode: (ru: String, en: String)] = [
        .noDirections: (
            ru: #"в сессии пока нет направлений; добавьте направления и их лидеров в "directions""#,
            en: #"the session has no directions yet; add the directions with their leaders under "directions""#),
        .directionLeader: (
            ru: #"у направления 1 «Сельские библиотеки» нет лидера; у каждого направления должен быть хотя бы один"#,
            en: #"direction 1 «Сельские библиотеки» has no leader; each direction needs at least one"#),
        .directionGroups: (
            ru: #"в направлении 2 «Школьные библиотеки» пока нет ни одной группы; каждый лидер собирает хотя бы одну группу до начала сессии"#,
            en: #"direction 2 «Школьные библиотеки» has no group yet; each leader gathers at least one group before the session"#),
        .groupSize: (
            ru: #"в группе «Группа 1» (направление 1 «Сельские библиотеки») 4 участника, а нужно от 5 до 10 (модератор и сборщик не считаются)"#,
            en: #"group «Группа 1» (direction 1 «Сельские библиотеки») has 4 members; a group needs 5–10 (the moderator and the collector are not counted)"#),
        .groupModerator: (
            ru: #"у группы «Группа 1» (направление 1 «Сельские библиотеки») нет модератора; добавьте "moderator" с ФИО"#,
            en: #"group «Группа 1» (direction 1 «Сельские библиотеки») has no moderator; add "moderator" with the person's name"#),
        .groupCollector: (
            ru: #"у группы «Группа 1» (направление 1 «Сельские библиотеки») нет сборщика; добавьте "collector" с ФИО"#,
            en: #"group «Группа 1» (direction 1 «Сельские библиотеки») has no collector; add "collector" with the person's name"#),
        .roleConflict: (
            ru: #"Петров Пётр — одновременно модератор и сборщик группы «Группа 1» (направление 1 «Сельские библиотеки»); это должны быть два разных человека"#,
            en: #"Петров Пётр is both the moderator and the collector of group «Группа 1» (direction 1 «Сельские библиотеки»); these are two different people"#),
        .multipleGroups: (
            ru: #"Петров Пётр — участник группы «Группа 2» (направление 2 «Школьные библиотеки») и одновременно группы «Группа 1» (направление 1 «Сельские библиотеки»); все группы работают в одно время, поэтому человек может быть только в одной"#,
            en: #"Петров Пётр is a member of group «Группа 2» (direction 2 «Школьные библиотеки») and also of group «Группа 1» (direction 1 «Сельские библиотеки»); all groups work at the same time, so a person can be in only one"#),
        .parallelDuty: (
            ru: #"Петров Пётр — участник группы «Группа 2» (направление 1 «Сельские библиотеки») и одновременно модератор группы «Группа 1» (направление 1 «Сельские библиотеки»); все группы работают в одно время, поэтому один человек не может быть в двух группах"#,
            en: #"Петров Пётр is a member of group «Группа 2» (direction 1 «Сельские библиотеки») and also the moderator of group «Группа 1» (direction 1 «Сельские библиотеки»); all groups work at the same time, so one person cannot serve two groups"#),
        .duplicateGroup: (
            ru: #"в направлении 1 «Сельские библиотеки» уже есть группа «Группа  1»; у каждой группы направления должно быть своё название"#,
            en: #"direction 1 «Сельские библиотеки» already has a group named «Группа  1»; give each group of a direction its own name"#),
        .duplicatePerson: (
            ru: #"Орлова Надежда Павловна — вторая запись в "people"; о каждом человеке должна быть одна запись"#,
            en: #"Орлова Надежда Павловна is described twice in "people"; keep one entry per person"#),
        .similarNames: (
            ru: #"«Розачева Мария Васильевна» отличается от «Рогачева Мария Васильевна» (встречается раньше) одной буквой: «Розачева» — «з» вместо «г»; если это один человек, напишите имя везде одинаково"#,
            en: #"«Розачева Мария Васильевна» differs from «Рогачева Мария Васильевна», written earlier, by one letter: "Розачева": «з» instead of «г»; if this is one person, write the name the same way everywhere"#),
        .slotRange: (
            ru: #"пункт программы 10:00–09:30 «Работа в группах» (день 1, 2021-09-21): окончание (09:30) должно быть позже начала (10:00)"#,
            en: #"slot 10:00–09:30 «Работа в группах» of day 1 (2021-09-21) ends at 09:30, which is not after its start at 10:00; the end must be later than the start"#),
        .slotOverlap: (
            ru: #"пункт программы 09:30–11:30 «Работа в группах» пересекается по времени с 09:00–10:00 «Открытие» (день 1, 2021-09-21); пункты одного дня могут идти встык, но не накладываться"#,
            en: #"slot 09:30–11:30 «Работа в группах» overlaps 09:00–10:00 «Открытие» on day 1 (2021-09-21); slots of one day may follow each other end to start but not overlap"#),
        .slotOrder: (
            ru: #"пункты программы (день 1, 2021-09-21) идут не по порядку времени: 09:15–10:00 «Доклады» указан после 10:00–11:00 «Работа в группах»; перечислите программу от раннего к позднему"#,
            en: #"the slots of day 1 (2021-09-21) are not listed in time order: 09:15–10:00 «Доклады» comes after 10:00–11:00 «Работа в группах»; list the program from the earliest slot to the latest"#),
        .dayOrder: (
            ru: #"день 2 (2021-09-21) по календарю раньше дня 1 (2021-09-22); перечислите дни в порядке дат"#,
            en: #"day 2 (2021-09-21) comes before day 1 (2021-09-22) in the calendar; list the days in date order"#),
        .outsideHours: (
            ru: #"пункт программы 08:30–09:15 «Открытие» (день 1, 2021-09-21) — для всех, но начинается раньше объявленного времени 09:00–13:00; перенесите его в эти часы или укажите "audience", если он не для всех"#,
            en: #"slot 08:30–09:15 «Открытие» of day 1 (2021-09-21) is for everyone but starts before the announced hours 09:00–13:00; move it inside the hours, or give it an "audience" if it is not for everyone"#),
        .gap: (
            ru: #"с 09:15 до 09:31 (16 минут) ничего не запланировано (день 1, 2021-09-21), между 09:00–09:15 «Открытие» и 09:31–11:15 «Работа в группах»; пауза до 15 минут допустима, более длинную стоит внести в программу (например, как перерыв)"#,
            en: #"nothing is scheduled from 09:15 to 09:31 (16 minutes) on day 1 (2021-09-21), between 09:00–09:15 «Открытие» and 09:31–11:15 «Работа в группах»; a pause of up to 15 minutes is fine, a longer one belongs in the program (a break, for instance)"#),
        .emptyDay: (
            ru: #"день 2, 2021-09-22: в программе нет ни одного пункта; добавьте программу дня или уберите день"#,
            en: #"day 2 (2021-09-22) has no slots; add its program or remove the day"#),
        .doubleBooked: (
            ru: #"Праскова Оксана Сергеевна выступает в пункте 09:20–09:40 «Доклады» и в пункте 09:00–09:30 «Открытие» (день 1, 2021-09-21), а они пересекаются по времени; один человек не может быть в двух местах сразу"#,
            en: #"Праскова Оксана Сергеевна speaks in 09:20–09:40 «Доклады» and also in 09:00–09:30 «Открытие» on day 1 (2021-09-21), and these slots overlap; one person cannot be in two places at once"#),
        .registrationDeadline: (
            ru: #"срок регистрации 2021-09-21 09:00 — не раньше начала сессии (2021-09-21 09:00, 09:00–09:15 «Открытие»); регистрация должна закончиться раньше"#,
            en: #"the registration deadline 2021-09-21 09:00 is not before the session starts (2021-09-21 09:00, 09:00–09:15 «Открытие»); registration must close earlier"#),
        .noGroupWork: (
            ru: #"в сессии есть группы, но в программе нет времени для работы в группах; добавьте пункт с "kind": "group-work""#,
            en: #"the session has groups but no slot for group work; add a slot with "kind": "group-work" to the program"#),
        .lookAlikeLetters: (
            ru: #"«Андрeева Мария Сергеевна» набрано разными алфавитами: латинская «e» в слове «Андрeева» (5-я буква) среди букв, набранных кириллицей; наберите имя только кириллицей: «Андреева Мария Сергеевна» (оно считается этим человеком)"#,
            en: #"«Андрeева Мария Сергеевна» mixes alphabets: the Latin «e» in «Андрeева» (letter 5) stands among Cyrillic letters; type the name in Cyrillic only: «Андреева Мария Сергеевна» (it is taken as that person)"#),
        .invisibleCharacters: (
            ru: #"в имени «Андреева Мария Сергеевна» 1 невидимый символ: пробел нулевой ширины (U+200B) после «Андреева»; удалите его (такие символы приходят при копировании с сайтов и из Word); имя считается тем же человеком, что и без него"#,
            en: #"the name «Андреева Мария Сергеевна» holds 1 character that does not print: a zero-width space (U+200B) after «Андреева»; delete it (such characters come with copying from web pages and Word); the name is taken as the same person without it"#),
        .initials: (
            ru: #"«Сулейманова Л. А.» — имя с инициалами; в сессии есть «Сулейманова Лариса Александровна»: напишите полное ФИО (должность берётся оттуда)"#,
            en: #"«Сулейманова Л. А.» is written with initials; the session has «Сулейманова Лариса Александровна»: write the full name (the position is taken from it)"#),
    ]

    /// The first case of each code, in table order.
    static let firstCases: [RuleCase] = {
        var seen = Set<DiagnosticCode>()
        return (RoleRulesTests.cases + ScheduleRulesTests.cases + NameSpellingTests.cases + PlaceRulesTests.cases)
            .filter { seen.insert($0.code).inserted }
    }()

    @Test(arguments: firstCases)
    func messageIsWordedInBothLanguages(_ rule: RuleCase) {
        let finding = ruleFindings(MarkedSource(rule.source)).first { $0.code == rule.code }
        let expected = Self.expected[rule.code]
        #expect(expected != nil, "no expected message for \(rule.code.rawValue)")
        #expect(finding?.message.ru == expected?.ru)
        #expect(finding?.message.en == expected?.en)
    }

    /// Every rule code (not the file's structure, not a registration list) has its message here or in
    /// `ClockChangeAndPlaceholderTests`.
    @Test func everyRuleCodeIsCovered() {
        let elsewhere: Set<DiagnosticCode> = [.nonexistentTime, .templatePlaceholder]
        let rules = DiagnosticCode.allCases.filter { !$0.isStructural && !$0.rawValue.hasPrefix("roster-") }
        #expect(rules.filter { Self.expected[$0] == nil && !elsewhere.contains($0) }.map(\.rawValue) == [])
    }
}
