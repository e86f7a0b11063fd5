import Foundation
import Testing
@testable import SessionPlanKit

@Suite struct OutputFileTests {
    private func entries(_ folder: TemporaryFolder) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.url.path)) ?? []).sorted()
    }

    @Test func writesAndReplacesAtomically() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let dir = folder.url.path
        let written = try OutputFile.write("one\n", to: "out.txt", overwrite: false, inputPaths: [], relativeTo: dir).get()
        #expect(written.hasSuffix("/out.txt"))
        #expect(try String(contentsOfFile: written, encoding: .utf8) == "one\n")
        chmod(written, 0o640)
        _ = try OutputFile.write("two\n", to: "out.txt", overwrite: false, inputPaths: [], relativeTo: dir).get()
        #expect(try String(contentsOfFile: written, encoding: .utf8) == "two\n")
        let permissions = try FileManager.default.attributesOfItem(atPath: written)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o640)
        #expect(entries(folder) == ["out.txt"])
    }

    @Test func refusesAnInputUnderAnySpellingUnlessOverwrite() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let dir = folder.url.path
        let input = folder.write("s.json", "input\n")
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.json", withDestinationPath: input)
        #expect(link(input, dir + "/hard.json") == 0)
        for spelling in ["s.json", "./s.json", "sub/../s.json", input, "link.json", "hard.json"] {
            let result = OutputFile.write("new\n", to: spelling, overwrite: false, inputPaths: ["s.json"], relativeTo: dir)
            #expect(result == .failure(.isInput(spelling)), "\(spelling)")
        }
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "input\n")
        // With overwrite, through the link: the link stays a link, the file it names is replaced.
        _ = try OutputFile.write("new\n", to: "link.json", overwrite: true, inputPaths: ["s.json"], relativeTo: dir).get()
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "new\n")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.json")) == input)
        #expect(entries(folder) == ["hard.json", "link.json", "s.json", "sub"])
    }

    @Test func refuseModeNeverReplaces() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.write("a.json", "mine\n")
        let result = OutputFile.write("new\n", to: "a.json", overwrite: true, inputPaths: [], existing: .refuse,
                                      relativeTo: folder.url.path)
        #expect(result == .failure(.exists("a.json")))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine\n")
        _ = try OutputFile.write("fresh\n", to: "b.json", overwrite: false, inputPaths: [], existing: .refuse,
                                 relativeTo: folder.url.path).get()
        #expect(entries(folder) == ["a.json", "b.json"])
    }

    @Test func folderProblemsAreOneLineAndLeaveNothing() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let dir = folder.url.path
        #expect(OutputFile.write("x", to: "missing/out.json", overwrite: false, inputPaths: [], relativeTo: dir)
                == .failure(.noFolder("missing/out.json", folder: "missing")))
        try FileManager.default.createDirectory(atPath: dir + "/folder", withIntermediateDirectories: true)
        #expect(OutputFile.write("x", to: "folder", overwrite: false, inputPaths: [], relativeTo: dir)
                == .failure(.isFolder("folder")))
        try FileManager.default.createSymbolicLink(atPath: dir + "/dangling", withDestinationPath: dir + "/nothing")
        #expect(OutputFile.write("x", to: "dangling", overwrite: false, inputPaths: [], relativeTo: dir)
                == .failure(.danglingLink("dangling")))
        #expect(entries(folder) == ["dangling", "folder"])
        for error in [OutputFileError.noFolder("a/b", folder: "a"), .isInput("s.json"), .writeFailed("x", reason: "disk full")] {
            #expect(!error.message.en.contains("\n") && !error.message.ru.contains("\n"))
        }
    }

    @Test func unwritableFolder() throws {
        // root may write anywhere; the check is only meaningful for other users.
        guard getuid() != 0 else { return }
        let folder = TemporaryFolder()
        defer { chmod(folder.url.path + "/locked", 0o755); folder.cleanUp() }
        try FileManager.default.createDirectory(atPath: folder.url.path + "/locked", withIntermediateDirectories: true)
        chmod(folder.url.path + "/locked", 0o555)
        #expect(OutputFile.write("x", to: "locked/out.json", overwrite: false, inputPaths: [], relativeTo: folder.url.path)
                == .failure(.folderNotWritable("locked/out.json", folder: "locked")))
    }
}
