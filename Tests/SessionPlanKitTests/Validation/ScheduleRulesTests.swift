import Testing
@testable import SessionPlanKit

private let hours = #""hours": 2️⃣{"start": "09:00", "end": "13:00"},"#

@Suite struct ScheduleRulesTests {
    static let cases: [RuleCase] = [
        RuleCase("end before start", .slotRange, .error, Plan.session(days: [Plan.day("2021-09-21",
            #"{"start": "09:00", "end": "09:15", "title": "Открытие"}"#,
            #"{"start": "10:00", "end": 1️⃣"09:30", "title": "Работа в группах", "kind": "group-work"}"#)])),
        RuleCase("end equal to start", .slotRange, .error, Plan.session(days: [Plan.day("2021-09-21",
            #"{"start": "09:00", "end": 1️⃣"09:00", "title": "Открытие"}"#, Plan.groupWork)])),
        RuleCase("overlap", .slotOverlap, .error, Plan.session(days: [Plan.day("2021-09-21",
            #"{"start": 2️⃣"09:00", "end": "10:00", "title": "Открытие"}"#,
            #"{"start": 1️⃣"09:30", "end": "11:30", "title": "Работа в группах", "kind": "group-work"}"#)])),
        RuleCase("one slot inside another", .slotOverlap, .error, Plan.session(days: [Plan.day("2021-09-21",
            #"{"start": 2️⃣"09:00", "end": "12:00", "title": "Работа в группах", "kind": "group-work"}"#,
            #"{"start": 1️⃣"10:00", "end": "10:15", "title": "Кофе"}"#)])),
        RuleCase("out of order", .slotOrder, .warning, Plan.session(days: [Plan.day("2021-09-21",
            #"2️⃣{"start": "09:00", "end": "09:15", "title": "Открытие"}"#,
            #"{"start": "10:00", "end": "11:00", "title": "Работа в группах", "kind": "group-work"}"#,
            #"1️⃣{"start": "09:15", "end": "10:00", "title": "Доклады"}"#)])),
        RuleCase("earliest slot listed last", .slotOrder, .warning, Plan.session(days: [Plan.day("2021-09-21",
            #"2️⃣{"start": "09:15", "end": "11:15", "title": "Работа в группах", "kind": "group-work"}"#,
            #"1️⃣{"start": "09:00", "end": "09:15", "title": "Открытие"}"#)])),
        RuleCase("days reversed", .dayOrder, .error, Plan.session(days: [
            Plan.day("2️⃣2021-09-22"), Plan.day("1️⃣2021-09-21")])),
        RuleCase("date repeated", .dayOrder, .error, Plan.session(days: [
            Plan.day("2️⃣2021-09-21"), Plan.day("2021-09-22"), Plan.day("1️⃣2021-09-21")])),
        RuleCase("starts before the hours", .outsideHours, .warning, Plan.session(top: hours, days: [Plan.day("2021-09-21",
            #"{"start": 1️⃣"08:30", "end": "09:15", "title": "Открытие"}"#, Plan.groupWork,
            #"{"start": "11:15", "end": "13:00", "title": "Пленар"}"#)])),
        RuleCase("ends after the hours", .outsideHours, .warning, Plan.session(top: hours, days: [Plan.day("2021-09-21",
            Plan.opening, Plan.groupWork, #"{"start": "11:15", "end": 1️⃣"13:30", "title": "Пленар"}"#)])),
        RuleCase("the day's own hours", .outsideHours, .warning, Plan.session(days: [
            #"{"date": "2021-09-21", "hours": 2️⃣{"start": "10:00", "end": "12:00"}, "slots": [{"start": 1️⃣"09:00", "end": "11:00", "title": "Работа в группах", "kind": "group-work"}]}"#])),
        RuleCase("gap of 16 minutes", .gap, .warning, Plan.session(days: [Plan.day("2021-09-21",
            #"{"start": "09:00", "end": 2️⃣"09:15", "title": "Открытие"}"#,
            #"{"start": 1️⃣"09:31", "end": "11:15", "title": "Работа в группах", "kind": "group-work"}"#)])),
        RuleCase("gap partly inside the hours", .gap, .warning, Plan.session(top: #""hours": {"start": "09:00", "end": "13:00"},"#, days: [Plan.day("2021-09-21",
            #"{"start": "09:00", "end": 2️⃣"12:40", "title": "Работа в группах", "kind": "group-work"}"#,
            #"{"start": 1️⃣"13:30", "end": "14:00", "title": "Круг лидеров", "audience": ["leaders"]}"#)])),
        RuleCase("day with no slots", .emptyDay, .warning, Plan.session(days: [
            Plan.day(), #"1️⃣{"date": "2021-09-22", "slots": []}"#])),
        RuleCase("speaker in two overlapping slots", .doubleBooked, .error, Plan.session(days: [Plan.day("2021-09-21",
            #"{"start": "09:00", "end": "09:30", "title": "Открытие", "speakers": [2️⃣"Праскова Оксана Сергеевна"]}"#,
            #"{"start": "09:20", "end": "09:40", "title": "Доклады", "speakers": ["Гринько Олег Викторович", 1️⃣"Праскова  Оксана Сергеевна"]}"#,
            #"{"start": "09:40", "end": "11:40", "title": "Работа в группах", "kind": "group-work"}"#)]), also: [.slotOverlap]),
        RuleCase("deadline at the first slot", .registrationDeadline, .error, Plan.session(
            top: #""registration": {"platform": "Leader ID", "deadline": 1️⃣"2021-09-21T09:00"},"#,
            days: [Plan.day("2021-09-21", #"{"start": 2️⃣"09:00", "end": "09:15", "title": "Открытие"}"#, Plan.groupWork)])),
        RuleCase("deadline after the session", .registrationDeadline, .error, Plan.session(
            top: #""registration": {"deadline": 1️⃣"2021-09-25T12:00"},"#)),
        RuleCase("groups but no group work", .noGroupWork, .warning, Plan.session(
            days: [Plan.day("2021-09-21", Plan.opening)],
            directions: [Plan.direction(groups: "1️⃣" + Plan.group(1), Plan.group(2))])),
        RuleCase("group work but no groups", .noGroupWork, .warning, Plan.session(
            days: [Plan.day("2021-09-21", Plan.opening, "1️⃣" + Plan.groupWork)],
            directions: [#"{"id": "rural", "title": "Сельские библиотеки", "leaders": ["Орлова Надежда Павловна"]}"#]), also: [.directionGroups]),
    ]

    static let nearMisses: [NearMiss] = [
        NearMiss("the gap left by a slot whose end is before its start", .gap, Plan.session(days: [Plan.day("2021-09-21",
            #"{"start": "09:00", "end": "11:00", "title": "Открытие"}"#,
            #"{"start": "11:45", "end": "11:00", "title": "Перерыв"}"#,
            #"{"start": "11:45", "end": "12:45", "title": "Работа в группах", "kind": "group-work"}"#)])),
        NearMiss("end after start", .slotRange, Plan.session()),
        NearMiss("touching ends", .slotOverlap, Plan.session(days: [Plan.day("2021-09-21",
            #"{"start": "12:00", "end": "12:55", "title": "Итоговый пленар"}"#,
            #"{"start": "12:55", "end": "13:00", "title": "Закрытие"}"#,
            #"{"start": "13:00", "end": "13:45", "title": "Круг лидеров", "audience": ["leaders", "moderators"]}"#)])),
        NearMiss("same times on different days", .slotOverlap, Plan.session(days: [Plan.day("2021-09-21"), Plan.day("2021-09-22")])),
        NearMiss("in order, equal starts are not disorder", .slotOrder, Plan.session(days: [Plan.day("2021-09-21",
            Plan.opening, Plan.groupWork, #"{"start": "09:15", "end": "09:30", "title": "Для модераторов", "audience": ["moderators"]}"#)])),
        NearMiss("ascending days", .dayOrder, Plan.session(days: [Plan.day("2021-09-21"), Plan.day("2021-09-22")])),
        NearMiss("meetings after the hours are for leaders and moderators", .outsideHours, Plan.session(top: hours.replacingOccurrences(of: "2️⃣", with: ""), days: [Plan.day("2021-09-21",
            #"{"start": "09:00", "end": "13:00", "title": "Работа в группах", "kind": "group-work"}"#,
            #"{"start": "13:00", "end": "13:45", "title": "Круг лидеров", "kind": "meeting", "audience": ["leaders", "moderators"], "closed": true}"#),
            Plan.day("2021-09-22",
            #"{"start": "09:00", "end": "13:00", "title": "Работа в группах", "kind": "group-work"}"#,
            #"{"start": "13:00", "end": "14:00", "title": "Рефлексия", "kind": "reflection", "audience": ["leaders", "moderators"], "optional": ["participants"]}"#)])),
        NearMiss("no hours announced", .outsideHours, Plan.session(days: [Plan.day("2021-09-21",
            #"{"start": "07:00", "end": "23:00", "title": "Работа в группах", "kind": "group-work"}"#)])),
        NearMiss("gap of exactly 15 minutes", .gap, Plan.session(days: [Plan.day("2021-09-21",
            Plan.opening, #"{"start": "09:30", "end": "11:15", "title": "Работа в группах", "kind": "group-work"}"#)])),
        NearMiss("gap after the hours", .gap, Plan.session(top: #""hours": {"start": "09:00", "end": "13:00"},"#, days: [Plan.day("2021-09-21",
            #"{"start": "09:00", "end": "12:50", "title": "Работа в группах", "kind": "group-work"}"#,
            #"{"start": "13:30", "end": "14:00", "title": "Круг лидеров", "audience": ["leaders"]}"#)])),
        NearMiss("a long slot covers the pause", .gap, Plan.session(days: [Plan.day("2021-09-21",
            #"{"start": "09:00", "end": "12:00", "title": "Работа в группах", "kind": "group-work"}"#,
            #"{"start": "09:30", "end": "09:45", "title": "Кофе для модераторов", "audience": ["moderators"]}"#,
            #"{"start": "12:00", "end": "12:30", "title": "Пленар"}"#)])),
        NearMiss("every day has slots", .emptyDay, Plan.session()),
        NearMiss("one speaker in touching slots", .doubleBooked, Plan.session(days: [Plan.day("2021-09-21",
            #"{"start": "09:20", "end": "09:40", "title": "Доклады", "speakers": ["Праскова Оксана Сергеевна"]}"#,
            #"{"start": "09:40", "end": "09:55", "title": "Опыт сети", "speakers": ["Праскова Оксана Сергеевна"]}"#,
            #"{"start": "09:55", "end": "11:55", "title": "Работа в группах", "kind": "group-work"}"#)])),
        NearMiss("one speaker on two days", .doubleBooked, Plan.session(days: [
            Plan.day("2021-09-21", #"{"start": "09:00", "end": "11:00", "title": "Работа в группах", "kind": "group-work", "speakers": ["Иванченко Дмитрий Алексеевич"]}"#),
            Plan.day("2021-09-22", #"{"start": "09:00", "end": "11:00", "title": "Пленар", "speakers": ["Иванченко Дмитрий Алексеевич"]}"#)])),
        NearMiss("deadline the evening before", .registrationDeadline, Plan.session(
            top: #""registration": {"deadline": "2021-09-20T23:59"},"#)),
        NearMiss("groups and group work", .noGroupWork, Plan.session()),
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

    @Test func overlapMessageNamesBothSlotsInBothLanguages() throws {
        let source = MarkedSource(ScheduleRulesTests.cases[2].source)
        let finding = try #require(ruleFindings(source).first { $0.code == .slotOverlap })
        #expect(finding.message.en.hasPrefix("slot 09:30–11:30 «Работа в группах» overlaps 09:00–10:00 «Открытие» on day 1 (2021-09-21)"))
        #expect(finding.message.ru.hasPrefix("пункт программы 09:30–11:30 «Работа в группах» пересекается по времени с 09:00–10:00 «Открытие»"))
    }

    @Test func gapMessageGivesTheTimesAndTheLength() throws {
        let finding = try #require(ruleFindings(MarkedSource(ScheduleRulesTests.cases[12].source)).first { $0.code == .gap })
        #expect(finding.message.en.hasPrefix("nothing is scheduled from 12:40 to 13:00 (20 minutes) within the day's hours 09:00–13:00"))
        #expect(finding.message.ru.hasPrefix("с 12:40 до 13:00 (20 минут) в объявленные часы дня 09:00–13:00 ничего не запланировано"))
    }

    @Test func longTitlesAreShortenedInMessages() throws {
        let title = String(repeating: "Формирование дорожной карты ", count: 5)
        let source = MarkedSource(Plan.session(days: [Plan.day("2021-09-21",
            #"{"start": "09:00", "end": "10:00", "title": "\#(title)"}"#,
            #"{"start": "09:30", "end": "11:30", "title": "Работа в группах", "kind": "group-work"}"#)]))
        let finding = try #require(ruleFindings(source).first { $0.code == .slotOverlap })
        let quoted = try #require(finding.message.en.split(separator: "«").dropFirst(2).first?.split(separator: "»").first)
        #expect(quoted.count == RuleText.maximumTitleLength - 1 || quoted.count == RuleText.maximumTitleLength)
        #expect(quoted.hasSuffix("…"))
    }

    /// Each slot that overlaps is reported once, every one in a single run.
    @Test func everyOverlapInOneRun() {
        let source = MarkedSource(Plan.session(days: [Plan.day("2021-09-21",
            #"{"start": "09:00", "end": "12:00", "title": "Работа в группах", "kind": "group-work"}"#,
            #"{"start": 1️⃣"09:30", "end": "10:00", "title": "А", "audience": ["leaders"]}"#,
            #"{"start": 2️⃣"10:30", "end": "11:00", "title": "Б", "audience": ["leaders"]}"#)]))
        let found = ruleFindings(source).filter { $0.code == .slotOverlap }
        #expect(found.count == 2)
        #expect(isAt(found.first, source, 1) && isAt(found.last, source, 2))
    }

    @Test func findingsAreDeterministic() {
        let text = Plan.session(top: #""hours": {"start": "10:00", "end": "11:00"},"#, days: [
            Plan.day("2021-09-22", #"{"start": "09:00", "end": "10:00", "title": "А", "speakers": ["Х Х", "Y Y"]}"#,
                     #"{"start": "09:45", "end": "12:00", "title": "В", "speakers": ["Y Y", "Х Х"]}"#,
                     #"{"start": "09:30", "end": "09:20", "title": "Б"}"#),
            Plan.day("2021-09-21")])
        let first = MarkedSource(text).load().findings
        let second = MarkedSource(text).load().findings
        #expect(first == second)
        #expect(Set(first.map(\.code)).isSuperset(of: [.slotRange, .slotOverlap, .slotOrder, .dayOrder, .outsideHours, .doubleBooked]))
    }
}
