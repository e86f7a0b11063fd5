import Foundation
import Testing

/// The built `sessionplan agenda` as a process: what goes to which stream, and the exit statuses.
@Suite(.enabled(if: BuiltExecutable.url != nil, "the sessionplan executable is not built"))
struct AgendaEndToEndTests {
    @Test func theProgramGoesToStandardOutputOnly() throws {
        let run = try BuiltExecutable.run(["agenda", "examples/english.json", "--day", "2"],
                                          environment: ["LANG": "C.UTF-8", "COLUMNS": "80", "PATH": "/usr/bin:/bin"])
        #expect(run.status == 0)
        #expect(run.error == "")
        #expect(run.output.hasPrefix("The Library as a Meeting Point: Shared and Distinct\n"))
        #expect(run.output.contains("Day 2 · Saturday, 27 March 2021\n"))
        #expect(!run.output.contains("Day 1 ·"))
        #expect(!run.output.contains("\u{1B}["))   // a pipe is not a terminal
    }

    @Test func fromStandardInput() throws {
        let text = try String(contentsOf: RepositoryPaths.examples.appendingPathComponent("tochka-kipeniya.json"), encoding: .utf8)
        let run = try BuiltExecutable.run(["agenda", "-", "--role", "collectors", "--tz", "Asia/Vladivostok"], input: text)
        #expect(run.status == 0)
        #expect(run.output.contains("время владивостокское (Asia/Vladivostok, UTC+10)"))
        #expect(run.output.contains("Программа для сборщиков"))
        #expect(!run.output.contains("закрытая встреча"))
    }

    @Test func aWrongNameIsExitStatus2OnStandardError() throws {
        let run = try BuiltExecutable.run(["agenda", "examples/tochka-kipeniya.json", "--person", "Орлва", "--lang", "ru"])
        #expect(run.status == 2)
        #expect(run.output == "")
        #expect(run.error.hasPrefix("sessionplan agenda: в сессии нет человека с именем \"Орлва\"; ближайшие имена: «Орлова Надежда Павловна»\n"))
    }
}
