import Foundation
import Testing
@testable import SessionPlanKit

/// `export --role` and `export --direction`: the same filters as `agenda`, in every format.
@Suite struct ExportFilterTests {
    static let reference = ExportFixtures.reference

    @Test(arguments: ExportCommand.Format.allCases.filter { !$0.isBinary })
    func moderatorsProgramInEveryFormat(format: ExportCommand.Format) {
        let options = format == .csv ? ["--include-groups"] : []
        let result = runCLI(["export", Self.reference, "--to", format.rawValue, "--role", "moderators"] + options,
                            environment: ExportFixtures.russian)
        #expect(result.status == .success)
        #expect(result.error == "")
        ExportGolden.check(result.output, against: "role-moderators.\(format.fileExtension)")
    }

    @Test(arguments: ExportCommand.Format.allCases.filter { !$0.isBinary })
    func directionProgramInEveryFormat(format: ExportCommand.Format) {
        let result = runCLI(["export", Self.reference, "--to", format.rawValue, "--direction", "rural", "--include-groups"],
                            environment: ExportFixtures.russian)
        #expect(result.status == .success)
        #expect(result.error == "")
        ExportGolden.check(result.output, against: "direction-rural.\(format.fileExtension)")
    }

    @Test func theRoleProgramSaysWhoseItIsAndKeepsOnlyItsSlots() {
        let whole = runCLI(["export", Self.reference, "--to", "markdown"]).output
        let participants = runCLI(["export", Self.reference, "--to", "markdown", "--role", "participant"]).output
        #expect(participants.contains("**Программа для участников**"))
        #expect(!whole.contains("Программа для участников"))
        // The leaders' and moderators' circle is not in the participants' program.
        #expect(participants.components(separatedBy: "\n| ").count < whole.components(separatedBy: "\n| ").count)
    }

    @Test func theDirectionProgramShowsOnlyThatDirection() {
        let result = runCLI(["export", Self.reference, "--to", "markdown", "--direction", "rural"])
        #expect(result.status == .success)
        #expect(result.output.contains("**Программа направления 2 "))
        #expect(result.output.components(separatedBy: "\n### Направление ").count == 2)
    }

    @Test func theRosterOfARoleHasOnlyThatRole() {
        let result = runCLI(["export", Self.reference, "--to", "csv", "--role", "leaders"])
        let rows = result.output.split(separator: "\r\n").dropFirst()
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.contains(";лидер направления;") })
    }

    @Test(arguments: [
        (["--role", "moderatr"], "\"moderatr\" is not a role; did you mean \"moderators\"? roles: leaders, moderators, collectors, participants, experts, organizers"),
        (["--direction", "rurl"], "there is no direction \"rurl\"; did you mean \"rural\"? directions: "),
    ])
    func wrongFiltersAreExitStatus2(arguments: [String], message: String) {
        for format in ExportCommand.Format.allCases {
            let result = runCLI(["export", Self.reference, "--to", format.rawValue] + arguments)
            #expect(result.status == .usage)
            #expect(result.output == "")
            #expect(result.error.hasPrefix("sessionplan export: " + message))
        }
    }

    @Test func theUsageLineComesFromTheDeclaredOptions() {
        #expect(ExportCommand.spec.usageLine == "sessionplan export FILE --to markdown|html|ics|csv|docx|xlsx [-o OUT] [--overwrite] [--day N|DATE] [--tz ZONE] [--person NAME] [--role ROLE] [--direction ID|N] [--separator comma|semicolon|tab] [--include-groups] [--include-contacts] [--include-links] [--previous OLD.json]")
        #expect(AgendaCommand.spec.usageLine == "sessionplan agenda FILE [--day N|DATE] [--tz ZONE]... [--person NAME] [--role ROLE] [--direction ID|N] [--include-links]")
        #expect(ValidateCommand.spec.usageLine == "sessionplan validate [--strict] [--format text|json] FILE...")
        #expect(InitCommand.spec.usageLine == "sessionplan init [FILE] [--in-person] [--lang ru|en]")
        #expect(GroupsCommand.spec.usageLine == "sessionplan groups FILE --roster REGISTRATIONS.csv|.xlsx [-o OUT] [--overwrite] [--drop-unregistered]")
    }
}

extension ExportCommand.Format {
    /// The golden file's extension for this format.
    var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .html: "html"
        case .ics: "ics"
        case .csv: "csv"
        case .docx: "docx"
        case .xlsx: "xlsx"
        }
    }
}
