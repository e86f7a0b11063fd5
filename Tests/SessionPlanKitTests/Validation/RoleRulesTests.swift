import Testing
@testable import SessionPlanKit

private let modelTitle = "Модельные библиотеки и популяризация общей повестки «Точек кипения» в библиотечных «Точках кипения»"

@Suite struct RoleRulesTests {
    static let cases: [RuleCase] = [
        RuleCase("no directions", .noDirections, .warning, "1️⃣" + Plan.session(days: [Plan.day("2021-09-21", Plan.opening)], directions: nil)),
        RuleCase("empty directions", .noDirections, .warning, "1️⃣" + Plan.session(days: [Plan.day("2021-09-21", Plan.opening)], directions: [])),
        RuleCase("no leader", .directionLeader, .error, Plan.session(directions: [Plan.direction(leaders: "1️⃣[]")])),
        RuleCase("no group", .directionGroups, .error, Plan.session(directions: [Plan.direction(),
            #"1️⃣{"id": "school", "title": "Школьные библиотеки", "leaders": ["Иванченко Дмитрий Алексеевич"], "groups": []}"#])),
        RuleCase("no groups key", .directionGroups, .error, Plan.session(directions: [Plan.direction(),
            #"1️⃣{"id": "school", "title": "Школьные библиотеки", "leaders": ["Иванченко Дмитрий Алексеевич"]}"#])),
        RuleCase("too few members", .groupSize, .error, Plan.session(directions: [Plan.direction(groups:
            "1️⃣" + Plan.group(1, fields: #""moderator": "Модератор 1", "collector": "Сборщик 1", "members": \#(Plan.members(1, count: 4))"#))])),
        RuleCase("too many members in a leader group", .groupSize, .error, Plan.session(directions: [Plan.direction(groups:
            #"1️⃣{"name": "Лидерская группа", "kind": "leader", "moderator": "Модератор 1", "collector": "Сборщик 1", "members": \#(Plan.members(1, count: 11))}"#)])),
        RuleCase("fewer than the session's own minimum", .groupSize, .error, Plan.session(
            top: #""rules": {"groupSize": {"min": 6, "max": 8}},"#, directions: [Plan.direction(groups: "1️⃣" + Plan.group(1))])),
        RuleCase("no moderator", .groupModerator, .error, Plan.session(directions: [Plan.direction(groups:
            "1️⃣" + Plan.group(1, fields: #""collector": "Сборщик 1", "members": \#(Plan.members(1))"#))])),
        RuleCase("no collector", .groupCollector, .error, Plan.session(directions: [Plan.direction(groups:
            "1️⃣" + Plan.group(1, fields: #""moderator": "Модератор 1", "members": \#(Plan.members(1))"#))])),
        RuleCase("moderator is the collector", .roleConflict, .error, Plan.session(directions: [Plan.direction(groups:
            Plan.group(1, fields: #""moderator": 2️⃣"Петров Пётр", "collector": 1️⃣"Петров Пётр", "members": \#(Plan.members(1))"#))])),
        RuleCase("moderator is a member", .roleConflict, .error, Plan.session(directions: [Plan.direction(groups:
            Plan.group(1, fields: #""moderator": 2️⃣"Петров Пётр", "collector": "Сборщик 1", "members": ["Участник 1", "Участник 2", "Участник 3", "Участник 4", "Участник 5", 1️⃣"Петров Пётр"]"#))])),
        RuleCase("collector is a member", .roleConflict, .error, Plan.session(directions: [Plan.direction(groups:
            Plan.group(1, fields: #""moderator": "Модератор 1", "collector": 2️⃣"Петров Пётр", "members": [1️⃣"Петров Пётр", "Участник 1", "Участник 2", "Участник 3", "Участник 4"]"#))])),
        RuleCase("member of groups in two directions", .multipleGroups, .error, Plan.session(directions: [
            Plan.direction(groups: Plan.group(1, fields: #""moderator": "Модератор 1", "collector": "Сборщик 1", "members": ["Участник 1", "Участник 2", "Участник 3", "Участник 4", 2️⃣"Петров Пётр"]"#)),
            Plan.direction("school", title: "Школьные библиотеки", groups:
                Plan.group(2, fields: #""moderator": "Модератор 2", "collector": "Сборщик 2", "members": [1️⃣"Петров Пётр", "Участник 6", "Участник 7", "Участник 8", "Участник 9"]"#))])),
        RuleCase("moderator of one group, member of another", .parallelDuty, .error, Plan.session(directions: [Plan.direction(groups:
            Plan.group(1, fields: #""moderator": 2️⃣"Петров Пётр", "collector": "Сборщик 1", "members": \#(Plan.members(1))"#),
            Plan.group(2, fields: #""moderator": "Модератор 2", "collector": "Сборщик 2", "members": ["Участник 1", "Участник 2", "Участник 3", "Участник 4", 1️⃣"Петров Пётр"]"#))])),
        RuleCase("member of one group, collector of another", .parallelDuty, .error, Plan.session(directions: [Plan.direction(groups:
            Plan.group(1, fields: #""moderator": "Модератор 1", "collector": "Сборщик 1", "members": ["Участник 1", "Участник 2", "Участник 3", "Участник 4", 2️⃣"Петров Пётр"]"#),
            Plan.group(2, fields: #""moderator": "Модератор 2", "collector": 1️⃣"Петров Пётр", "members": \#(Plan.members(2))"#))])),
        RuleCase("moderator of two groups", .parallelDuty, .error, Plan.session(directions: [Plan.direction(groups:
            Plan.group(1, fields: #""moderator": 2️⃣"Петров Пётр", "collector": "Сборщик 1", "members": \#(Plan.members(1))"#),
            Plan.group(2, fields: #""moderator": 1️⃣"Петров Пётр", "collector": "Сборщик 2", "members": \#(Plan.members(2))"#))])),
        RuleCase("group name repeated in a direction", .duplicateGroup, .error, Plan.session(directions: [Plan.direction(groups:
            #"{"name": 2️⃣"Группа 1", "moderator": "Модератор 1", "collector": "Сборщик 1", "members": \#(Plan.members(1))}"#,
            #"{"name": 1️⃣"Группа  1", "moderator": "Модератор 2", "collector": "Сборщик 2", "members": \#(Plan.members(2))}"#)])),
        RuleCase("name twice in people", .duplicatePerson, .error, Plan.session(
            top: #""people": [{"name": 2️⃣"Орлова Надежда Павловна", "position": "директор"}, {"name": 1️⃣"Орлова Надежда Павловна"}],"#)),
        RuleCase("name twice in one group's members", .duplicatePerson, .error, Plan.session(directions: [Plan.direction(groups:
            Plan.group(1, fields: #""moderator": "Модератор 1", "collector": "Сборщик 1", "members": [2️⃣"Участник 1", "Участник 2", "Участник 3", "Участник 4", "Участник 5", 1️⃣"Участник 1"]"#))])),
        // Past sixteen members a group's people are kept by key instead of looked through: the same findings.
        RuleCase("name twice in a large group's members", .duplicatePerson, .error, Plan.session(directions: [Plan.direction(groups:
            Plan.group(1, fields: #""moderator": "Модератор 1", "collector": "Сборщик 1", "members": [2️⃣"Участник 1", "Участник 2", "Участник 3", "Участник 4", "Участник 5", "Участник 6", "Участник 7", "Участник 8", "Участник 9", "Участник 10", "Участник 11", "Участник 12", "Участник 13", "Участник 14", "Участник 15", "Участник 16", "Участник 17", "Участник 18", "Участник 19", 1️⃣"Участник 1"]"#))]),
            also: [.groupSize]),
        RuleCase("moderator is a member of a large group", .roleConflict, .error, Plan.session(directions: [Plan.direction(groups:
            Plan.group(1, fields: #""moderator": 2️⃣"Петров Пётр", "collector": "Сборщик 1", "members": ["Участник 2", "Участник 3", "Участник 4", "Участник 5", "Участник 6", "Участник 7", "Участник 8", "Участник 9", "Участник 10", "Участник 11", "Участник 12", "Участник 13", "Участник 14", "Участник 15", "Участник 16", "Участник 17", "Участник 18", "Участник 19", 1️⃣"Петров Пётр"]"#))]),
            also: [.groupSize]),
        RuleCase("one letter replaced", .similarNames, .warning, Plan.session(days: [Plan.day("2021-09-21",
            #"{"start": "09:00", "end": "09:15", "title": "Открытие", "speakers": [2️⃣"Рогачева Мария Васильевна"]}"#, Plan.groupWork)],
            directions: [Plan.direction(leaders: #"[1️⃣"Розачева Мария Васильевна"]"#)])),
        RuleCase("one letter inserted", .similarNames, .warning, Plan.session(
            top: #""people": [{"name": 2️⃣"Севрюков Олег Михайлович"}],"#,
            directions: [Plan.direction(leaders: #"["Орлова Надежда Павловна", 1️⃣"Северюков Олег Михайлович"]"#)])),
        RuleCase("ё and е", .similarNames, .warning, Plan.session(
            top: #""host": 2️⃣"Орехов Фёдор Никитич", "architects": [1️⃣"Орехов Федор Никитич"],"#)),
        RuleCase("capital letters", .similarNames, .warning, Plan.session(directions: [Plan.direction(groups:
            Plan.group(1, fields: #""moderator": 2️⃣"Петров Пётр Ильич", "collector": "Сборщик 1", "members": \#(Plan.members(1))"#),
            Plan.group(2, fields: #""moderator": 1️⃣"петров пётр ильич", "collector": "Сборщик 2", "members": \#(Plan.members(2))"#))])),
    ]

    static let nearMisses: [NearMiss] = [
        NearMiss("a session with directions", .noDirections, Plan.session()),
        NearMiss("a leader", .directionLeader, Plan.session()),
        NearMiss("a group", .directionGroups, Plan.session()),
        NearMiss("five members", .groupSize, Plan.session()),
        NearMiss("ten members", .groupSize, Plan.session(directions: [Plan.direction(groups:
            Plan.group(1, fields: #""moderator": "Модератор 1", "collector": "Сборщик 1", "members": \#(Plan.members(1, count: 10))"#))])),
        NearMiss("the session's own limits", .groupSize, Plan.session(top: #""rules": {"groupSize": {"min": 3, "max": 4}},"#,
            directions: [Plan.direction(groups: Plan.group(1, fields: #""moderator": "Модератор 1", "collector": "Сборщик 1", "members": \#(Plan.members(1, count: 3))"#))])),
        NearMiss("a moderator", .groupModerator, Plan.session()),
        NearMiss("a collector", .groupCollector, Plan.session()),
        NearMiss("three different people", .roleConflict, Plan.session()),
        NearMiss("one group each", .multipleGroups, Plan.session(directions: [Plan.direction(groups: Plan.group(1), Plan.group(2))])),
        NearMiss("a leader may speak and lead", .parallelDuty, Plan.session(days: [Plan.day("2021-09-21",
            #"{"start": "09:00", "end": "09:15", "title": "Открытие", "speakers": ["Орлова Надежда Павловна"]}"#, Plan.groupWork)])),
        NearMiss("same group name in two directions", .duplicateGroup, Plan.session(directions: [
            Plan.direction(), Plan.direction("school", title: "Школьные библиотеки", groups: Plan.group(2, name: "Группа 1"))])),
        NearMiss("people listed once", .duplicatePerson, Plan.session(
            top: #""people": [{"name": "Орлова Надежда Павловна"}, {"name": "Иванченко Дмитрий Алексеевич"}],"#)),
        NearMiss("numbered participants", .similarNames, Plan.session(directions: [Plan.direction(groups:
            Plan.group(1, fields: #""moderator": "Модератор Один", "collector": "Сборщик Один", "members": ["Участник 1", "Участник 2", "Участник 3", "Участник 4", "Участник 5"]"#))])),
        NearMiss("lettered experts and initials", .similarNames, Plan.session(
            top: #""host": "Бимурзаев Д. С.", "architects": ["Бимурзаев Д. А.", "Лешков Ю. Л."],"#,
            days: [Plan.day("2021-09-21", #"{"start": "09:00", "end": "09:15", "title": "Открытие", "speakers": ["Эксперт А", "Эксперт Б"]}"#, Plan.groupWork)])),
        NearMiss("two letters apart", .similarNames, Plan.session(
            top: #""host": "Иванова Мария Петровна", "architects": ["Ивановская Мария Петровна", "Иванова Марина Петровна"],"#)),
        NearMiss("two words differ", .similarNames, Plan.session(
            top: #""host": "Иванов Иван Петрович", "architects": ["Иванов Иван Петровна", "Иванова Иван Петровна"],"#)
            .replacingOccurrences(of: #""Иванова Иван Петровна""#, with: #""Сидоров Иван Петровна""#)),
    ]

    @Test(arguments: cases)
    func ruleIsFoundAndLocated(_ rule: RuleCase) {
        expectFinding(rule)
    }

    @Test(arguments: nearMisses)
    func nearMissIsNotFlagged(_ miss: NearMiss) {
        let found = ruleFindings(MarkedSource(miss.source)).filter { $0.code == miss.code }
        #expect(found.isEmpty, "\(found.map(\.message.en))")
    }

    @Test(arguments: [
        (4, "has 4 members; a group needs 5–10", "4 участника, а нужно от 5 до 10"),
        (1, "has 1 member; a group needs 5–10", "1 участник, а нужно от 5 до 10"),
        (11, "has 11 members; a group needs 5–10", "11 участников, а нужно от 5 до 10"),
    ])
    func groupSizeMessageGivesTheCountAndTheRange(count: Int, english: String, russian: String) throws {
        let source = MarkedSource(Plan.session(directions: [
            Plan.direction(), Plan.direction("school", title: "Школьные библиотеки", groups: Plan.group(2)),
            Plan.direction("model-libraries", title: modelTitle, groups: Plan.group(3),
                           Plan.group(4, name: "Группа 2", fields: #""moderator": "Модератор 4", "collector": "Сборщик 4", "members": \#(Plan.members(4, count: count))"#)),
        ]))
        let finding = try #require(ruleFindings(source).first { $0.code == .groupSize })
        let direction = "3 «Модельные библиотеки и популяризация общей повестки „Точек…»"
        #expect(finding.message.en.hasPrefix("group «Группа 2» (direction \(direction)) \(english)"), "\(finding.message.en)")
        #expect(finding.message.ru.hasPrefix("в группе «Группа 2» (направление \(direction)) \(russian)"), "\(finding.message.ru)")
    }

    @Test func aPlanInProgressIsReportedButUsable() {
        let loaded = MarkedSource(Plan.session(directions: [
            Plan.direction(groups: Plan.group(1, fields: #""moderator": "Модератор 1", "members": []"#)),
            #"{"id": "school", "title": "Школьные библиотеки", "leaders": []}"#])).load()
        #expect(loaded.session != nil && loaded.structural.isEmpty)
        #expect(Set(loaded.findings.map(\.code)) == [.groupCollector, .groupSize, .directionLeader, .directionGroups])
    }

    @Test func roleConflictsAreReportedWithoutGroupWork() {
        let found = ruleFindings(MarkedSource(Plan.session(days: [Plan.day("2021-09-21", Plan.opening)], directions: [Plan.direction(groups:
            Plan.group(1, fields: #""moderator": "Петров Пётр", "collector": "Сборщик 1", "members": \#(Plan.members(1))"#),
            Plan.group(2, fields: #""moderator": "Петров Пётр", "collector": "Сборщик 2", "members": \#(Plan.members(2))"#))])))
        #expect(found.map(\.code).sorted { $0.rawValue < $1.rawValue } == [.noGroupWork, .parallelDuty])
    }

    /// A person in three groups: each later group is reported against the first.
    @Test func everyExtraGroupIsReported() {
        let source = MarkedSource(Plan.session(directions: [Plan.direction(groups:
            Plan.group(1, fields: #""moderator": "Модератор 1", "collector": "Сборщик 1", "members": ["Участник 1", "Участник 2", "Участник 3", "Участник 4", 3️⃣"Петров Пётр"]"#),
            Plan.group(2, fields: #""moderator": "Модератор 2", "collector": "Сборщик 2", "members": ["Участник 6", "Участник 7", "Участник 8", "Участник 9", 1️⃣"Петров Пётр"]"#),
            Plan.group(3, fields: #""moderator": "Модератор 3", "collector": "Сборщик 3", "members": ["Участник 10", "Участник 11", "Участник 12", "Участник 13", 2️⃣"Петров Пётр"]"#))]))
        let found = ruleFindings(source)
        #expect(found.map(\.code) == [.multipleGroups, .multipleGroups])
        #expect(isAt(found.first, source, 1) && isAt(found.last, source, 2))
        let first = source.place(3)
        #expect(found.allSatisfy { $0.notes.first?.location?.line == first?.line && $0.notes.first?.location?.column == first?.column })
        #expect(found.first?.message.en == "Петров Пётр is a member of group «Группа 2» (direction 1 «Сельские библиотеки») and also of group «Группа 1» (direction 1 «Сельские библиотеки»); all groups work at the same time, so a person can be in only one")
        #expect(found.first?.message.ru == "Петров Пётр — участник группы «Группа 2» (направление 1 «Сельские библиотеки») и одновременно группы «Группа 1» (направление 1 «Сельские библиотеки»); все группы работают в одно время, поэтому человек может быть только в одной")
    }
}
