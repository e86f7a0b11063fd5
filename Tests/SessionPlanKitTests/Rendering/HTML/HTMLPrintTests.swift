import Foundation
import Testing
@testable import SessionPlanKit

/// The HTML export printed: a day longer than an A4 page repeats its heading on every page,
/// and no slot or leader's statement is split between two pages.
@Suite struct HTMLPrintTests {
    static let dayOne = "День 1 · вторник, 21 сентября 2021 г."
    static let dayTwo = "День 2 · среда, 22 сентября 2021 г."

    /// Day 1 has 40 slots of three speakers and a note each: several A4 pages; day 2 has two.
    static func longDay() -> String {
        func slot(_ number: Int) -> String {
            let start = 9 * 60 + (number - 1) * 15, end = start + 15
            func time(_ minutes: Int) -> String { String(format: "%02d:%02d", minutes / 60, minutes % 60) }
            let speakers = (1...3).map { "\"Докладчик \(number)-\($0)\"" }.joined(separator: ", ")
            return #"{"start": "\#(time(start))", "end": "\#(time(end))", "title": "Пункт номер \#(number): опыт библиотек региона", "#
                + #""kind": "talk", "speakers": [\#(speakers)], "notes": "Подробности пункта, которые занимают место на странице."}"#
        }
        let people = (1...40).flatMap { number in
            (1...3).map { #"{"name": "Докладчик \#(number)-\#($0)", "position": "директор библиотеки"}"# }
        }
        return #"{"version": 1, "title": "Длинный день", "timezone": "Europe/Moscow", "people": [\#(people.joined(separator: ", "))], "#
            + #""days": [{"date": "2021-09-21", "slots": [\#((1...40).map(slot).joined(separator: ", "))]}, "#
            + #"{"date": "2021-09-22", "slots": [\#(slot(1)), \#(slot(2))]}]}"#
    }

    static func exported(_ session: String) -> String {
        let (folder, path) = ExportFixtures.folder(with: session)
        defer { folder.cleanUp() }
        let result = runCLI(["export", path, "--to", "html"], environment: ExportFixtures.russian)
        #expect(result.status == .success, "\(result.error)")
        return result.output
    }

    /// The markup and style that make print repeat the heading and keep slots and statements whole.
    @Test func theDayHeadingIsATableHeader() {
        let html = Self.exported(Self.longDay())
        // The heading as printed: «21 сентября» and «2021 г.» joined by no-break spaces.
        let heading = "День 1 · вторник, 21\u{A0}сентября 2021\u{A0}г."
        #expect(html.contains("<table class=\"day-pages\" role=\"presentation\">\n<thead><tr><th><h2>" + heading
                              + "</h2></th></tr></thead>\n<tbody><tr><td>\n"))
        #expect(html.occurrences(of: "<thead>") == 2)
        #expect(html.occurrences(of: "</td></tr></tbody>\n</table>\n</section>\n") == 2)
        #expect(html.contains(".day-pages thead { display: table-header-group; }"))
        #expect(html.contains("border-bottom: 1px solid #edf2f7; break-inside: avoid; }"), "a slot stays on one page")
        #expect(html.contains("blockquote { break-inside: avoid; }"), "a leader's statement stays on one page")
    }

    @Test(.enabled(if: Chromium.path != nil && Chromium.pdftotext != nil,
                   "chromium or pdftotext (poppler-utils) is not installed: the page is not printed"))
    func everyPageOfALongDayHasItsHeading() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let page = URL(fileURLWithPath: folder.write("program.html", Self.exported(Self.longDay())))
        let pages = try Chromium.printedPages(of: page, in: folder)
        let dayTwoPage = try #require(pages.firstIndex { $0.contains(Self.dayTwo) }, "\(pages)")
        #expect(dayTwoPage >= 3, "day 1 should take several pages")
        for (index, text) in pages[..<dayTwoPage].enumerated() {
            #expect(text.contains(Self.dayOne), "page \(index + 1) has no heading:\n\(text.prefix(300))")
        }
        // A slot's title and its last speaker are on the same page.
        for number in 1...40 {
            let title = pages.indices.filter { pages[$0].contains("Пункт номер \(number):") && $0 < dayTwoPage }
            let last = pages.indices.filter { pages[$0].contains("Докладчик \(number)-3") && $0 < dayTwoPage }
            #expect(title.count == 1 && title == last, "slot \(number): title on pages \(title), last speaker on \(last)")
        }
    }
}
