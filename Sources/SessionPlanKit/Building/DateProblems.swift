/// Why a date written in the right form (`YYYY-MM-DD`) is not in the calendar:
/// the message names the month's length or the leap year instead of showing
/// an unrelated example date the organizer might copy.
enum DateProblems {
    /// The reason `text` (of the form `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`) names no
    /// day, or nil when the text is not of that form or the date exists.
    static func reason(_ text: String) -> LocalizedText? {
        let datePart = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let parts = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              CalendarDate(year: year, month: month, day: day) == nil else { return nil }
        guard year >= 1 else {
            return LocalizedText(en: "there is no year 0000: years are numbered from 0001",
                                 ru: "года 0000 нет: годы нумеруются с 0001")
        }
        guard (1...12).contains(month) else {
            return LocalizedText(en: "there is no month \(parts[1]): months are 01 to 12",
                                 ru: "месяца \(parts[1]) нет: месяцы — от 01 до 12")
        }
        guard day >= 1 else {
            return LocalizedText(en: "days are numbered from 01", ru: "дни месяца нумеруются с 01")
        }
        let length = CalendarDate.daysIn(month: month, year: year)
        if month == 2 && day == 29 {
            return LocalizedText(en: "\(year) is not a leap year: February \(year) has 28 days",
                                 ru: "\(year) год не високосный: в феврале \(year) года 28 дней")
        }
        let days = Plural.russian(length, one: "день", few: "дня", many: "дней")
        return LocalizedText(en: "\(englishMonths[month - 1]) has \(length) days",
                             ru: "в \(russianMonthsPrepositional[month - 1]) \(length) \(days)")
    }

    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July",
                                        "August", "September", "October", "November", "December"]
    /// «в сентябре»: the prepositional case.
    private static let russianMonthsPrepositional = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле",
                                                     "августе", "сентябре", "октябре", "ноябре", "декабре"]
}
