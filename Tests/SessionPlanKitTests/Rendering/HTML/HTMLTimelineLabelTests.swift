import Foundation
import Testing
@testable import SessionPlanKit

/// The timeline's slot numbers stay readable on a phone: a slot too short for its number
/// («10» in a 5-minute segment a few pixels wide) has it above the lane instead.
@Suite struct HTMLTimelineLabelTests {
    static func dayOne() throws -> HTMLTimeline {
        let session = try #require(SessionLoader.load(RepositoryPaths.example("tochka-kipeniya.json")).session)
        return HTMLTimeline(entries: try ProgramView(session: session).days[0].entries)
    }

    /// Day 1 of the reference session, 285 minutes: the 5- and 10-minute slots 2, 5, 6, 8 and 10
    /// are too narrow; 5 and 6 are neighbours, so 6 goes one row up.
    @Test func shortSlotsHaveTheirNumberAbove() throws {
        let timeline = try Self.dayOne()
        let callouts = timeline.callouts(inLane: 0)
        #expect(callouts.map(\.number) == [2, 5, 6, 8, 10])
        #expect(callouts.map(\.row) == [0, 0, 1, 0, 0])
        let html = timeline.html(label: "x", language: .ru)
        #expect(html.hasPrefix("<div class=\"timeline\" role=\"img\" aria-label=\"x\">\n<div class=\"callouts\"><span class=\"k-break\""))
        #expect(html.contains(">10</span></div>\n<div class=\"lane\">"))
        // Inside its segment a number appears only when it fits: the five short segments are empty.
        let lanes = try #require(html.components(separatedBy: "<div class=\"ticks\"").first)
        #expect(lanes.occurrences(of: "\"></span>") == 5)
        #expect(lanes.contains("\">1</span><span class=\"seg k-briefing\""))
        for number in [2, 5, 6, 8, 10] {
            let segment = try #require(timeline.segments.first { $0.number == number })
            #expect(segment.width < HTMLTimeline.labelWidth(number))
        }
    }

    /// A segment without a colour is white on white: its number, inside or above, cannot be seen.
    @Test(arguments: SlotKind.allCases) func everyKindHasAColour(kind: SlotKind) {
        #expect(HTMLRenderer.style.contains(".k-\(kind.rawValue) { --k: #"))
    }

    /// Twelve 5-minute slots in a row: four rows at most, none overlapping in its row.
    @Test func manyShortSlotsAreBounded() throws {
        let slots = (0..<12).map { index in
            let start = 9 * 60 + index * 5
            return #"{"start": "\#(String(format: "%02d:%02d", start / 60, start % 60))", "#
                + #""end": "\#(String(format: "%02d:%02d", (start + 5) / 60, (start + 5) % 60))", "title": "Блиц \#(index + 1)", "kind": "talk"}"#
        } + [#"{"start": "10:00", "end": "18:00", "title": "Работа", "kind": "group-work"}"#]
        let text = #"{"version": 1, "title": "T", "timezone": "Europe/Moscow", "days": [{"date": "2021-09-21", "slots": [\#(slots.joined(separator: ", "))]}]}"#
        let session = try #require(SessionLoader.load(SourceFile(name: "t.json", bytes: Array(text.utf8))).session)
        let timeline = HTMLTimeline(entries: try ProgramView(session: session).days[0].entries)
        let callouts = timeline.callouts(inLane: 0)
        #expect(Set(callouts.map(\.row)) == [0, 1, 2, 3])
        for row in 0..<HTMLTimeline.calloutRowLimit {
            let inRow = callouts.filter { $0.row == row }
            for (a, b) in zip(inRow, inRow.dropFirst()) {
                #expect(b.center - a.center >= (HTMLTimeline.labelWidth(a.number) + HTMLTimeline.labelWidth(b.number)) / 2)
            }
        }
    }

    /// Measures, in the browser, every number of the timeline: not cut, inside the page,
    /// not overlapping another; and which numbers are shown. Posts one line per finding.
    static let measuring = """
        <script>
        addEventListener('load', () => {
          const out = [];
          const shown = [];
          for (const label of document.querySelectorAll('.seg, .callouts span')) {
            if (!label.textContent) continue;
            shown.push(label.textContent);
            if (label.scrollWidth > label.clientWidth) out.push('cut ' + label.textContent);
            const box = label.getBoundingClientRect();
            if (box.left < 0 || box.right > document.documentElement.clientWidth) out.push('outside ' + label.textContent);
          }
          for (const row of document.querySelectorAll('.callouts')) {
            const boxes = [...row.children].map(span => span.getBoundingClientRect());
            for (let i = 1; i < boxes.length; i++) {
              if (boxes[i].left < boxes[i - 1].right) out.push('overlap ' + row.children[i].textContent);
            }
          }
          out.push('shown ' + shown.join(','));
          parent.postMessage(out.join('\\n'), '*');
        });
        </script>
        """

    @Test(.enabled(if: Chromium.path != nil, "chromium is not installed: the timeline is not measured at 390 px"),
          arguments: ["tochka-kipeniya.json", "in-person.json"])
    func everyNumberIsReadableAt390Pixels(example: String) throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let result = runCLI(["export", "examples/" + example, "--to", "html"], environment: ExportFixtures.russian)
        #expect(result.status == .success)
        let page = folder.write("program.html", result.output.replacingOccurrences(of: "</body>", with: Self.measuring + "</body>"))
        let measured = try Chromium.measured(URL(fileURLWithPath: page), width: 390, in: folder)
        let lines = measured.components(separatedBy: "\n")
        #expect(lines.count == 1, "\(measured)")
        // Every slot's number is shown, inside its segment or above it.
        let session = try #require(SessionLoader.load(RepositoryPaths.example(example)).session)
        let expected = try ProgramView(session: session).days.flatMap { day in (0..<day.entries.count).map { String($0 + 1) } }
        let shown = try #require(lines.last?.hasPrefix("shown ") == true ? lines.last?.dropFirst(6) : nil, "\(measured)")
        #expect(shown.split(separator: ",").map(String.init).sorted() == expected.sorted())
    }
}
