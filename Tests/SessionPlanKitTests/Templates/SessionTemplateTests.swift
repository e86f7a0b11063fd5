import Foundation
import Testing
@testable import SessionPlanKit

@Suite struct SessionTemplateTests {
    private let firstDay = CalendarDate(year: 2021, month: 9, day: 21)!   // a literal, valid date

    @Test(arguments: Language.allCases)
    func templateLoadsWithoutErrors(language: Language) throws {
        let text = JSONWriter.string(SessionTemplate.session(language: language, firstDay: firstDay))
        let loaded = SessionLoader.load(SourceFile(name: "template.json", bytes: Array(text.utf8)))
        let session = try #require(loaded.session)
        #expect(loaded.diagnostics.errorCount == 0, "\(loaded.diagnostics.map(\.message.en))")
        // Only the placeholders are pointed out (warnings: `validate` passes).
        #expect(loaded.diagnostics.allSatisfy { $0.code == .templatePlaceholder }, "\(loaded.diagnostics.map(\.message.en))")
        #expect(session.language == language)
        #expect(session.days.map(\.date.description) == ["2021-09-21", "2021-09-22"])
        #expect(session.registration?.deadline?.description == "2021-09-17T23:59")
        let kinds = Set(session.days.flatMap(\.slots).map(\.kind))
        #expect(kinds.isSuperset(of: [.opening, .talk, .briefing, .groupWork, .presentation, .plenary, .closing, .meeting, .reflection]))
        let meeting = try #require(session.days[0].slots.last)
        #expect(meeting.closed && meeting.audience == [.leaders, .moderators])
        let reflection = try #require(session.days[1].slots.last)
        #expect(reflection.kind == .reflection && reflection.optional == [.participants])
        let group = try #require(session.directions.first?.groups.first)
        #expect(group.moderator != nil && group.collector != nil)
        #expect(session.rules.groupSize.contains(group.members.count))
        // Complete in shape: all it still misses is real people for the template's names.
        let statistics = SessionStatistics(session)
        #expect(statistics.missing.count == 1)
        guard case .templateNames(let count, _)? = statistics.missing.first else { Issue.record("\(statistics.missing)"); return }
        #expect(count == 11)
    }

    @Test func placeholderNamesAreDistinctWords() {
        for language in Language.allCases {
            let text = JSONWriter.string(SessionTemplate.session(language: language, firstDay: firstDay))
            guard case .success(let root) = JSONReader.parse(text), let session = SessionBuilder.build(root).0 else {
                Issue.record("template does not build")
                continue
            }
            let members = session.directions.flatMap(\.groups).flatMap(\.members).map(\.name)
            // No two placeholder names one letter apart (the similar-names check would warn).
            for (i, a) in members.enumerated() {
                for b in members[(i + 1)...] { #expect(EditDistance.distance(a, b) > 1, "\(a) / \(b)") }
            }
        }
    }

    /// Started on 4 December 2026, a template fell on 5–6 January, in the New Year holidays.
    @Test(arguments: [
        ((2026, 12, 4), (2027, 1, 12)),   // 5 January is a holiday: a week later
        ((2026, 10, 2), (2026, 11, 10)),  // the Wednesday of 3–4 November is 4 November
        ((2028, 2, 4), (2028, 3, 14)),    // 7–8 March 2028: the Wednesday is 8 March
        ((2026, 8, 14), (2026, 9, 15)),   // no holiday near: the first Tuesday four weeks on
    ])
    func firstDayAvoidsRussiasPublicHolidays(today: (Int, Int, Int), expected: (Int, Int, Int)) throws {
        let from = try #require(CalendarDate(year: today.0, month: today.1, day: today.2))
        let proposed = SessionTemplate.firstDay(after: from)
        #expect(proposed == CalendarDate(year: expected.0, month: expected.1, day: expected.2))
        #expect(proposed.weekday == 2)
        #expect(!SessionTemplate.isPublicHoliday(proposed) && !SessionTemplate.isPublicHoliday(proposed.adding(days: 1)))
    }

    @Test func firstDayIsATuesdayFourWeeksAhead() {
        for offset in 0..<7 {
            let today = firstDay.adding(days: offset)
            let proposed = SessionTemplate.firstDay(after: today)
            #expect(proposed.weekday == 2)
            #expect((28..<35).contains(proposed.daysSinceEpoch - today.daysSinceEpoch))
        }
    }
}
