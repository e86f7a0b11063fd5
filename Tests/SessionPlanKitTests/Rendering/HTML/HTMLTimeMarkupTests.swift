import Foundation
import Testing
@testable import SessionPlanKit

/// A `<time>` per time, with its date and offset: a range is not a time the W3C validator accepts.
@Suite struct HTMLTimeMarkupTests {
    @Test func eachEndOfASlotIsItsOwnTime() {
        let json = """
            { "version": 1, "title": "T", "timezone": "Europe/Moscow",
              "days": [ { "date": "2021-09-21", "slots": [ { "start": "09:00", "end": "09:15", "title": "A" },
                                                             { "start": "23:30", "end": "23:55", "title": "B" } ] } ] }
            """
        let (folder, path) = ExportFixtures.folder(with: json)
        defer { folder.cleanUp() }
        let html = runCLI(["export", path, "--to", "html"]).output
        #expect(html.contains("<time datetime=\"2021-09-21T09:00+03:00\">09:00</time>–<time datetime=\"2021-09-21T09:15+03:00\">09:15</time>"), "\(html)")
        #expect(!html.contains("<time>"))
        let vladivostok = runCLI(["export", path, "--to", "html", "--tz", "Asia/Vladivostok"]).output
        #expect(vladivostok.contains("<time datetime=\"2021-09-22T06:30+10:00\">06:30</time>"), "\(vladivostok)")
    }

    @Test func offsetsAreWrittenAsHTMLWantsThem() {
        #expect(HTMLTime.offset(0) == "Z")
        #expect(HTMLTime.offset(3 * 3600) == "+03:00")
        #expect(HTMLTime.offset(-4 * 3600) == "-04:00")
        #expect(HTMLTime.offset(19_800) == "+05:30")
    }
}
