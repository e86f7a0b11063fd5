import Foundation
import Testing
@testable import SessionPlanKit

@Suite struct ValidateCommandTests {
    private let broken = """
    {
      "version": 1,
      "title": "Сессия",
      "timezone": "Europe/Moscow",
      "days": [ { "date": "2021-09-21", "slots": [ { "start": "09.00", "end": "09:15", "title": "Открытие" } ] } ],
      "directions": [ { "id": "rural", "title": "Сельские библиотеки", "leaders": ["Орлова Надежда Павловна"],
        "groups": [ { "name": "Группа 1", "moderator": "М", "collector": "С", "members": ["А", "Б", "В", "Г", "Д"] } ] } ]
    }
    """

    @Test func exampleValidatesCleanly() {
        let result = runCLI(["validate", "examples/tochka-kipeniya.json"])
        #expect(result.status == .success)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("no problems found in 1 file"))
    }

    @Test func errorsPrintLikeACompilerAndExit1() {
        let result = runCLI(["validate", "-"], input: broken)
        #expect(result.status == .invalid)
        #expect(result.error.contains("<stdin>:5:59: error: \"09.00\" is not a time"))
        #expect(result.error.contains("[invalid-value]"))
        #expect(result.error.contains("    5 |   \"days\""))
        #expect(result.error.contains("1 error, 0 warnings in 1 file"))
    }

    @Test func russianInterfaceFromLANG() {
        let result = runCLI(["validate", "-"], environment: ["LANG": "ru_RU.UTF-8"], input: broken)
        #expect(result.error.contains("— не время"))
        #expect(result.error.contains("1 ошибка, 0 предупреждений в 1 файле"))
        let english = runCLI(["validate", "--lang", "en", "-"], environment: ["LC_ALL": "ru_RU.UTF-8"], input: broken)
        #expect(english.error.contains("is not a time"))
    }

