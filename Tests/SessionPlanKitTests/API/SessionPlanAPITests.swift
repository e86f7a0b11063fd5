import Foundation
import SessionPlanKit
import Testing

/// The library's public surface, used as a program outside the package would:
/// a plain `import`, so anything here that is not public fails to compile.
@Suite struct SessionPlanAPITests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples")

    @Test func readsChecksAndExportsTheReferenceSession() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.examples.appendingPathComponent("tochka-kipeniya.json")))
        let plan = SessionPlan(name: "tochka-kipeniya.json", bytes: bytes)
        #expect(plan.isUsable)
        #expect(plan.errorCount == 0)
        #expect(SessionPlan.formats == ["markdown", "html", "ics", "csv", "docx", "xlsx"])
        let page = try #require(plan.export(to: "markdown"))
        #expect(String(decoding: page, as: UTF8.self).contains("Точка кипения"))
        let workbook = try #require(plan.export(to: "xlsx"))
        #expect(workbook.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(plan.export(to: "pdf") == nil)
    }

    @Test func reportsABrokenFileAsValidateDoes() {
        let plan = SessionPlan(name: "broken.json", bytes: Array(#"{"version": 1, "title": }"#.utf8))
        #expect(!plan.isUsable)
        #expect(plan.errorCount == 1)
        #expect(plan.report(in: .en).hasPrefix("broken.json:1:"))
        #expect(plan.report(in: .ru).contains("error:"))
        #expect(plan.export(to: "html") == nil)
    }

    @Test func runsTheCommandLineWithoutAProcess() {
        let output = CapturedText(), errors = CapturedText()
        let context = CommandContext(arguments: ["--version"], environment: [:], currentDirectory: "/",
                                     readStandardInput: { [] }, standardOutput: output, standardError: errors)
        #expect(CLI.run(context) == .success)
        #expect(output.text == "sessionplan \(CLI.version)\n")
    }
}
