import Testing
@testable import SessionPlanKit

@Suite struct DirectionMatcherTests {
    let matcher = DirectionMatcher([
        DirectionChoice(id: "rural", number: 1, title: "Сельские библиотеки"),
        DirectionChoice(id: "school", number: 2, title: "Школьные библиотеки и «Точки кипения»"),
        DirectionChoice(id: "youth", number: 3, title: "Библиотеки для молодёжи"),
    ])

    @Test(arguments: [
        ("rural", 0), ("School", 1), ("3", 2), ("3.", 2), ("№3", 2), ("№ 2", 1), ("2)", 1),
        ("сельские библиотеки", 0), ("  Школьные   библиотеки и \"точки кипения\" ", 1),
        ("Библиотеки для молодежи", 2), ("Школьные библиот", 1),
        ("2. Школьные библиотеки и «Точки кипения»", 1), ("1. Сельские библиотеки", 0),
        ("Библиотеки", 2), // a unique beginning of 10 characters
    ])
    func matches(cell: String, expected: Int) {
        #expect(matcher.index(for: cell) == expected)
    }

    /// How registration forms and lists dress a direction up: the word «Направление» with its number, a remark in
    /// parentheses after the title, a final full stop.
    @Test(arguments: [
        ("Направление 2. Школьные библиотеки и «Точки кипения»", 1), ("Направление 1", 0), ("направление №3", 2),
        ("Направление 3: Библиотеки для молодёжи", 2), ("Direction 2", 1), ("3 направление", 2),
        ("Сельские библиотеки (модератор Иванова Е. П.)", 0), ("сельские библиотеки.", 0),
        ("Направление 1. Сельские библиотеки (лидер — Шестакова Е. В.).", 0),
    ])
    func matchesWhatFormsWrite(cell: String, expected: Int) {
        #expect(matcher.index(for: cell) == expected)
    }

    @Test(arguments: ["", "4", "Сельские", "Библиотек", "2. Сельские библиотеки", "rural-x", "Театры",
                      "Направление 2. Сельские библиотеки", "Направление", "Направление 4", "(Сельские библиотеки)"])
    func doesNotMatch(cell: String) {
        #expect(matcher.index(for: cell) == nil)
    }

    @Test func unknownDirectionSuggestsTheClosest() throws {
        let location = SourceLocation(line: 7, column: 2, offset: 120)
        let failure = try #require(matcher.match("Сельские библитеки", at: location).failure)
        #expect(failure.code == .rosterDirection)
        #expect(failure.location == location)
        #expect(failure.message.ru.contains("направление 1 «Сельские библиотеки» (rural)"))
        #expect(failure.message.en.contains("did you mean direction 1"))
    }

    @Test func unknownIdSuggestsTheClosestId() {
        #expect(matcher.suggestion(for: "shcool") == 1)
    }

    @Test func farOffTextListsTheDirections() throws {
        let failure = try #require(matcher.match("Театры", at: nil).failure)
        #expect(failure.message.ru.contains("1 «Сельские библиотеки» (rural)"))
        #expect(failure.message.ru.contains("(1–3)"))
    }

    @Test func emptyDirectionCell() throws {
        let failure = try #require(DirectionMatcher.match("  ", among: matcher.directions, at: nil).failure)
        #expect(failure.message.en.hasPrefix("this row has no direction"))
    }

    @Test func listSortedByDirectionLocatesProblems() throws {
        let list = try RegistrationList.read(utf8("ФИО;Направление\nАнна;1\nБорис;Сельские библитеки\nВера;rural\n")).get()
        let (byDirection, diagnostics) = list.sortedByDirection(matcher)
        #expect(byDirection.map { $0.map(\.name) } == [["Анна", "Вера"], [], []])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location?.line == 3)
        #expect(diagnostics.first?.location?.column == 2)
    }

    /// A session with no directions yet (a program just imported): one error that says so and names what the
    /// list has, not one «no such direction» per direction.
    @Test func aSessionWithoutDirectionsIsOneError() throws {
        let list = try RegistrationList.read(utf8("ФИО;Направление\nАнна;Театры\nБорис;Музеи\nВера;театры\n")).get()
        let (byDirection, diagnostics) = list.sortedByDirection(DirectionMatcher([]))
        #expect(byDirection.isEmpty)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.ru == "в сессии ещё нет направлений; добавьте их в \"directions\" (в списке указаны: «Театры», «Музеи») и запустите groups снова")
        #expect(diagnostics.first?.location?.line == 2)
    }

