import Testing
@testable import SessionPlanKit

/// What `import` says it did and what is left to do: only the steps this program needs.
@Suite struct ImportReportTests {
    static func outcome(directions: Int, unplaced: Int) -> ImportOutcome {
        ImportOutcome(session: JSONValue(.object([]), at: SourceLocation(line: 1, column: 1, offset: 0)), title: "T",
                      days: 1, slots: 3, speakers: 1, directions: directions, leaders: directions,
                      unplaced: (0..<unplaced).map { UnplacedText(firstLine: $0 + 1, lastLine: $0 + 1, text: "x") },
                      remarks: [])
    }

    @Test func linesKeptInTheNotesAreToBeRead() {
        let next = ImportReport.nextSteps(Self.outcome(directions: 2, unplaced: 1), output: "s.json")
        #expect(next.en == "written to s.json; read the notes, add the groups, then check it with: sessionplan validate s.json")
        #expect(next.ru == "записано в s.json; прочитайте notes, добавьте группы и проверьте файл: sessionplan validate s.json")
    }

    @Test func withNothingInTheNotesThereIsNothingToRead() {
        let next = ImportReport.nextSteps(Self.outcome(directions: 2, unplaced: 0), output: "s.json")
        #expect(next.en == "written to s.json; add the groups, then check it with: sessionplan validate s.json")
        #expect(next.ru == "записано в s.json; добавьте группы и проверьте файл: sessionplan validate s.json")
    }

    @Test func aProgramWithoutDirectionsNeedsThemFirst() {
        let next = ImportReport.nextSteps(Self.outcome(directions: 0, unplaced: 1), output: "s.json")
        #expect(next.en == "written to s.json; read the notes, add the directions with their leaders and groups, then check it with: sessionplan validate s.json")
        #expect(next.ru == "записано в s.json; прочитайте notes, добавьте направления с лидерами и группы и проверьте файл: sessionplan validate s.json")
    }
}
