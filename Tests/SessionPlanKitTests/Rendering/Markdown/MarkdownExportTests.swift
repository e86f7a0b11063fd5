import Foundation
import Testing
@testable import SessionPlanKit

/// `export --to markdown`: reviewed golden files, inert text through a real CommonMark renderer, privacy.
@Suite struct MarkdownExportTests {
    @Test func referenceSession() {
        let result = runCLI(["export", ExportFixtures.reference, "--to", "markdown"], environment: ExportFixtures.russian)
        #expect(result.status == .success)
        #expect(result.error == "")
        ExportGolden.check(result.output, against: "tochka-kipeniya.md")
    }

    @Test func englishSession() {
        let result = runCLI(["export", "examples/english.json", "--to", "markdown"])
        #expect(result.status == .success)
        ExportGolden.check(result.output, against: "english.md")
    }

    @Test func theRoleModelHasTheSessionsGroupSize() throws {
        let text = ExportFixtures.referenceText()
            .replacingOccurrences(of: "\"notes\": [", with: "\"rules\": {\"groupSize\": {\"min\": 3, \"max\": 21}},\n  \"notes\": [")
        let (folder, path) = ExportFixtures.folder(with: text)
        defer { folder.cleanUp() }
        let result = runCLI(["export", path, "--to", "markdown"])
        #expect(result.status == .success)
        #expect(result.output.contains("в ней от 3 до 21 участника, не считая модератора и сборщика."))
    }

    @Test(.enabled(if: CMarkGFM.isAvailable, "cmark-gfm is not installed; the Markdown rendering test is skipped"))
    func hostileTextStaysInert() throws {
        let (folder, path) = ExportFixtures.folder(with: ExportFixtures.hostileSession())
        defer { folder.cleanUp() }
        let result = runCLI(["export", path, "--to", "markdown"])
        #expect(result.status == .success)
        let html = try CMarkGFM.render(result.output)
        for markup in ["<em>", "<a ", "<script", "<code>", "<ol", "<hr", "<blockquote"] {
            #expect(!html.contains(markup), "\(markup) in:\n\(html)")
        }
        #expect(html.occurrences(of: "<h1>") == 1)
        // One day heading, the notes, directions and role headings; no title became a heading.
        #expect(html.occurrences(of: "<h2>") == 4)
        // The table kept its three columns in every row: a `|` in a title stays in its cell.
        #expect(html.occurrences(of: "<tr>") == 4)
        #expect(html.occurrences(of: "<td>") == 9)
        // The text itself is all there, as text.
        let shown = "| *a* _b_ [x](http://e) &lt;script&gt;alert(1)&lt;/script&gt; `c` # ; , \\"
        #expect(html.contains("1. " + shown))
        #expect(html.contains("- " + shown))
        #expect(html.contains("# " + shown))
    }

    @Test func publicByDefault() {
        let plain = runCLI(["export", ExportFixtures.reference, "--to", "markdown"]).output
        for secret in [ExportFixtures.member, ExportFixtures.moderator, ExportFixtures.room, ExportFixtures.email,
                       ExportFixtures.phone] {
            #expect(!plain.contains(secret), "\(secret) without the flags")
        }
        let groups = runCLI(["export", ExportFixtures.reference, "--to", "markdown", "--include-groups"]).output
        #expect(groups.contains(ExportFixtures.member))
        #expect(groups.contains(ExportFixtures.moderator))
        #expect(groups.contains("<https://" + ExportFixtures.room + ">"))
        #expect(!groups.contains(ExportFixtures.email))
        let contacts = runCLI(["export", ExportFixtures.reference, "--to", "markdown", "--include-contacts"]).output
        #expect(contacts.contains("Бимурзаев Д. С. (host@example.org, +7 900 000-00-01)"))
        #expect(!contacts.contains(ExportFixtures.member))
    }

    @Test func aPersonsProgram() {
        let result = runCLI(["export", ExportFixtures.reference, "--to", "markdown", "--person", "Доргунова"],
                            environment: ExportFixtures.russian)
        #expect(result.status == .success)
        #expect(result.output.contains("**Программа: Доргунова Надежда Анатольевна — выступает в программе**"))
        #expect(!result.output.contains("Круг лидеров направлений и модераторов"))
        #expect(!result.output.contains("## Направления"))
    }
}
