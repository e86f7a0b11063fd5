import Testing
@testable import SessionPlanKit

/// Errors do not come in waves: with a structural error in one part of the
/// file, the rules that read only the other parts still report.
@Suite struct ErrorWavesTests {
    @Test func aWrongTimeDoesNotHideAGroupOfFour() {
        let slot = #"{"start": 1️⃣"09.00", "end": "09:15", "title": "Открытие", "kind": "opening"}"#
        let group = #"2️⃣{"name": "Группа 1", "moderator": "М", "collector": "С", "members": ["А", "Б", "В", "Г"]}"#
        let source = MarkedSource(Plan.session(days: [Plan.day("2021-09-21", slot, Plan.groupWork)],
                                               directions: [Plan.direction(groups: group)]))
        let loaded = source.load()
        #expect(loaded.session == nil)
        #expect(loaded.structural.map(\.code) == [.invalidValue])
        #expect(isAt(loaded.structural.first, source, 1))
        let sizes = loaded.findings.filter { $0.code == .groupSize }
        #expect(sizes.count == 1)
        #expect(isAt(sizes.first, source, 2))
        #expect(loaded.diagnostics.map(\.code) == [.invalidValue, .groupSize])
    }

    @Test func rulesThatReadTheBrokenPartDoNotRun() {
        // The slot with a wrong end is dropped: no false gap or missing group work.
        let slots = [Plan.opening, #"{"start": "09:15", "end": "11.15", "title": "Работа в группах", "kind": "group-work"}"#,
                     #"{"start": "11:15", "end": "12:00", "title": "Пленар"}"#]
        let loaded = MarkedSource(Plan.session(days: [Plan.day("2021-09-21", slots[0], slots[1], slots[2])])).load()
        #expect(loaded.structural.map(\.code) == [.invalidValue])
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.code))")
    }

    @Test func aBrokenDirectionStillLetsTheScheduleBeChecked() {
        let slots = [#"{"start": "09:00", "end": "10:00", "title": "А"}"#, #"{"start": 1️⃣"09:30", "end": "10:30", "title": "Б"}"#]
        let direction = Plan.direction("Сельские", groups: Plan.group(1))
        let source = MarkedSource(Plan.session(days: [Plan.day("2021-09-21", slots[0], slots[1])], directions: [direction]))
        let loaded = source.load()
        #expect(loaded.structural.map(\.code) == [.invalidValue])
        #expect(loaded.findings.contains { $0.code == .slotOverlap })
        #expect(!loaded.findings.contains { $0.code == .noDirections || $0.code == .noGroupWork })
    }

    @Test func validateReportsBothAndAgendaStillRefusesToPrint() {
        let group = #"{"name": "Группа 1", "moderator": "М", "collector": "С", "members": ["А", "Б", "В", "Г"]}"#
        let slot = #"{"start": "09.00", "end": "09:15", "title": "Открытие", "kind": "opening"}"#
        let text = MarkedSource(Plan.session(days: [Plan.day("2021-09-21", slot, Plan.groupWork)],
                                             directions: [Plan.direction(groups: group)])).text
        let result = runCLI(["validate", "-"], input: text)
        #expect(result.status == .invalid)
        #expect(result.error.contains("[invalid-value]") && result.error.contains("[group-size]"))
        #expect(result.error.contains("2 errors"))
        let agenda = runCLI(["agenda", "-"], input: text)
        #expect(agenda.status == .invalid)
        #expect(agenda.output.isEmpty)
    }
}
