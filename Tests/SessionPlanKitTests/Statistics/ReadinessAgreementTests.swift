import Testing
@testable import SessionPlanKit

/// `stats` counts a group as ready exactly when `validate` finds nothing wrong
/// with its staffing: both ask `StaffingRules.problems`.
@Suite struct ReadinessAgreementTests {
    static let members = #"["Участник 1", "Участник 2", "Участник 3", "Участник 4", "Участник 5"]"#

    /// Groups that the old statistics counted as complete although `validate` reports them.
    static let groups: [(group: String, code: DiagnosticCode)] = [
        (#"{"name": "Группа 1", "moderator": "Белов Пётр", "collector": "Белов Пётр", "members": \#(members)}"#, .roleConflict),
        (#"{"name": "Группа 1", "moderator": "Участник 1", "collector": "Белов Пётр", "members": \#(members)}"#, .roleConflict),
        (#"{"name": "Группа 1", "moderator": "Орлова Анна", "collector": "Белов Пётр", "members": ["Участник 1", "Участник 1", "Участник 2", "Участник 3", "Участник 4", "Участник 5"]}"#, .duplicatePerson),
    ]

    static func session(with group: String) -> String {
        """
        {"version": 1, "title": "Сессия", "timezone": "Europe/Moscow",
         "days": [{"date": "2021-09-21", "slots": [{"start": "09:00", "end": "11:00", "title": "Работа в группах", "kind": "group-work"}]}],
         "directions": [{"id": "rural", "title": "Сельские библиотеки", "leaders": ["Сулейманова Лариса"],
           "groups": [\(group), {"name": "Группа 2", "moderator": "Орлов Иван", "collector": "Гусева Вера", "members": ["Участник 6", "Участник 7", "Участник 8", "Участник 9", "Участник 10"]}]}]}
        """
    }

    @Test(arguments: groups)
    func aGroupValidateReportsIsNotReady(group: String, code: DiagnosticCode) throws {
        let loaded = SessionLoader.load(SourceFile(name: "test.json", bytes: Array(Self.session(with: group).utf8)))
        let session = try #require(loaded.session)
        #expect(loaded.findings.map(\.code) == [code], "\(loaded.findings.map(\.message))")
        let statistics = SessionStatistics(session)
        #expect(statistics.total.completeGroups == 1)
        #expect(statistics.missing == [.conflict(direction: 1, id: "rural", group: "Группа 1")])
        let report = StatisticsReport(statistics: statistics, language: .ru).render()
        #expect(report.contains("направление 1 (rural): в группе «Группа 1» один человек на двух местах; подробности — sessionplan validate"), "\(report)")
        #expect(StatisticsReport(statistics: statistics, language: .en).render()
                .contains("direction 1 (rural): in group «Группа 1» one person holds two places; see sessionplan validate"))
    }

    @Test func aGroupWithoutProblemsIsReadyForBoth() throws {
        let group = #"{"name": "Группа 1", "moderator": "Орлова Анна", "collector": "Белов Пётр", "members": \#(Self.members)}"#
        let loaded = SessionLoader.load(SourceFile(name: "test.json", bytes: Array(Self.session(with: group).utf8)))
        let session = try #require(loaded.session)
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.message))")
        let statistics = SessionStatistics(session)
        #expect(statistics.total.completeGroups == 2)
        #expect(statistics.missing.isEmpty)
        #expect(statistics.total.members == 10)
        #expect(statistics.total.people == 15)
        #expect(statistics.everyone == 15)
    }
}
