import Testing
@testable import SessionPlanKit

/// Slot `id`, `revision` and `updated`: read, checked, located.
@Suite struct VersionFieldsTests {
    private func twoSlots(_ first: String, _ second: String, top: String = "") -> String {
        Plan.session(top: top, days: [Plan.day(
            "2021-09-21",
            #"{"#+first+#""start": "09:00", "end": "09:15", "title": "Открытие", "kind": "opening"}"#,
            #"{"#+second+#""start": "09:15", "end": "11:15", "title": "Работа в группах", "kind": "group-work"}"#)])
    }

    @Test func idsRevisionAndUpdatedAreRead() throws {
        let loaded = MarkedSource(twoSlots(#""id": "opening", "#, "", top: #""revision": 3, "updated": "2021-09-20T18:30","#)).load()
        #expect(loaded.structural.isEmpty)
        let session = try #require(loaded.session)
        #expect(session.revision == 3)
        #expect(session.updated == ValueParsing.dateTime("2021-09-20T18:30"))
        #expect(session.days[0].slots.map(\.id) == ["opening", nil])
    }

    @Test func revisionDefaultsToZero() throws {
        let session = try #require(MarkedSource(Plan.session()).load().session)
        #expect(session.revision == 0)
        #expect(session.updated == nil)
    }

    @Test func negativeRevisionIsAnError() {
        let source = MarkedSource(Plan.session(top: #""revision": 1️⃣-1,"#))
        let found = source.load().structural
        #expect(found.map(\.code) == [.invalidValue])
        #expect(isAt(found.first, source, 1))
    }

    @Test func updatedMustBeADateTime() {
        let source = MarkedSource(Plan.session(top: #""updated": 1️⃣"2021-09-20","#))
        let found = source.load().structural
        #expect(found.map(\.code) == [.invalidValue])
        #expect(isAt(found.first, source, 1))
    }

    @Test func badSlotIDSuggestsOne() {
        let source = MarkedSource(twoSlots(#""id": 1️⃣"Open Day", "#, ""))
        let found = source.load().structural
        #expect(found.map(\.code) == [.invalidValue])
        #expect(isAt(found.first, source, 1))
        #expect(found.first?.message.en.contains("\"open-day\"") == true)
    }

    @Test func repeatedSlotIDIsAnErrorWithANote() {
        let source = MarkedSource(twoSlots(#""id": 2️⃣"a", "#, #""id": 1️⃣"a", "#))
        let found = source.load().structural
        #expect(found.map(\.code) == [.invalidValue])
        #expect(isAt(found.first, source, 1))
        #expect(found.first?.notes.first?.location?.line == source.place(2)?.line)
        #expect(found.first?.notes.first?.location?.column == source.place(2)?.column)
    }
}
