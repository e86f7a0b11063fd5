import Foundation
import Testing
@testable import SessionPlanKit

/// `Validator.check` runs a family that `runsBeside` the others on a second
/// thread: every family still runs once, and the findings come out as if
/// the families had run one after another.
@Suite struct ValidatorLanesTests {
    /// A family that reports one finding without a place, saying which family it is.
    private struct Reporting: RuleFamily {
        let name: String
        let runsBeside: Bool
        var reads: Set<SessionPart> { [] }
        func check(_ session: Session, into findings: inout [Diagnostic]) {
            // The one beside waits a little: were the lanes joined in the order they finish, it would come last.
            if runsBeside { Thread.sleep(forTimeInterval: 0.05) }
            findings.append(.warning(.similarNames, LocalizedText(en: name, ru: name), at: nil))
        }
    }

    static func session() throws -> Session {
        try #require(SourceFile(name: "test.json", bytes: Array(PersonIndexTests.directionsFirst.utf8)).loadedSession().session)
    }

    @Test func everyFamilyRunsOnceAndTheFindingsKeepTheFamiliesOrder() throws {
        let families: [any RuleFamily] = [Reporting(name: "beside", runsBeside: true), Reporting(name: "first", runsBeside: false),
                                          Reporting(name: "second", runsBeside: false)]
        let findings = Validator.check(try Self.session(), families: families)
        #expect(findings.map(\.message.en) == ["beside", "first", "second"])
    }

    @Test func theSimilarNamesSearchIsTheFamilyThatRunsBeside() {
        #expect(Validator.families.filter(\.runsBeside).map { String(describing: type(of: $0)) } == ["SimilarNames"])
    }

    @Test func brokenPartsStillLeaveOutTheFamiliesThatReadThem() throws {
        let findings = Validator.check(try Self.session(), families: [SimilarNames()], broken: [.people])
        #expect(findings.isEmpty)
        // The same session with a near-duplicate is found when nothing is broken.
        let text = PersonIndexTests.directionsFirst.replacingOccurrences(of: "\"members\": [\"Гусева Вера Аркадьевна\"]",
                                                                          with: "\"members\": [\"Гусева Вера Аркадьевна\", \"Гусева Вера Аркадевна\"]")
        let session = try #require(SourceFile(name: "test.json", bytes: Array(text.utf8)).loadedSession().session)
        #expect(Validator.check(session, families: [SimilarNames()]).map(\.code) == [.similarNames])
        #expect(Validator.check(session, families: [SimilarNames()], broken: [.people]).isEmpty)
    }
}

private extension SourceFile {
    func loadedSession() -> LoadedSession { SessionLoader.load(self) }
}
