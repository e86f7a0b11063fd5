import Testing
@testable import SessionPlanKit

/// How a change says when: the day as its reader says it, and again after the arrow only when it changes.
@Suite struct ChangesWordingTests {
    static func session(_ language: String, talkDay: String, talkStart: String) throws -> Session {
        let talk = #"{ "id": "talk", "start": "\#(talkStart)", "end": "11:00", "title": "Доклад" }"#
        func day(_ date: String, _ title: String) -> String {
            #"{ "date": "\#(date)", "slots": [ { "start": "09:00", "end": "09:30", "title": "\#(title)" }"#
                + (date == talkDay ? ", " + talk : "") + " ] }"
        }
        let text = """
        { "version": 1, "title": "T", "language": "\(language)", "timezone": "Europe/Moscow",
          "days": [ \(day("2021-09-21", "Открытие")), \(day("2021-09-22", "Итоги")) ], "directions": [] }
        """
        return try #require(SessionLoader.load(SourceFile(name: "s.json", bytes: Array(text.utf8)), checkRules: false).session)
    }

    @Test func aSlotMovedWithinItsDaySaysTheDayOnce() throws {
        let changes = SessionChanges(old: try Self.session("ru", talkDay: "2021-09-21", talkStart: "10:00"),
                                     new: try Self.session("ru", talkDay: "2021-09-21", talkStart: "10:15"))
        #expect(changes.lines == ["Перенесено: «Доклад» 21 сентября, 10:00–11:00 → 10:15–11:00"])
    }

    @Test func aSlotMovedToAnotherDaySaysBoth() throws {
        let changes = SessionChanges(old: try Self.session("en", talkDay: "2021-09-21", talkStart: "10:00"),
                                     new: try Self.session("en", talkDay: "2021-09-22", talkStart: "10:00"))
        #expect(changes.lines == ["Moved: «Доклад» 21 September, 10:00–11:00 → 22 September, 10:00–11:00"])
    }
}
