import Testing
@testable import SessionPlanKit

/// The agenda as organizers see it, compared with reviewed golden files.
@Suite struct AgendaGoldenTests {
    static let russian = ["LANG": "ru_RU.UTF-8", "COLUMNS": "80"]

    @Test func referenceSessionInRussian() {
        let result = runCLI(["agenda", "examples/tochka-kipeniya.json"], environment: Self.russian)
        #expect(result.status == .success)
        #expect(result.error == "")
        AgendaGolden.check(result.output, against: "tochka-kipeniya.txt")
    }

    @Test func englishSession() {
        let result = runCLI(["agenda", "examples/english.json"], environment: ["LANG": "en_US.UTF-8", "COLUMNS": "80"])
        #expect(result.status == .success)
        AgendaGolden.check(result.output, against: "english.txt")
    }

    @Test func moderatorsOwnProgram() {
        let result = runCLI(["agenda", "examples/tochka-kipeniya.json", "--person", "Ушакова Нина Константиновна"],
                            environment: Self.russian)
        #expect(result.status == .success)
        AgendaGolden.check(result.output, against: "person-moderator.txt")
    }

    @Test func twoTimeZones() {
        let result = runCLI(["agenda", "examples/tochka-kipeniya.json", "--tz", "Asia/Vladivostok", "--tz", "Europe/Moscow"],
                            environment: Self.russian)
        #expect(result.status == .success)
        AgendaGolden.check(result.output, against: "tz-vladivostok-moscow.txt")
    }

    @Test func directionProgram() {
        let result = runCLI(["agenda", "examples/tochka-kipeniya.json", "--direction", "rural", "--day", "2"],
                            environment: Self.russian)
        #expect(result.status == .success)
        AgendaGolden.check(result.output, against: "direction-rural-day-2.txt")
    }
}
