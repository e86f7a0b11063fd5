import Foundation
@testable import SessionPlanKit

/// The library's location type (Swift Testing has a type of the same name).
typealias Loc = SessionPlanKit.SourceLocation

/// Helpers shared by the JSON tests.
enum JSONTestSupport {
    /// The shared folder beside the project, see `RepositoryPaths.shared`.
    static var sharedFolder: URL? { RepositoryPaths.shared }

    static var conformanceFolder: URL? {
        guard let folder = sharedFolder?.appendingPathComponent("conformance/JSONTestSuite/test_parsing"),
              FileManager.default.fileExists(atPath: folder.path) else { return nil }
        return folder
    }

    static func parse(_ text: String) -> Result<JSONValue, Diagnostic> { JSONReader.parse(Array(text.utf8)) }

    static func value(_ text: String) -> JSONValue? {
        if case .success(let value) = parse(text) { return value }
        return nil
    }

    static func diagnostic(_ bytes: [UInt8]) -> Diagnostic? {
        if case .failure(let diagnostic) = JSONReader.parse(bytes) { return diagnostic }
        return nil
    }

    static func diagnostic(_ text: String) -> Diagnostic? { diagnostic(Array(text.utf8)) }

    /// The same values, ignoring locations.
    static func sameContent(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a.kind, b.kind) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x.count == y.count && zip(x, y).allSatisfy { sameContent($0, $1) }
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && sameContent($0.value, $1.value) }
        default: return false
        }
    }
}
