import Foundation
import Testing
@testable import SessionPlanKit

/// Counts worded for what there is: one group is «в ней», not «в каждой»; no
/// groups is not «во всех группах».
@Suite struct ReadinessWordingTests {
    @Test func oneCompleteGroupIsNotEachGroup() throws {
        let result = runCLI(["stats", "--lang", "ru", "examples/minimal.json"])
        #expect(result.output.contains("Группа готова: в ней от 5 до 10 участников, есть модератор и сборщик."), "\(result.output)")
        #expect(!result.output.contains("в каждой"))
        let text = try #require(String(data: FileManager.default.contents(atPath: RepositoryPaths.root.appendingPathComponent("examples/minimal.json").path) ?? Data(), encoding: .utf8))
        let english = runCLI(["stats", "-"], input: text.replacingOccurrences(of: "\"timezone\"", with: "\"language\": \"en\", \"timezone\""))
        #expect(english.output.contains("The group is complete: 5–10 members, a moderator and a collector."), "\(english.output)")
    }

    @Test func groupingWithNoGroupsDoesNotSayEveryGroup() {
        let outcome = SessionGrouping.Outcome(root: nil, diagnostics: [], directions: [], moderatorsNeeded: 0, collectorsNeeded: 0)
        let russian = GroupingReport(outcome: outcome, language: .ru).render()
        #expect(russian.contains("Групп пока нет"))
        #expect(!russian.contains("во всех группах"))
        #expect(GroupingReport(outcome: outcome, language: .en).render().contains("No groups yet"))
    }
}
