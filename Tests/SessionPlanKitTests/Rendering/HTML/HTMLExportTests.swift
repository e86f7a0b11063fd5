import Foundation
import Testing
@testable import SessionPlanKit

/// `export --to html`: one self-contained, escaped page with a timeline per day.
@Suite struct HTMLExportTests {
    @Test func referenceSession() {
        let result = runCLI(["export", ExportFixtures.reference, "--to", "html"], environment: ExportFixtures.russian)
        #expect(result.status == .success)
        #expect(result.error == "")
        ExportGolden.check(result.output, against: "tochka-kipeniya.html")
    }

    @Test func selfContainedPhoneAndPrint() {
        let html = runCLI(["export", ExportFixtures.reference, "--to", "html", "--include-groups"]).output
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ru\">"))
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        for outside in ["<script", "<link", "<img", "src=", "url(", "@import", "<iframe"] {
            #expect(!html.contains(outside), "\(outside) in the page")
        }
        // The only links: the registration and, with groups, the rooms.
        #expect(html.occurrences(of: "<a href=\"https://leader-id.ru/events/226558\">") == 1)
        #expect(html.occurrences(of: "<a href=") == 11)
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains(".day + .day, .about { break-before: page; }"))
        #expect(html.occurrences(of: "<section class=\"day\">") == 2)
    }

    @Test func theTimelineIsToScale() throws {
        let session = try #require(SessionLoader.load(RepositoryPaths.example("tochka-kipeniya.json")).session)
        let view = try ProgramView(session: session)
        let timeline = HTMLTimeline(entries: view.days[0].entries)
        // Day 1 runs 09:00–13:45: 285 minutes; the group work 10:15–12:15 is 120 of them.
        #expect(timeline.span == 285)
        #expect(timeline.laneCount == 1)
        let groupWork = try #require(timeline.segments.first { view.days[0].entries[$0.entry].slot.kind == .groupWork })
        #expect(groupWork.left == 75 * 10_000 / 285)
        #expect(groupWork.width == 120 * 10_000 / 285)
        #expect(HTMLTimeline.percent(groupWork.width) == "42.10%")
        let html = timeline.html(label: "x", language: .ru)
        #expect(html.contains("<span class=\"seg k-group-work\" style=\"left:26.31%;width:42.10%\""))
        #expect(html.contains("<li><span class=\"swatch k-group-work\"></span>работа в группах</li>"))
    }

    @Test func overlappingSlotsGetTheirOwnLanes() throws {
        let text = """
        { "version": 1, "title": "T", "timezone": "Europe/Moscow",
          "days": [ { "date": "2021-09-21", "slots": [
            { "start": "09:00", "end": "10:00", "title": "A", "kind": "talk" },
            { "start": "09:30", "end": "10:30", "title": "B", "kind": "meeting" },
            { "start": "10:00", "end": "11:00", "title": "C", "kind": "talk" } ] } ] }
        """
        let loaded = SessionLoader.load(SourceFile(name: "t.json", bytes: Array(text.utf8)))
        let session = try #require(loaded.session)
        let timeline = HTMLTimeline(entries: try ProgramView(session: session).days[0].entries)
        #expect(timeline.laneCount == 2)
        #expect(timeline.segments.map(\.lane) == [0, 1, 0])
    }

    @Test func hostileTextIsEscaped() {
        let (folder, path) = ExportFixtures.folder(with: ExportFixtures.hostileSession())
        defer { folder.cleanUp() }
        let result = runCLI(["export", path, "--to", "html"])
        #expect(result.status == .success)
        let html = result.output
        #expect(!html.contains("<script"))
        #expect(!html.contains("<a "))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        // In attributes the quotes are escaped too: the timeline's tooltips.
        #expect(html.contains("title=\"09:00–09:15 1. | *a* _b_ [x](http://e) &lt;script&gt;"))
    }

    @Test func publicByDefault() {
        let plain = runCLI(["export", ExportFixtures.reference, "--to", "html"]).output
        for secret in [ExportFixtures.member, ExportFixtures.moderator, ExportFixtures.room, ExportFixtures.email,
                       ExportFixtures.phone] {
            #expect(!plain.contains(secret), "\(secret) without the flags")
        }
        let both = runCLI(["export", ExportFixtures.reference, "--to", "html", "--include-groups", "--include-contacts"]).output
        for secret in [ExportFixtures.member, ExportFixtures.moderator, ExportFixtures.room, ExportFixtures.email,
                       ExportFixtures.phone] {
            #expect(both.contains(secret), "\(secret) with the flags")
        }
    }
}
