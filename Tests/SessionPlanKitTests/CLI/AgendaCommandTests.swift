import Foundation
import Testing
@testable import SessionPlanKit

/// `sessionplan agenda` driven in-process: exit statuses, streams, options.
@Suite struct AgendaCommandTests {
    static let reference = "examples/tochka-kipeniya.json"
    static let russian = ["LANG": "ru_RU.UTF-8"]

    @Test func unknownPersonIsAUsageErrorWithTheClosestNames() {
        let result = runCLI(["agenda", Self.reference, "--person", "Абрамов Елена"], environment: Self.russian)
        #expect(result.status == .usage)
        #expect(result.output == "")
        #expect(result.error.hasPrefix("sessionplan agenda: в сессии нет человека с именем \"Абрамов Елена\"; ближайшие имена: «Абрамова Елена Сергеевна»\nиспользование: sessionplan agenda "))
    }

    @Test(arguments: [
        (["--tz", "Asia/Vladivostk"], "\"Asia/Vladivostk\" is not a known time zone; did you mean \"Asia/Vladivostok\"?"),
        (["--day", "3"], "there is no day 3: the session has 2 days"),
        (["--day", "2021-09-23"], "nothing in the program on 2021-09-23; its dates: 2021-09-21, 2021-09-22"),
        (["--day", "tomorrow"], "--day takes a day number (1, 2, …) or a date YYYY-MM-DD or DD.MM.YYYY, not \"tomorrow\""),
        (["--role", "moderater"], "\"moderater\" is not a role; did you mean \"moderators\"? roles: leaders, moderators, collectors, participants, experts, organizers"),
        (["--direction", "rurl"], "there is no direction \"rurl\"; did you mean \"rural\"? directions: school, rural, model-libraries, creative, social-hub"),
    ])
    func wrongValuesAreOneLineAndExitStatus2(arguments: [String], message: String) {
        let result = runCLI(["agenda", Self.reference] + arguments)
        #expect(result.status == .usage)
        #expect(result.output == "")
        // One line saying what is wrong, then the command's usage line.
        let lines = result.error.split(separator: "\n").map(String.init)
        #expect(lines.first == "sessionplan agenda: \(message)")
        #expect(lines.count == 2 && lines[1].hasPrefix("usage: sessionplan agenda "))
    }

    @Test func aBrokenFilePrintsItsDiagnosticsAndExits1() {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.write("broken.json", "{ \"version\": 1, \"title\": \"x\" ")
        let result = runCLI(["agenda", path])
        #expect(result.status == .invalid)
        #expect(result.output == "")
        #expect(result.error.contains("error:"))
    }

    @Test func aMissingFileIsExitStatus2() {
        let result = runCLI(["agenda", "no-such-file.json"])
        #expect(result.status == .usage)
        #expect(result.error == "sessionplan: no-such-file.json: no such file\n")
    }

    @Test func colourOnlyWhenAskedOrOnATerminal() {
        let always = runCLI(["agenda", Self.reference, "--color", "always", "--day", "1"])
        #expect(always.output.contains("\u{1B}[36m09:00–09:15\u{1B}[0m"))
        #expect(always.output.contains("\u{1B}[1mДень 1 · вторник, 21 сентября 2021 г.\u{1B}[0m"))
        let never = runCLI(["agenda", Self.reference, "--day", "1"])
        #expect(!never.output.contains("\u{1B}["))
        // On a terminal, colour unless NO_COLOR is set.
        func onTerminal(_ environment: [String: String]) -> String {
            let output = CapturedText(), error = CapturedText()
            _ = CLI.run(CommandContext(arguments: ["agenda", Self.reference], environment: environment,
                                       currentDirectory: RepositoryPaths.root.path, readStandardInput: { [] },
                                       standardOutput: output, standardError: error,
                                       standardOutputIsTerminal: true, terminalColumns: 100))
            return output.text
        }
        #expect(onTerminal(["TERM": "xterm"]).contains("\u{1B}[36m"))
        #expect(!onTerminal(["TERM": "xterm", "NO_COLOR": "1"]).contains("\u{1B}["))
    }

    @Test(arguments: [24, 30, 40, 60, 100])
    func linesFitTheWidth(columns: Int) {
        let result = runCLI(["agenda", Self.reference], environment: ["COLUMNS": String(columns)])
        #expect(result.status == .success)
        let limit = max(columns, 13 + AgendaRenderer.minimumTextWidth)
        let longest = result.output.split(separator: "\n").map(\.count).max() ?? 0
        // Only a word longer than the text column (a link) could overflow; the reference session has none in the program.
        #expect(longest <= limit, "a line of \(longest) characters at width \(columns)")
        // Nothing is lost: every word of every title is printed.
        let printed = Set(result.output.split(whereSeparator: \.isWhitespace))
        for word in "Рефлексия стратегической сессии. Круг лидеров направлений, модераторов, участников.".split(separator: " ") {
            #expect(printed.contains(word))
        }
    }

    @Test func widthFromTheTerminalWhenCOLUMNSIsNotSet() {
        let narrow = runCLI(["agenda", Self.reference, "--day", "1"], environment: [:], columns: 50)
        #expect((narrow.output.split(separator: "\n").map(\.count).max() ?? 0) <= 50)
        let wide = runCLI(["agenda", Self.reference, "--day", "1"], environment: [:], columns: nil)
        #expect(wide.output.contains("10:15–12:15  Работа в группах. Формирование образа библиотечной «Точки кипения»\n"))
    }

    @Test func helpInBothLanguages() {
        let english = runCLI(["agenda", "--help"])
        #expect(english.status == .success)
        #expect(english.output.hasPrefix("Usage: sessionplan agenda FILE [--day N|DATE] [--tz ZONE]... [--person NAME]"))
        #expect(english.output.contains("--tz ZONE"))
        let russian = runCLI(["help", "agenda"], environment: Self.russian)
        #expect(russian.output.contains("личная программа этого человека"))
        #expect(runCLI(["--help"]).output.contains("agenda"))
    }

    @Test func severalZonesPutTheSessionsZoneFirst() {
        let result = runCLI(["agenda", Self.reference, "--tz", "Asia/Vladivostok", "--tz", "Asia/Yekaterinburg", "--day", "1"],
                            environment: ["COLUMNS": "100"])
        #expect(result.output.contains("Москва       Владивосток  Екатеринбург\n09:00–09:15  16:00–16:15  11:00–11:15   Приветствие."))
    }
}
