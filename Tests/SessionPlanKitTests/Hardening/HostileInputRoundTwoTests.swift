import Foundation
import Testing
@testable import SessionPlanKit

/// Issue 18: each hostile input of the second security test, scaled down and
/// checked on the size of what comes out (counts, lengths), never on timings.
@Suite struct HostileInputRoundTwoTests {
    // MARK: 1. similar-names: one finding per group of look-alike spellings

    /// 20 × 20 surnames one letter apart from their neighbours: 400 spellings
    /// linked into one group, one finding with a note per spelling (not 80,000 pairs).
    @Test func lookAlikeNamesAreOneFindingPerGroup() {
        let letters = Array("абвгдежзиклмнопрстуф")
        var names: [String] = []
        for a in letters { for b in letters { names.append("Пе\(a)\(b)ов Иван Петрович") } }
        let people = names.map { "{\"name\": \"\($0)\"}" }.joined(separator: ",")
        let text = Plan.session(top: "\"people\": [\(people)],")
        let found = ruleFindings(MarkedSource(text)).filter { $0.code == .similarNames }
        #expect(found.count == 1)
        #expect(found.first?.notes.count == 400)
        #expect(found.first?.message.en.hasPrefix("400 spellings that are probably one person: «Пеааов Иван Петрович», «Пеабов Иван Петрович»") == true)
        #expect(found.first?.message.ru.contains(" и ещё 395; ") == true)
        #expect(found.first?.notes.last?.message.en == "«Пеффов Иван Петрович» differs from «Пеафов Иван Петрович» by one letter: \"Пеффов\": «ф» instead of «а»")
    }

    /// Three spellings: one finding, the per-name wording in the notes.
    @Test func threeSpellingsAreOneFinding() {
        let source = MarkedSource(Plan.session(
            top: #""people": [{"name": 1️⃣"Рогачева Мария Васильевна"}, {"name": 2️⃣"Розачева Мария Васильевна"}, {"name": 3️⃣"Рогачёва Мария Васильевна"}],"#))
        let found = ruleFindings(source).filter { $0.code == .similarNames }
        #expect(found.count == 1)
        #expect(isAt(found.first, source, 2))
        #expect(found.first?.message.ru == "3 написания, вероятно, одного человека: «Рогачева Мария Васильевна», «Розачева Мария Васильевна», «Рогачёва Мария Васильевна»; если это один человек, напишите имя везде одинаково")
        #expect(found.first?.notes.map(\.message.en) == [
            "«Рогачева Мария Васильевна» is first written here",
            "«Розачева Мария Васильевна» differs from «Рогачева Мария Васильевна» by one letter: \"Розачева\": «з» instead of «г»",
            "«Рогачёва Мария Васильевна» differs from «Рогачева Мария Васильевна» only in «ё» written as «е»",
        ])
        #expect(found.first?.notes.last?.location?.line == source.place(3)?.line)
    }

    // MARK: 2. diagnostics: windows of long lines, a cap per code

    /// 3,000 unknown keys on one line: 20 printed, each with a window of the
    /// line, then one line with the count of the rest; JSON says the same.
    @Test func manyFindingsOnOneLineAreCapped() {
        let keys = (0..<3_000).map { "\"k\($0)\": 0" }.joined(separator: ", ")
        let text = "{\"version\": 1, \"title\": \"t\", \"timezone\": \"Europe/Moscow\", \"days\": [], " + keys + "}"
        let file = SourceFile(name: "one-line.json", bytes: Array(text.utf8))
        let diagnostics = SessionLoader.load(file).diagnostics
        #expect(diagnostics.count { $0.code == .unknownKey } == 3_000)
        let printed = DiagnosticTextPrinter(language: .ru, colors: false).renderAll(diagnostics, in: file)
        #expect(printed.count { $0 == "\n" } <= 3 * DiagnosticLimits.findingsPerCode + 10)
        #expect(printed.split(separator: "\n").allSatisfy { $0.count < 400 })
        #expect(printed.contains("one-line.json: error: … и ещё 2\u{00A0}980 таких же [unknown-key]\n"))
        let json = DiagnosticJSONPrinter(language: .en).render([(file, diagnostics)])
        #expect(json.filter { !$0.isWhitespace }.contains("\"omitted\":[{\"code\":\"unknown-key\",\"count\":2980}]"))
    }

    /// The window around a place far into a long line is what the whole-line view showed.
    @Test func excerptWindowMatchesTheWholeLine() throws {
        let line = String(repeating: "абв ", count: 100) + "X" + String(repeating: " где", count: 100)
        let bytes = Array(line.utf8)
        let offset = try #require(bytes.firstIndex(of: UInt8(ascii: "X")))
        let excerpt = try #require(SourceExcerpt(bytes: bytes, offset: offset, width: 120))
        #expect(excerpt.text.count == 122)
        #expect(excerpt.text.hasPrefix("…") && excerpt.text.hasSuffix("…"))
        #expect(Array(excerpt.text)[excerpt.column - 1] == "X")
        let short = try #require(SourceExcerpt(bytes: Array("ab\u{1B}c\nnext".utf8), offset: 3, width: 120))
        #expect(short.text == "ab\u{FFFD}c" && short.column == 4)
    }

