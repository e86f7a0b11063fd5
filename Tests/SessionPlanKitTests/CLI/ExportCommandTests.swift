import Foundation
import Testing
@testable import SessionPlanKit

/// `sessionplan export` driven in-process: options, exit statuses, streams and `-o`.
@Suite struct ExportCommandTests {
    static let reference = ExportFixtures.reference

    @Test func aFormatIsRequired() {
        let result = runCLI(["export", Self.reference])
        #expect(result.status == .usage)
        #expect(result.output == "")
        #expect(result.error.hasPrefix("sessionplan export: \"export\" needs a format: --to markdown, html, ics, csv, docx or xlsx\nusage: sessionplan export FILE --to"))
        let russian = runCLI(["export", Self.reference, "--lang", "ru"])
        #expect(russian.error.hasPrefix("sessionplan export: для \"export\" нужен формат: --to markdown, html, ics, csv, docx или xlsx\n"))
        let wrong = runCLI(["export", Self.reference, "--to", "pdf"])
        #expect(wrong.status == .usage)
        #expect(wrong.error.hasPrefix("sessionplan export: --to takes one of markdown, html, ics, csv, docx, xlsx, not \"pdf\"\n"))
    }

    @Test(arguments: [
        (["--day", "3"], "there is no day 3: the session has 2 days"),
        (["--tz", "Asia/Vladivostk"], "\"Asia/Vladivostk\" is not a known time zone; did you mean \"Asia/Vladivostok\"?"),
        (["--person", "Орлва"], "nobody named \"Орлва\" is in the session; the closest names: «Орлова Надежда Павловна»"),
    ])
    func wrongValuesAreOneLineAndExitStatus2(arguments: [String], message: String) {
        let result = runCLI(["export", Self.reference, "--to", "ics"] + arguments)
        #expect(result.status == .usage)
        #expect(result.output == "")
        // One line saying what is wrong, then the command's usage line.
        let lines = result.error.split(separator: "\n").map(String.init)
        #expect(lines.first == "sessionplan export: \(message)")
        #expect(lines.count == 2 && lines[1].hasPrefix("usage: sessionplan export "))
    }

    @Test(arguments: ["csv", "xlsx"], [["--day", "1"], ["--tz", "UTC"]])
    func theRosterHasNoDaysOrZones(format: String, option: [String]) {
        let result = runCLI(["export", Self.reference, "--to", format, "-o", "unused.\(format)"] + option)
        #expect(result.status == .usage)
        #expect(result.error.hasPrefix("sessionplan export: \(option[0]) does not apply to --to \(format): the roster has no times\n"))
    }

    @Test(arguments: ["markdown", "html", "ics", "docx", "xlsx"])
    func theSeparatorIsTheCSVs(format: String) {
        let result = runCLI(["export", Self.reference, "--to", format, "--separator", "tab", "-o", "unused.\(format)"])
        #expect(result.status == .usage)
        #expect(result.output == "")
        #expect(result.error.hasPrefix("sessionplan export: --separator applies only to --to csv: it separates the roster's fields\n"))
    }

    @Test func theSummaryNamesEveryFormat() {
        // What `sessionplan --help` lists for export: the program's formats and the roster's.
        #expect(ExportCommand.spec.summary.en == "write the program as Markdown, HTML, iCalendar or Word, or the roster as CSV or Excel")
        #expect(ExportCommand.spec.summary.ru == "выгрузить программу в Markdown, HTML, iCalendar или Word, а список людей — в CSV или Excel")
    }

    @Test func oneDay() {
        let result = runCLI(["export", Self.reference, "--to", "markdown", "--day", "2021-09-22"])
        #expect(result.status == .success)
        #expect(!result.output.contains("## День 1"))
        #expect(result.output.contains("## День 2 · среда, 22 сентября 2021"))
    }

    @Test func aBrokenFileIsExitStatus1WithItsDiagnostics() {
        let (folder, path) = ExportFixtures.folder(with: "{ \"version\": 1, \"title\": \"x\" ")
        defer { folder.cleanUp() }
        let result = runCLI(["export", path, "--to", "html"])
        #expect(result.status == .invalid)
        #expect(result.output == "")
        #expect(result.error.contains("error:"))
    }

