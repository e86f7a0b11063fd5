import Foundation
@testable import SessionPlanKit

/// Helpers for the import tests: the fixtures' folder and importing text in-process.
enum ImportTestSupport {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Imports `text` and loads the result as a session, with the validator's findings.
    static func importAndLoad(_ bytes: [UInt8], options: ImportOptions = ImportOptions()) throws -> (outcome: ImportOutcome, loaded: LoadedSession) {
        let outcome = try ProgramImport.importText(bytes, options: options).get()
        let json = JSONWriter.bytes(outcome.session)
        return (outcome, SessionLoader.load(SourceFile(name: "imported.json", bytes: json)))
    }

    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    /// The codes of the loaded session's errors.
    static func errorCodes(_ loaded: LoadedSession) -> Set<String> {
        Set(loaded.diagnostics.filter { $0.severity == .error }.map { $0.code.rawValue })
    }
}