    // MARK: 3. terminal injection

    @Test func sanitizerMakesControlsVisible() {
        #expect(OutputSanitizer.clean("a\u{1B}]0;title\u{7}b") == "a\\u{1B}]0;title\\u{7}b")
        #expect(OutputSanitizer.clean("x\u{9B}2J\u{8}\u{7F}\u{0}") == "x\\u{9B}2J\\u{8}\\u{7F}\\u{0}")
        #expect(OutputSanitizer.clean("abc\u{202E}fed\u{2066}") == "abc\\u{202E}fed\\u{2066}")
        #expect(OutputSanitizer.clean("one\rtwo\nthree") == "one\\u{D}two\\u{A}three")
        #expect(OutputSanitizer.clean("one\r\ntwo\nthree\tend", keepingLineFeeds: true) == "one\r\ntwo\nthree\tend")
        #expect(OutputSanitizer.clean("Иванов «Пётр» — ok") == "Иванов «Пётр» — ok")
    }

    /// Keys and titles with ESC, OSC, CSI, C1 and bidi overrides never reach standard error raw.
    @Test func diagnosticsNeverPrintRawControls() {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.write("evil\u{1B}.json", #"{"version": 1, "title": "t\u001b]0;pwned\u0007", "timezone": "Europe/Moscow", "days": [], "\u001b[2J\u009b\u202e": 1}"#)
        let result = runCLI(["validate", path, "--color", "never"])
        #expect(result.status == .invalid)
        #expect(!result.error.unicodeScalars.contains { OutputSanitizer.isUnsafe($0, keepingLineFeeds: true) })
        #expect(result.error.contains("\\u{1B}[2J\\u{9B}\\u{202E}"))
        #expect(result.error.contains("evil\\u{1B}.json"))
    }

    // MARK: 5. registration lists: a stray byte is reported, not re-decoded

    @Test func strayByteInUTF8ListIsReportedWithRowAndColumn() {
        var bytes = Array("ФИО,Направление\nИванова Анна,1\nПетров Пётр,2\n".utf8)
        let row3 = bytes.count - Array("Петров Пётр,2\n".utf8).count
        bytes.insert(0xFF, at: row3 + Array("Петров ".utf8).count)
        let failure = TextDecoding.decode(bytes).failure
        #expect(failure?.code == .rosterEncoding)
        #expect(failure?.location?.line == 3 && failure?.location?.column == 8)
        #expect(failure?.message.en.hasPrefix("byte 0xFF in row 3, character 8 is not UTF-8 text;") == true)
    }

    @Test func windows1251ListIsStillRecognised() throws {
        let decoded = try TextDecoding.decode(windows1251("ФИО;Направление\nИванова Анна;1\n")).get()
        #expect(decoded.encoding == .windows1251)
        #expect(decoded.text == "ФИО;Направление\nИванова Анна;1\n")
    }

    // MARK: 6. linear wrapping and writers

    @Test func longWordIsCutLinearly() {
        let lines = AgendaWrapping.lines(String(repeating: "ж", count: 200_000), width: 80)
        #expect(lines.count == 2_500)
        #expect(lines.allSatisfy { $0.count == 80 })
        // A chain of initials kept with its surname but longer than a line is broken at its spaces.
        let chain = String(repeating: "И. ", count: 50_000) + "Иванов"
        let initials = AgendaWrapping.lines(chain, width: 80)
        #expect(initials.joined(separator: " ") == chain)
        #expect(initials.allSatisfy { $0.count <= 80 })
        #expect(initials.count == 1_852)
    }

    @Test func longNotesEscapeLinearly() {
        let text = String(repeating: "*жирный* <b>текст</b>\n", count: 20_000)
        let escaped = MarkdownEscaping.escapeInline(text)
        #expect(escaped.count == 20_000 * 28 - 1)
        #expect(!escaped.contains("\n"))
    }

    /// Many rows with one problem each: 20 printed with their row, one line for the rest.
    @Test func rosterDiagnosticsAreCapped() {
        let rows = (0..<2_000).map { "Имя \($0),нет" }.joined(separator: "\n")
        let decoded = DecodedText(text: "ФИО,Направление\n" + rows, encoding: .utf8, byteOrderMarkLength: 0)
        var diagnostics: [Diagnostic] = []
        var offset = Array("ФИО,Направление\n".utf8).count
        for row in 0..<2_000 {
            diagnostics.append(.error(.rosterDirection, LocalizedText(en: "unknown direction", ru: "неизвестное направление"),
                                      at: SourceLocation(line: row + 2, column: 2, offset: offset)))
            offset += Array("Имя \(row),нет\n".utf8).count
        }
        let printed = RosterDiagnosticPrinter(fileName: "reg.csv", text: decoded, language: .en, colors: false).renderAll(diagnostics)
        #expect(printed.count { $0 == "\n" } == 3 * DiagnosticLimits.findingsPerCode + 1)
        #expect(printed.hasSuffix("reg.csv: error: … and 1,980 more like these [roster-direction]\n"))
    }

    // MARK: 7–10. output files

    @Test func contactsAreWrittenForTheOwnerOnly() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let privatePath = folder.url.appendingPathComponent("roster.csv").path
        #expect(throws: Never.self) { try OutputFile.write("a", to: privatePath, overwrite: false, inputPaths: [], isPrivate: true).get() }
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: privatePath)[.posixPermissions] as? NSNumber)
        #expect(mode.intValue & 0o077 == 0)
    }

    @Test func replacedFileLosesSetuid() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.write("out.md", "old")
        #expect(chmod(path, 0o4755) == 0)
        #expect(throws: Never.self) { try OutputFile.write("new", to: path, overwrite: false, inputPaths: []).get() }
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)
        #expect(mode.intValue == 0o755)
    }

    @Test func pathEndingInSlashIsRefused() {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.write("f.html", "old")
        #expect(OutputFile.write("new", to: path + "/", overwrite: true, inputPaths: []).failure == .trailingSlash(path + "/"))
        #expect(FileManager.default.contents(atPath: path) == Data("old".utf8))
    }

    /// A link someone else planted in a sticky folder is not followed (needs root to plant one in a test).
    @Test func foreignLinkInStickyFolderIsRefused() throws {
        guard getuid() == 0 else { return }
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let shared = folder.url.appendingPathComponent("shared").path
        #expect(mkdir(shared, 0o777) == 0 && chmod(shared, 0o1777) == 0)
        let victim = folder.write("victim.txt", "precious")
        let link = shared + "/out.md"
        #expect(symlink(victim, link) == 0)
        #expect(lchown(link, 65_534, 65_534) == 0)
        #expect(OutputFile.write("new", to: link, overwrite: true, inputPaths: []).failure == .foreignLink(link))
        #expect(FileManager.default.contents(atPath: victim) == Data("precious".utf8))
    }

    @Test func temporaryPathIsKeptForTheSignalHandler() {
        TemporaryFileCleanup.register("/tmp/.x.sessionplan-1.tmp")
        #expect(String(cString: TemporaryFileCleanup.buffer) == "/tmp/.x.sessionplan-1.tmp")
        TemporaryFileCleanup.clear()
        #expect(TemporaryFileCleanup.buffer[0] == 0)
    }

    @Test func groupsFromStandardInputNeedOverwriteToReplaceAFile() {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let session = folder.write("session.json", "{}")
        let result = runCLI(["groups", "-", "--roster", "reg.csv", "-o", "session.json"],
                            input: Plan.session(), directory: folder.url.path)
        _ = session
        // The roster does not exist here; what matters is that session.json is untouched whatever happens.
        #expect(result.status != .success)
        #expect(FileManager.default.contents(atPath: folder.url.appendingPathComponent("session.json").path) == Data("{}".utf8))
        #expect(OutputFile.write("x", to: "session.json", overwrite: false, inputPaths: ["-"], existing: .replaceWithOverwrite,
                                 relativeTo: folder.url.path).failure == .mayBeStandardInput("session.json"))
    }
}

/// The other printing paths: a path with ESC in the summary lines of agenda and export.
@Suite struct ConsoleSanitizingTests {
    @Test func summaryLinesCleanThePath() {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.write("plan\u{1B}[2J.json", Plan.session(directions: []))
        for command in [["agenda", path], ["export", path, "--to", "markdown"], ["stats", path]] {
            let result = runCLI(command + ["--color", "never"])
            #expect(!result.error.unicodeScalars.contains { OutputSanitizer.isUnsafe($0, keepingLineFeeds: true) }, "\(command)")
            #expect(!result.output.unicodeScalars.contains { $0 == "\u{1B}" }, "\(command)")
        }
    }
}

/// JSON output (validate --format json, the session groups writes) escapes the invisible controls too.
@Suite struct JSONWriterControlTests {
    @Test func invisibleControlsAreEscaped() {
        #expect(JSONWriter.string(.string("a\u{7F}b\u{9B}c\u{202E}d\u{2066}e\u{061C}f\u{1B}")) == "\"a\\u007fb\\u009bc\\u202ed\\u2066e\\u061cf\\u001b\"\n")
        #expect(JSONWriter.string(.string("Иванов «Пётр» — \u{2014}")) == "\"Иванов «Пётр» — —\"\n")
    }
}