    @Test func aPlanInProgressStillExports() {
        // Groups of two without moderator or collector: an incomplete plan, still published.
        // It breaks the staffing rules, so one line on standard error says what validate would report.
        let text = """
        { "version": 1, "title": "T", "timezone": "Europe/Moscow",
          "days": [ { "date": "2021-09-21", "slots": [ { "start": "09:00", "end": "10:00", "title": "A" } ] } ],
          "directions": [ { "id": "d", "title": "D", "leaders": ["L"],
            "groups": [ { "name": "G", "members": ["A", "B"] } ] } ] }
        """
        let (folder, path) = ExportFixtures.folder(with: text)
        defer { folder.cleanUp() }
        for format in ["markdown", "html", "ics", "csv"] {
            let result = runCLI(["export", path, "--to", format, "--include-groups"])
            #expect(result.status == .success, "\(format): \(result.error)")
            #expect(!result.output.isEmpty)
            #expect(result.error.hasPrefix("sessionplan: validate would report "), "\(format): \(result.error)")
            #expect(result.error.hasSuffix("(sessionplan validate \(path))\n"))
        }
    }

    @Test func outputFileIsWrittenWholeAndNothingElse() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let out = folder.url.appendingPathComponent("program.ics").path
        let result = runCLI(["export", Self.reference, "--to", "ics", "-o", out])
        #expect(result.status == .success)
        #expect(result.output == "")
        #expect(result.error == "written to \(out)\n")
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(written == runCLI(["export", Self.reference, "--to", "ics"]).output)
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["program.ics"])
        // Writing again replaces the file.
        let again = runCLI(["export", Self.reference, "--to", "ics", "--day", "1", "--output", out])
        #expect(again.status == .success)
        #expect(try String(contentsOfFile: out, encoding: .utf8).occurrences(of: "BEGIN:VEVENT") == 11)
    }

    @Test func theInputIsNeverWrittenOverWithoutOverwrite() throws {
        let text = ExportFixtures.referenceText()
        let (folder, path) = ExportFixtures.folder(with: text)
        defer { folder.cleanUp() }
        // By another spelling of the same path, too.
        let relative = runCLI(["export", "session.json", "--to", "markdown", "-o", "./session.json"], directory: folder.url.path)
        #expect(relative.status == .usage)
        #expect(relative.output == "")
        #expect(relative.error == "sessionplan: ./session.json is the input file; it is not written over unless you add --overwrite (or choose another -o file)\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        let allowed = runCLI(["export", path, "--to", "markdown", "-o", path, "--overwrite"])
        #expect(allowed.status == .success)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# Библиотечная"))
    }

    @Test func aFolderThatDoesNotExistIsOneLine() {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let out = folder.url.appendingPathComponent("missing/program.md").path
        let result = runCLI(["export", Self.reference, "--to", "markdown", "-o", out], environment: ExportFixtures.russian)
        #expect(result.status == .usage)
        #expect(result.output == "")
        #expect(result.error.hasPrefix("sessionplan: не удаётся записать \(out): папки "))
        #expect(result.error.occurrences(of: "\n") == 1)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test(.enabled(if: getuid() != 0, "root may write into any folder"))
    func aFolderThatCannotBeWrittenIsOneLine() throws {
        let folder = TemporaryFolder()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.url.path)
            folder.cleanUp()
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.url.path)
        let out = folder.url.appendingPathComponent("program.md").path
        let result = runCLI(["export", Self.reference, "--to", "markdown", "-o", out])
        #expect(result.status == .usage)
        #expect(result.error.hasPrefix("sessionplan: cannot write \(out)"))
        #expect(result.error.occurrences(of: "\n") == 1)
    }

    @Test func helpInBothLanguages() {
        let english = runCLI(["export", "--help"])
        #expect(english.status == .success)
        #expect(english.output.hasPrefix("Usage: sessionplan export FILE --to markdown|html|ics|csv|docx|xlsx [-o OUT]"))
        #expect(english.output.contains("--include-contacts"))
        let russian = runCLI(["help", "export"], environment: ExportFixtures.russian)
        #expect(russian.output.contains("добавить адреса электронной почты и телефоны"))
        #expect(runCLI(["--help"]).output.contains("export"))
    }
}
