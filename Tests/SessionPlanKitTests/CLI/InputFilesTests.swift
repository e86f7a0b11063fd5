import Foundation
import Testing
@testable import SessionPlanKit

/// `InputFiles.contents`: the whole file, whatever its length and kind, and nil when it cannot be read.
@Suite struct InputFilesTests {
    @Test func readsEmptyShortAndLongFilesWhole() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        #expect(InputFiles.contents(atPath: folder.write("empty.json", "")) == [])
        #expect(InputFiles.contents(atPath: folder.write("short.json", "{\"title\": \"Точка\"}")) == Array("{\"title\": \"Точка\"}".utf8))
        // Longer than the first read of a file without a length (64 KiB), and not a multiple of it.
        let long = String(repeating: "Иванова Анна Петровна, ", count: 9_000)
        #expect(InputFiles.contents(atPath: folder.write("long.json", long)) == Array(long.utf8))
    }

    /// A pipe has no length: it is read to its end all the same, past the first 64 KiB.
    @Test func readsAPipeToItsEnd() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let fifo = folder.url.appendingPathComponent("pipe").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let text = Array(String(repeating: "абв", count: 50_000).utf8)
        let writer = Thread {
            guard let handle = FileHandle(forWritingAtPath: fifo) else { return }
            handle.write(Data(text))
            try? handle.close()
        }
        writer.start()
        #expect(InputFiles.contents(atPath: fifo) == text)
    }

    @Test func unreadableOrMissingIsNil() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        #expect(InputFiles.contents(atPath: folder.url.appendingPathComponent("missing.json").path) == nil)
        #expect(InputFiles.contents(atPath: folder.url.path) == nil)   // a folder: read(2) refuses it
    }
}
