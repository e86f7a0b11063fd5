import Testing
@testable import SessionPlanKit

/// Two halls and two rooms; the directions `rural` and `school` meet in their rooms.
private let places = #""places": [{"id": "hall", "name": "Большой зал"}, {"id": "r201", "name": "Аудитория 201"}, {"id": "r305", "name": "Аудитория 305"}],"#
private let hours = #""hours": 2️⃣{"start": "09:00", "end": "13:00"},"#

private func direction(_ id: String, place: String? = nil, groups: String...) -> String {
    let at = place.map { ", \"place\": \"\($0)\"" } ?? ""
    return "{\"id\": \"\(id)\", \"title\": \"Направление \(id)\", \"leaders\": [\"Лидер \(id)\"]\(at), \"groups\": [" + groups.joined(separator: ", ") + "]}"
}

private let rural = direction("rural", place: "r201", groups: Plan.group(1))
private let school = direction("school", place: "r305", groups: Plan.group(2))

@Suite struct PlaceRulesTests {
    static let cases: [RuleCase] = [
        RuleCase("two slots in one place", .slotOverlap, .error, Plan.session(top: places, days: [Plan.day("2021-09-21",
            #"{"start": 2️⃣"09:00", "end": "10:00", "title": "Пленар", "place": "hall"}"#,
            #"{"start": 1️⃣"09:30", "end": "11:30", "title": "Работа в группах", "kind": "group-work", "place": "hall"}"#)])),
        RuleCase("one slot placed, the other not", .slotOverlap, .error, Plan.session(top: places, days: [Plan.day("2021-09-21",
            #"{"start": 2️⃣"09:00", "end": "10:00", "title": "Пленар", "place": "hall"}"#,
            #"{"start": 1️⃣"09:30", "end": "11:30", "title": "Работа в группах", "kind": "group-work"}"#)])),
        RuleCase("a direction's slot at the direction's place, and another slot there", .slotOverlap, .error, Plan.session(top: places, days: [Plan.day("2021-09-21",
            Plan.opening,
            #"{"start": 2️⃣"09:15", "end": "10:00", "title": "Пленар направления", "directions": ["rural"]}"#,
            #"{"start": 1️⃣"09:30", "end": "11:30", "title": "Работа в группах", "kind": "group-work", "place": "r201"}"#)],
            directions: [rural, school])),
        RuleCase("a moderator in two parallel slots", .doubleBooked, .error, Plan.session(top: places, days: [Plan.day("2021-09-21",
            Plan.opening,
            #"{"start": "09:15", "end": "10:00", "title": "Пленар 1", "directions": ["rural"], "moderators": [2️⃣"Ким Анна Сергеевна"]}"#,
            #"{"start": "09:15", "end": "10:00", "title": "Пленар 2", "directions": ["school"], "moderators": [1️⃣"Ким Анна Сергеевна"]}"#,
            #"{"start": "10:00", "end": "11:00", "title": "Работа в группах", "kind": "group-work"}"#)],
            directions: [rural, school])),
        RuleCase("a moderator who also speaks elsewhere", .doubleBooked, .error, Plan.session(top: places, days: [Plan.day("2021-09-21",
            Plan.opening,
            #"{"start": "09:15", "end": "10:00", "title": "Дискуссия", "place": "hall", "moderators": [2️⃣"Ким Анна Сергеевна"]}"#,
            #"{"start": "09:30", "end": "10:00", "title": "Доклад", "place": "r201", "speakers": [1️⃣"Ким Анна Сергеевна"]}"#,
            #"{"start": "10:00", "end": "11:00", "title": "Работа в группах", "kind": "group-work"}"#)])),
        RuleCase("group work of both directions at once", .multipleGroups, .error, Plan.session(top: places, days: [Plan.day("2021-09-21",
            Plan.opening,
            #"{"start": "09:15", "end": "11:15", "title": "Работа в группах", "kind": "group-work", "directions": ["rural"]}"#,
            #"{"start": "09:15", "end": "11:15", "title": "Работа в группах", "kind": "group-work", "directions": ["school"]}"#)],
            directions: [direction("rural", place: "r201", groups: #"{"name": "Группа 1", "moderator": "М1", "collector": "С1", "members": [2️⃣"Общий Участник", "А1", "Б1", "В1", "Г1"]}"#),
                         direction("school", place: "r305", groups: #"{"name": "Группа 2", "moderator": "М2", "collector": "С2", "members": [1️⃣"Общий Участник", "А2", "Б2", "В2", "Г2"]}"#)])),
        RuleCase("an evening for everyone outside the hours", .outsideHours, .warning, Plan.session(top: hours, days: [Plan.day("2021-09-21",
            Plan.opening, Plan.groupWork, #"{"start": "11:15", "end": "13:00", "title": "Пленар"}"#,
            #"{"start": "18:00", "end": 1️⃣"21:00", "title": "Вечерняя программа", "kind": "social"}"#)])),
    ]

    static let nearMisses: [NearMiss] = [
        NearMiss("parallel slots in different places", .slotOverlap, Plan.session(top: places, days: [Plan.day("2021-09-21",
            #"{"start": "09:00", "end": "10:00", "title": "Пленар", "place": "hall"}"#,
            #"{"start": "09:30", "end": "11:30", "title": "Работа в группах", "kind": "group-work", "place": "r201"}"#)])),
        NearMiss("parallel direction plenaries at the directions' places", .slotOverlap, Plan.session(top: places, days: [Plan.day("2021-09-21",
            Plan.opening,
            #"{"start": "09:15", "end": "10:00", "title": "Пленар 1", "directions": ["rural"]}"#,
            #"{"start": "09:15", "end": "10:00", "title": "Пленар 2", "directions": ["school"]}"#,
            #"{"start": "10:00", "end": "11:00", "title": "Работа в группах", "kind": "group-work"}"#)],
            directions: [rural, school])),
        NearMiss("group work of the directions at different times", .multipleGroups, Plan.session(top: places, days: [Plan.day("2021-09-21",
            Plan.opening,
            #"{"start": "09:15", "end": "11:15", "title": "Работа в группах", "kind": "group-work", "directions": ["rural"]}"#,
            #"{"start": "11:15", "end": "13:15", "title": "Работа в группах", "kind": "group-work", "directions": ["school"]}"#)],
            directions: [direction("rural", place: "r201", groups: #"{"name": "Группа 1", "moderator": "М1", "collector": "С1", "members": ["Общий Участник", "А1", "Б1", "В1", "Г1"]}"#),
                         direction("school", place: "r305", groups: #"{"name": "Группа 2", "moderator": "М2", "collector": "С2", "members": ["Общий Участник", "А2", "Б2", "В2", "Г2"]}"#)])),
        NearMiss("an optional evening outside the hours", .outsideHours, Plan.session(top: hours, days: [Plan.day("2021-09-21",
            Plan.opening, Plan.groupWork, #"{"start": "11:15", "end": "13:00", "title": "Пленар"}"#,
            #"{"start": "18:00", "end": "21:00", "title": "Вечерняя программа", "kind": "social", "optional": ["participants", "experts"]}"#)])),
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

    @Test func moderatorMessageSaysModerates() throws {
        let source = MarkedSource(Self.cases[4].source)
        let found = try #require(ruleFindings(source).first { $0.code == .doubleBooked })
        #expect(found.message.en.contains("speaks in 09:30–10:00 «Доклад» and also moderates 09:15–10:00 «Дискуссия»"))
        #expect(found.message.ru.contains("выступает в пункте 09:30–10:00 «Доклад» и модерирует пункт 09:15–10:00 «Дискуссия»"))
    }
}