    @Test func oneUnknownDirectionInManyRowsIsOneError() throws {
        let rows = "ФИО;Направление\nАнна;Театры\nБорис;1\nВера;Театры\nГлеб;Музеи\nДарья;театры\n"
        let list = try RegistrationList.read(utf8(rows)).get()
        let (byDirection, diagnostics) = list.sortedByDirection(matcher)
        #expect(byDirection.map { $0.map(\.name) } == [["Борис"], [], []])
        // «Театры» on rows 2, 4 and 6 (the last typed in lower case): one error at the first,
        // a note at the second naming the others; «Музеи» its own.
        #expect(diagnostics.map { $0.location?.line } == [2, 5])
        let theatres = try #require(diagnostics.first)
        #expect(theatres.message.ru.hasPrefix("направления «Театры» нет;"))
        #expect(theatres.notes.count == 1)
        #expect(theatres.notes.first?.location?.line == 4)
        #expect(theatres.notes.first?.message.ru == "то же направление ещё в 2 строках: 4, 6")
        #expect(theatres.notes.first?.message.en == "the same direction in 2 more rows: 4, 6")
        #expect(diagnostics.last?.notes.isEmpty == true)
    }

    @Test func theRowsOfTheNoteAreCutShort() throws {
        let rows = "ФИО;Направление\n" + (0..<25).map { "Человек \($0);Театры\n" }.joined()
        let list = try RegistrationList.read(utf8(rows)).get()
        let (_, diagnostics) = list.sortedByDirection(matcher)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.notes.first?.message.ru == "то же направление ещё в 24 строках: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, …")
        #expect(diagnostics.first?.notes.first?.message.en == "the same direction in 24 more rows: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, …")
    }
}

/// A registration form's short label for a direction: the title's own words in other forms.
@Suite struct DirectionWordsTests {
    let matcher = DirectionMatcher([
        DirectionChoice(id: "school", number: 1, title: "Школьные библиотеки и «Точки кипения»"),
        DirectionChoice(id: "rural", number: 2, title: "«Точки кипения» в сельских библиотеках"),
        DirectionChoice(id: "youth", number: 3, title: "Работа с молодёжью"),
    ])

    @Test(arguments: [("Сельские библиотеки", 1), ("сельская библиотека", 1), ("Школьные", 0), ("Молодежь", 2)])
    func theWordsOfOneTitleSuggestIt(cell: String, expected: Int) throws {
        #expect(matcher.suggestion(for: cell) == expected)
        let failure = try #require(matcher.match(cell, at: nil).failure)
        #expect(failure.message.en.contains("did you mean direction \(expected + 1)"))
    }

    @Test(arguments: ["Библиотеки", "Точки кипения", "Детские библиотеки", "Театры"])
    func wordsOfSeveralTitlesOrNoneSuggestNothing(cell: String) {
        #expect(matcher.suggestion(for: cell) == nil)
    }
}

@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("", "", 0), ("abc", "", 3), ("kitten", "sitting", 3), ("strat", "start", 1),
        ("Розачева", "Рогачева", 1), ("Северюков", "Севрюков", 1),
    ])
    func distance(a: String, b: String, expected: Int) {
        #expect(EditDistance.distance(a, b) == expected)
        #expect(EditDistance.distance(b, a) == expected)
    }

    @Test func closest() {
        let kinds = ["opening", "talk", "briefing", "group-work", "plenary", "break"]
        #expect(EditDistance.closest(to: "grup-work", among: kinds) == "group-work")
        #expect(EditDistance.closest(to: "Plenary", among: kinds) == "plenary")
        #expect(EditDistance.closest(to: "lunch", among: kinds) == nil)
        #expect(EditDistance.closest(to: "id", among: ["to", "at"]) == nil)
        #expect(EditDistance.closest(to: "tak", among: ["talk", "task"]) == "talk") // ties: first listed
    }
}

/// Suggestions only for close matches: one word out of several far off is another direction.
@Suite struct CloseSuggestionTests {
    @Test func anotherWordIsNotATypo() {
        let choices = [DirectionChoice(id: "rural", number: 1, title: "Сельские библиотеки")]
        #expect(DirectionMatcher(choices).suggestion(for: "Детские библиотеки") == nil)
        #expect(DirectionMatcher(choices).suggestion(for: "Сельскиe библиотеки") == 0)
        #expect(DirectionMatcher(choices).suggestion(for: "Сельскые библеотеки") == 0)
        #expect(EditDistance.closest(to: "Детские библиотеки", among: ["Сельские библиотеки"]) == nil)
    }
}
