/// Dates and weekdays as Russian programs write them: «21 сентября»,
/// «21-22 сентября 2021 года», «21.09.2021», «вторник».
enum RussianCalendarWords {
    /// Genitive month names (and the nominative «май»), by month number.
    static let months: [(stem: String, month: Int)] = [
        ("января", 1), ("февраля", 2), ("марта", 3), ("апреля", 4), ("мая", 5), ("май", 5), ("июня", 6),
        ("июля", 7), ("августа", 8), ("сентября", 9), ("октября", 10), ("ноября", 11), ("декабря", 12),
    ]

    /// Weekday names by ISO number (1 Monday), with their short forms.
    static let weekdays: [(word: String, weekday: Int)] = [
        ("понедельник", 1), ("вторник", 2), ("среда", 3), ("четверг", 4), ("пятница", 5), ("суббота", 6),
        ("воскресенье", 7), ("пн", 1), ("вт", 2), ("ср", 3), ("чт", 4), ("пт", 5), ("сб", 6), ("вс", 7),
    ]

    /// Ordinal day words: «День первый».
    static let ordinals: [String: Int] = [
        "первый": 1, "второй": 2, "третий": 3, "четвертый": 4, "четвёртый": 4, "пятый": 5,
    ]

    static func month(_ word: String) -> Int? {
        let lower = word.lowercased()
        return months.first(where: { $0.stem == lower })?.month
    }

    static func weekday(_ word: String) -> Int? {
        let lower = word.lowercased()
        return weekdays.first(where: { $0.word == lower })?.weekday
    }
}

/// A date as written, its year possibly missing.
struct WrittenDate: Hashable, Sendable {
    var day: Int
    var month: Int
    var year: Int?

    /// The calendar date, the year taken from `year` when the text has none.
    func resolved(year fallback: Int?) -> CalendarDate? {
        guard let year = year ?? fallback else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}

/// A cursor over a line's characters, for the recognizers' small grammars.
struct TextCursor {
    let characters: [Character]
    var index = 0

    init(_ text: String) { characters = Array(text) }

    var atEnd: Bool { index >= characters.count }
    var rest: String { atEnd ? "" : String(characters[index...]) }

    mutating func skipSpaces() { while !atEnd, characters[index].isWhitespace { index += 1 } }

    /// Skips spaces and any of `punctuation`.
    mutating func skip(_ punctuation: String) {
        while !atEnd, characters[index].isWhitespace || punctuation.contains(characters[index]) { index += 1 }
    }

    /// A number of 1…`maxDigits` digits.
    mutating func number(maxDigits: Int) -> Int? {
        var value = 0, digits = 0
        while !atEnd, let digit = characters[index].wholeNumberValue, characters[index].isASCII, digits < maxDigits {
            value = value * 10 + digit
            digits += 1
            index += 1
        }
        if digits == 0 { return nil }
        if !atEnd, characters[index].isASCII, characters[index].isNumber { return nil }
        return value
    }

    /// The next word of letters (and inner hyphens), not consumed.
    func peekWord() -> String {
        var end = index
        while end < characters.count, characters[end].isLetter || (characters[end] == "-" && end > index) { end += 1 }
        return String(characters[index..<end])
    }

    mutating func word() -> String {
        let word = peekWord()
        index += word.count
        return word
    }

    /// Consumes `literal` (case-insensitive) when it is next.
    mutating func accept(_ literal: String) -> Bool {
        let wanted = Array(literal.lowercased())
        guard index + wanted.count <= characters.count else { return false }
        for (offset, character) in wanted.enumerated() where Character(characters[index + offset].lowercased()) != character {
            return false
        }
        index += wanted.count
        return true
    }

    /// A dash of any kind: `-`, `–`, `—`, `‒`.
    mutating func dash() -> Bool {
        guard !atEnd, "-–—‒−".contains(characters[index]) else { return false }
        index += 1
        return true
    }

    /// A clock time `9.00`, `09:15`, `24.00` (hours 0–24, minutes 00–59): minutes since midnight.
    mutating func clockTime() -> Int? {
        let start = index
        guard let hour = number(maxDigits: 2), !atEnd, characters[index] == "." || characters[index] == ":" else {
            index = start
            return nil
        }
        index += 1
        let minuteStart = index
        guard let minute = number(maxDigits: 2), index - minuteStart == 2, hour <= 24, minute < 60,
              hour < 24 || minute == 0 else {
            index = start
            return nil
        }
        return hour * 60 + minute
    }

    /// A date `21 сентября [2021 [года|г.]]` or `21.09[.2021]`; with `rangeEnd`, a range start `21-22 сентября`
    /// gives both days.
    mutating func date() -> (first: WrittenDate, last: WrittenDate)? {
        let start = index
        guard let day = number(maxDigits: 2), (1...31).contains(day) else { index = start; return nil }
        if !atEnd, characters[index] == "." {
            index += 1
            guard let month = number(maxDigits: 2), (1...12).contains(month) else { index = start; return nil }
            var year: Int?
            let beforeYear = index
            if !atEnd, characters[index] == "." {
                index += 1
                if let written = number(maxDigits: 4), written >= 1000 { year = written } else { index = beforeYear }
            }
            skipYearWord()
            return (WrittenDate(day: day, month: month, year: year), WrittenDate(day: day, month: month, year: year))
        }
        var lastDay = day
        let afterDay = index
        skipSpaces()
        if dash() {
            skipSpaces()
            if let second = number(maxDigits: 2), (1...31).contains(second) { lastDay = second } else { index = afterDay }
        } else {
            index = afterDay
        }
        skipSpaces()
        guard let firstMonth = RussianCalendarWords.month(peekWord()) else { index = start; return nil }
        _ = word()
        var lastMonth = firstMonth
        // «30 сентября – 2 октября»
        let afterMonth = index
        skipSpaces()
        if lastDay == day, dash() {
            skipSpaces()
            if let second = number(maxDigits: 2), (1...31).contains(second) {
                skipSpaces()
                if let month = RussianCalendarWords.month(peekWord()) {
                    _ = word()
                    lastDay = second
                    lastMonth = month
                } else { index = afterMonth }
            } else { index = afterMonth }
        } else {
            index = afterMonth
        }
        let beforeYear = index
        skipSpaces()
        var year: Int?
        if let written = number(maxDigits: 4), written >= 1000 { year = written; skipYearWord() } else { index = beforeYear }
        return (WrittenDate(day: day, month: firstMonth, year: year), WrittenDate(day: lastDay, month: lastMonth, year: year))
    }

    /// `года`, `год`, `г.`, `г` after a year.
    private mutating func skipYearWord() {
        let before = index
        skipSpaces()
        if accept("года") || accept("год") { return }
        if accept("г.") || accept("г") {
            if !atEnd, characters[index].isLetter { index = before }
            return
        }
        index = before
    }
}
