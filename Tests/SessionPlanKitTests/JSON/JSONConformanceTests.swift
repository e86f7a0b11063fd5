import Foundation
import Testing
@testable import SessionPlanKit

/// JSONTestSuite (`../shared/conformance/JSONTestSuite/test_parsing`): `y_` files parse,
/// `n_` files fail with `json-syntax` or `encoding`, `i_` files may go either way; none crash.
@Suite struct JSONConformanceTests {
    @Test(.enabled(if: JSONTestSupport.conformanceFolder != nil,
                   "JSONTestSuite not found (../shared/conformance or SESSIONPLAN_SHARED); skipped"))
    func testParsingFolder() throws {
        let folder = try #require(JSONTestSupport.conformanceFolder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        #expect(names.count > 300)
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            let result = JSONReader.parse(bytes)
            switch (name.prefix(2), result) {
            case ("y_", .failure(let diagnostic)):
                Issue.record("\(name) must parse; got \(diagnostic.code.rawValue) at \(diagnostic.location.map(String.init(describing:)) ?? "-"): \(diagnostic.message.en)")
            case ("n_", .success):
                Issue.record("\(name) must be rejected")
            case ("n_", .failure(let diagnostic)), ("i_", .failure(let diagnostic)):
                #expect(diagnostic.code == .jsonSyntax || diagnostic.code == .encoding, "\(name)")
                #expect(diagnostic.severity == .error, "\(name)")
                #expect(diagnostic.location != nil, "\(name)")
            default:
                break
            }
        }
    }
}
