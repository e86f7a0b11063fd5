import Foundation
import Testing
@testable import SessionPlanKit

/// Where `-o` may write: a device or a pipe is written to, never replaced.
@Suite struct OutputTargetTests {
    @Test func devNullStaysADevice() throws {
        let result = runCLI(["export", "examples/minimal.json", "--to", "markdown", "-o", "/dev/null"])
        #expect(result.status == .success)
        let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/null")
        #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
    }

    @Test func aNamedPipeIsWrittenToNotReplaced() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let pipe = folder.url.appendingPathComponent("pipe").path
        #expect(mkfifo(pipe, 0o600) == 0)
        // A reader, so that opening the pipe for writing does not wait.
        let copy = folder.url.appendingPathComponent("copy").path
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/sh")
        reader.arguments = ["-c", "cat \"$0\" > \"$1\"", pipe, copy]
        try reader.run()
        let result = runCLI(["export", "examples/minimal.json", "--to", "markdown", "-o", pipe])
        reader.waitUntilExit()
        #expect(result.status == .success)
        let received = FileManager.default.contents(atPath: copy) ?? Data()
        #expect(String(decoding: received, as: UTF8.self).hasPrefix("# "))
        let attributes = try FileManager.default.attributesOfItem(atPath: pipe)
        #expect(attributes[.type] as? FileAttributeType == .typeUnknown || attributes[.type] as? FileAttributeType != .typeRegular)
    }

    @Test func controlCharactersInTitlesNeverReachTheTerminal() {
        let session = """
        { "version": 1, "title": "Сессия \\u001b[2J", "timezone": "Europe/Moscow",
          "days": [ { "date": "2021-09-21", "slots": [ { "start": "09:00", "end": "09:15", "title": "Открытие\\u0007" } ] } ] }
        """
        let result = runCLI(["agenda", "-"], input: session)
        #expect(result.status == .success)
        #expect(!result.output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(result.output.contains("Сессия \u{FFFD}[2J"))
    }
}
