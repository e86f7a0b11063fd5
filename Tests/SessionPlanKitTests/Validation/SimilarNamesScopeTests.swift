import Testing
@testable import SessionPlanKit

/// `similar-names` compares every name the person index holds, slot
/// moderators and the team included.
@Suite struct SimilarNamesScopeTests {
    @Test func aSlotModeratorAndATeamMemberAreCompared() {
        let source = MarkedSource(Plan.session(
            top: #""team": [{"name": 2️⃣"Севрюков Олег Михайлович", "duty": "координатор"}],"#,
            days: [Plan.day("2021-09-21",
                            #"{"start": "09:00", "end": "10:00", "title": "Открытие", "kind": "opening", "moderators": [1️⃣"Рогачева Мария Васильевна"]}"#,
                            #"{"start": "10:00", "end": "11:00", "title": "Доклад", "kind": "talk", "speakers": [3️⃣"Розачева Мария Васильевна", 4️⃣"Северюков Олег Михайлович"]}"#)]))
        let found = ruleFindings(source).filter { $0.code == .similarNames }
        #expect(found.count == 2, "\(found.map(\.message.ru))")
        #expect(isAt(found.first, source, 3) && isAt(found.last, source, 4))
        #expect(found.first?.notes.first?.location?.line == source.place(1)?.line)
        #expect(found.last?.notes.first?.location?.line == source.place(2)?.line)
    }
}