    @Test func caretSitsUnderTheColumn() throws {
        let result = runCLI(["validate", "-"], input: broken)
        let lines = result.error.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("    5 |") })
        let caret = lines[index + 1]
        let caretColumn = caret.unicodeScalars.count - "      | ".unicodeScalars.count
        let sourceText = Array(lines[index].unicodeScalars.dropFirst("    5 | ".unicodeScalars.count))
        #expect(caret.hasSuffix("^"))
        #expect(caretColumn == 59)
        #expect(String(String.UnicodeScalarView(sourceText[(caretColumn - 1)...].prefix(7))) == "\"09.00\"")
    }

    /// A file indented with tabs: no tab reaches the terminal, and the caret is under the value.
    @Test func tabsInTheExcerptAreSpaces() throws {
        let tabbed = broken.replacingOccurrences(of: "\n  \"", with: "\n\t\"")
            .replacingOccurrences(of: "\"start\": \"09.00\"", with: "\"start\":\t\"09.00\"")
        let result = runCLI(["validate", "--color", "never", "-"], input: tabbed)
        #expect(result.status == .invalid)
        #expect(!result.error.contains("\t"))
        let lines = result.error.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("    5 |") })
        #expect(lines[index].hasPrefix("    5 |     \"days\""))   // the tab at the line start: four spaces
        let caretColumn = lines[index + 1].unicodeScalars.count - "      | ".unicodeScalars.count
        let sourceText = Array(lines[index].unicodeScalars.dropFirst("    5 | ".unicodeScalars.count))
        #expect(String(String.UnicodeScalarView(sourceText[(caretColumn - 1)...].prefix(7))) == "\"09.00\"")
        #expect(result.error.contains("<stdin>:5:58:"))   // the location still counts a tab as one character
    }

    /// Tab stops of four, wherever the tab falls; text without tabs is left as it is.
    @Test func tabsExpandToTheNextStop() throws {
        let excerpt = try #require(SourceExcerpt(bytes: Array("ab\tc\t\td".utf8), offset: 6, width: 120))
        let (text, column) = DiagnosticTextPrinter.expandingTabs(excerpt)
        #expect(text == "ab  c       d")
        #expect(column == 13)
        let plain = try #require(SourceExcerpt(bytes: Array("abc".utf8), offset: 1, width: 120))
        #expect(DiagnosticTextPrinter.expandingTabs(plain) == ("abc", 2))
    }

    @Test func jsonFormatIsOneDocument() throws {
        let result = runCLI(["validate", "--format", "json", "-"], input: broken)
        #expect(result.status == .invalid)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(document["errors"] as? Int == 1)
        #expect(document["warnings"] as? Int == 0)
        let files = try #require(document["files"] as? [[String: Any]])
        #expect(files.first?["file"] as? String == "<stdin>")
        let diagnostic = try #require((files.first?["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["code"] as? String == "invalid-value")
        #expect(diagnostic["severity"] as? String == "error")
        #expect(diagnostic["line"] as? Int == 5)
        #expect(diagnostic["column"] as? Int == 59)
        #expect(diagnostic["notes"] as? [Any] != nil)
    }

    @Test func strictTurnsWarningsIntoExit1() {
        let noDirections = """
        { "version": 1, "title": "С", "timezone": "Europe/Moscow",
          "days": [ { "date": "2021-09-21", "slots": [ { "start": "09:00", "end": "09:15", "title": "Открытие" } ] } ] }
        """
        let plain = runCLI(["validate", "-"], input: noDirections)
        let strict = runCLI(["validate", "--strict", "-"], input: noDirections)
        if plain.error.contains("warning") {
            #expect(plain.status == .success)
            #expect(strict.status == .invalid)
        }
    }

    @Test func severalFilesAreAllChecked() {
        let result = runCLI(["validate", "examples/minimal.json", "examples/english.json"])
        #expect(result.status == .success)
        #expect(result.error.contains("2 files"))
    }

    @Test func missingFileAndFolderAreOneLineAndExit2() {
        let missing = runCLI(["validate", "no-such.json"])
        #expect(missing.status == .usage)
        #expect(missing.error == "sessionplan: no-such.json: no such file\n")
        let folder = runCLI(["validate", "examples"])
        #expect(folder.status == .usage)
        #expect(folder.error.contains("examples is a folder"))
    }

    @Test func anUnreadableFileDoesNotStopTheOthers() {
        let result = runCLI(["validate", "no-such.json", "-"], input: broken)
        #expect(result.status == .usage)
        #expect(result.error.hasPrefix("sessionplan: no-such.json: no such file\n"))
        #expect(result.error.contains("<stdin>:5:59: error:"))
    }

    @Test func anOptionIsNamedAsTyped() {
        let result = runCLI(["export", "examples/minimal.json", "--to", "html", "-o"])
        #expect(result.status == .usage)
        #expect(result.error.hasPrefix("sessionplan export: -o needs a value: -o OUT\n"))
    }

    @Test func wrongOptionGivesOneLineTheUsageAndExit2() {
        let result = runCLI(["validate", "--strikt", "examples/minimal.json"])
        #expect(result.status == .usage)
        let lines = result.error.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains("did you mean --strict?") == true)
        #expect(lines.last?.contains("sessionplan validate [--strict]") == true)
        #expect(runCLI(["validate", "--format", "xml", "x"]).status == .usage)
        #expect(runCLI(["validate"]).status == .usage)
    }

    @Test func helpAndVersion() {
        let help = runCLI(["validate", "--help"])
        #expect(help.status == .success && help.output.contains("--strict"))
        #expect(runCLI(["help", "validate"]).output == help.output)
        #expect(runCLI(["validate", "-h"]).output == help.output)
        #expect(runCLI(["--version"]).output.hasPrefix("sessionplan "))
        #expect(runCLI(["--help"]).output.contains("validate"))
        let russian = runCLI(["validate", "--help", "--lang", "ru"])
        #expect(russian.output.contains("Использование"))
        let unknown = runCLI(["valdate"])
        #expect(unknown.status == .usage && unknown.error.contains("did you mean \"validate\""))
    }
}

@Suite struct ExecutableEndToEndTests {
    @Test(.enabled(if: BuiltExecutable.url != nil, "the sessionplan executable is not built beside the tests"))
    func exitStatusesAndStreams() throws {
        let ok = try BuiltExecutable.run(["validate", "examples/tochka-kipeniya.json"])
        #expect(ok.status == 0 && ok.output.isEmpty && !ok.error.isEmpty)
        let bad = try BuiltExecutable.run(["validate", "-"], input: "{\"version\": 1,}")
        #expect(bad.status == 1 && bad.error.contains("<stdin>:1:15"))
        let usage = try BuiltExecutable.run(["validate", "--nope"])
        #expect(usage.status == 2)
        let json = try BuiltExecutable.run(["validate", "--format", "json", "examples/minimal.json"])
        #expect(json.status == 0 && json.output.hasPrefix("{"))
    }

    @Test(.enabled(if: BuiltExecutable.url != nil && FileManager.default.fileExists(atPath: "/dev/full"),
                   "needs the built executable and /dev/full"))
    func resultsThatCannotBeWrittenAreExitStatus2() throws {
        let executable: URL = try #require(BuiltExecutable.url)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["agenda", "examples/tochka-kipeniya.json"]
        process.currentDirectoryURL = RepositoryPaths.root
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message.contains("cannot write the results"))
    }
}
