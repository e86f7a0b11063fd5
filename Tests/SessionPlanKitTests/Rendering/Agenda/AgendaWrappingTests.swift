import Testing
@testable import SessionPlanKit

/// Line wrapping of the terminal agenda: words that Russian typesetting keeps together stay on one line.
@Suite struct AgendaWrappingTests {
    /// Every width from the longest word («Молчанова-Сибирского») to 60 columns.
    static let widths = Array(20...60)

    /// `text` wrapped at `width`: no line longer than the width, no word cut or lost.

    static func wrapped(_ text: String, _ width: Int) -> [String] {
        let lines = AgendaWrapping.lines(text, width: width)
        #expect(lines.allSatisfy { $0.count <= width }, "\(width): \(lines)")
        #expect(lines.joined(separator: " ") == text, "\(width): \(lines)")
        return lines
    }

    /// The issue's three breaks: «им. | И. И.», «И. | И. Молчанова», «за 12 | часов».
    @Test(arguments: widths) func issueExamplesStayTogether(width: Int) {
        let venue = Self.wrapped("Иркутская научная библиотека им. И. И. Молчанова-Сибирского", width)
        if width >= "им. И. И. Молчанова-Сибирского".count {
            #expect(venue.contains { $0.hasSuffix("им. И. И. Молчанова-Сибирского") }, "\(width): \(venue)")
        }
        let list = Self.wrapped("ведущие: Молчанова И. И., Петрова А. А. и Сидоров", width)
        #expect(!list.contains { $0.hasSuffix("Молчанова") || $0.hasSuffix("И.") }, "\(width): \(list)")
        let deadline = Self.wrapped("ссылки придут не позднее, чем за 12 часов до начала, перерыв 5 минут", width)
        #expect(!deadline.contains { $0.hasSuffix(" 12") || $0.hasSuffix(" 5") }, "\(width): \(deadline)")
    }

    @Test func initialsBeforeTheirSurname() {
        #expect(AgendaWrapping.lines("Доклад И. И. Молчановой", width: 16) == ["Доклад", "И. И. Молчановой"])
        #expect(AgendaWrapping.lines("научная библиотека им. И. И. Молчанова", width: 30)
                == ["научная библиотека", "им. И. И. Молчанова"])
    }

    @Test func initialsAfterTheirSurname() {
        #expect(AgendaWrapping.lines("модератор Молчанова И. И., сборщик", width: 22)
                == ["модератор", "Молчанова И. И.,", "сборщик"])
        #expect(AgendaWrapping.lines("ведёт Молчанова И. И. вместе с группой", width: 22)
                == ["ведёт Молчанова И. И.", "вместе с группой"])
    }

    @Test func numbersYearsAndAbbreviations() {
        #expect(AgendaWrapping.lines("не позднее, чем за 12 часов", width: 21) == ["не позднее, чем за", "12 часов"])
        #expect(AgendaWrapping.lines("перерыв на 5 минут", width: 12) == ["перерыв на", "5 минут"])
        #expect(AgendaWrapping.lines("сентябрь 2021 г. в г. Благовещенск", width: 15)
                == ["сентябрь", "2021 г. в", "г. Благовещенск"])
        #expect(AgendaWrapping.lines("библиотеки, т. е. все", width: 14) == ["библиотеки,", "т. е. все"])
        #expect(AgendaWrapping.lines("книги, журналы и т. д.", width: 16) == ["книги, журналы", "и т. д."])
    }

    /// A run longer than the line is broken at its spaces, as words are; a dash still never starts a line.
    @Test func aLongRunIsBrokenAtItsSpaces() {
        #expect(AgendaWrapping.lines("им. И. И. Молчанова-Сибирского", width: 22)
                == ["им. И. И.", "Молчанова-Сибирского"])
        #expect(AgendaWrapping.lines("Открытие — 10 минут", width: 10) == ["Открытие —", "10 минут"])
    }

    /// What is not a name or a number breaks as before.
    @Test func ordinaryWordsStillBreak() {
        #expect(AgendaWrapping.lines("Работа в группах по направлениям", width: 16)
                == ["Работа в группах", "по направлениям"])
        #expect(AgendaWrapping.lines("Итоги. Закрытие", width: 8) == ["Итоги.", "Закрытие"])
    }
}
