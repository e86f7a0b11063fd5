import Foundation

/// What part of a session's program to show, to whom, in which time zones:
/// the options `--day`, `--person`, `--role`, `--direction` and `--tz` of
/// `agenda` and `export`. The filters combine: every one given must accept a slot.
struct ProgramQuery: Sendable {
    /// A day by its number in the session, or a date as the first zone shows it.
    enum DaySelector: Sendable, Hashable {
        case number(Int)
        case date(CalendarDate)
    }

    var day: DaySelector?
    /// A person's name as written on the command line.
    var person: String?
    var role: Role?
    /// A direction's `id`.
    var direction: String?
    /// The zones to show times in; the first decides under which date a slot is listed.
    /// Empty means the session's zone.
    var timeZones: [TimeZone]

    init(day: DaySelector? = nil, person: String? = nil, role: Role? = nil,
                direction: String? = nil, timeZones: [TimeZone] = []) {
        self.day = day
        self.person = person
        self.role = role
        self.direction = direction
        self.timeZones = timeZones
    }
}

/// Why a query cannot be answered, worded for the user (the interface language).
enum ProgramQueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--day` that is neither a number nor a date `YYYY-MM-DD`.
    case malformedDay(String)
    case dayNumberOutOfRange(Int, dayCount: Int)
    /// A date with nothing in the program, and the dates that have something.
    case dateNotInProgram(CalendarDate, dates: [CalendarDate])
    case unknownTimeZone(String, suggestion: String?)
    case unknownRole(String, suggestion: String?)
    case unknownDirection(String, suggestion: String?, known: [String])
    /// A name nobody in the session has, and the closest names.
    case unknownPerson(String, suggestions: [String])
    /// Part of a name that several people share.
    case ambiguousPerson(String, candidates: [String])

    var message: LocalizedText {
        switch self {
        case .malformedDay(let text):
            return LocalizedText(en: "--day takes a day number (1, 2, …) or a date YYYY-MM-DD or DD.MM.YYYY, not \"\(text)\"",
                                 ru: "--day принимает номер дня (1, 2, …) или дату ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, а не \"\(text)\"")
        case .dayNumberOutOfRange(let number, let count):
            let days = Plural.count(count, en: ("day", "days"), ru: ("день", "дня", "дней"))
            return LocalizedText(en: "there is no day \(number): the session has \(days.en)",
                                 ru: "дня \(number) нет: в сессии \(days.ru)")
        case .dateNotInProgram(let date, let dates):
            let list = dates.map(\.description).joined(separator: ", ")
            return LocalizedText(en: "nothing in the program on \(date); its dates: \(list)",
                                 ru: "на \(date) в программе ничего нет; даты программы: \(list)")
        case .unknownTimeZone(let text, let suggestion):
            let hint = suggestion.map { LocalizedText(en: "; did you mean \"\($0)\"?", ru: "; может быть, \"\($0)\"?") }
                ?? LocalizedText(en: "; use an IANA zone name such as \"Europe/Moscow\" or \"Asia/Vladivostok\"",
                                 ru: "; укажите название пояса IANA, например \"Europe/Moscow\" или \"Asia/Vladivostok\"")
            return LocalizedText(en: "\"\(text)\" is not a known time zone\(hint.en)",
                                 ru: "\"\(text)\" — неизвестный часовой пояс\(hint.ru)")
        case .unknownRole(let text, let suggestion):
            let allowed = Role.allCases.map(\.rawValue).joined(separator: ", ")
            let hint = suggestion.map { LocalizedText(en: "did you mean \"\($0)\"? ", ru: "может быть, \"\($0)\"? ") }
                ?? LocalizedText(verbatim: "")
            return LocalizedText(en: "\"\(text)\" is not a role; \(hint.en)roles: \(allowed)",
                                 ru: "\"\(text)\" — не роль; \(hint.ru)роли: \(allowed) "
                                     + "(или лидеры, модераторы, сборщики, участники, эксперты, организаторы)")
        case .unknownDirection(let text, let suggestion, let known):
            let hint = suggestion.map { LocalizedText(en: "did you mean \"\($0)\"? ", ru: "может быть, \"\($0)\"? ") }
                ?? LocalizedText(verbatim: "")
            let list = known.joined(separator: ", ")
            if known.isEmpty {
                return LocalizedText(en: "there is no direction \"\(text)\": the session has no directions",
                                     ru: "направления \"\(text)\" нет: в сессии нет направлений")
            }
            return LocalizedText(en: "there is no direction \"\(text)\"; \(hint.en)directions: \(list)",
                                 ru: "направления \"\(text)\" нет; \(hint.ru)направления: \(list)")
        case .unknownPerson(let name, let suggestions):
            guard !suggestions.isEmpty else {
                return LocalizedText(en: "nobody named \"\(name)\" is in the session",
                                     ru: "в сессии нет человека с именем \"\(name)\"")
            }
            let list = suggestions.map { "«\($0)»" }.joined(separator: ", ")
            return LocalizedText(en: "nobody named \"\(name)\" is in the session; the closest names: \(list)",
                                 ru: "в сессии нет человека с именем \"\(name)\"; ближайшие имена: \(list)")
        case .ambiguousPerson(let name, let candidates):
            let list = candidates.map { "«\($0)»" }.joined(separator: ", ")
            return LocalizedText(en: "\"\(name)\" names several people; give the full name: \(list)",
                                 ru: "\"\(name)\" подходит нескольким людям; укажите полное имя: \(list)")
        }
    }

    var description: String { message.en }
}

extension ProgramQuery {
    /// `--day`: `2`, `2021-09-22` or `22.09.2021`.
    static func daySelector(_ text: String) -> Result<DaySelector, ProgramQueryError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let number = Int(trimmed), trimmed.allSatisfy(\.isASCII) { return .success(.number(number)) }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
           let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
           let date = CalendarDate(year: year, month: month, day: day) {
            return .success(.date(date))
        }
        if let date = QueryValues.dottedDate(trimmed) { return .success(.date(date)) }
        return .failure(.malformedDay(text))
    }

    /// `--tz`: an IANA zone name Foundation knows, as the session builder accepts them,
    /// or a city whose zone is unambiguous (`Владивосток`, `Vladivostok`).
    static func timeZone(_ text: String) -> Result<TimeZone, ProgramQueryError> {
        if let zone = KnownTimeZones.zone(named: text) ?? QueryValues.cityZone(text) { return .success(zone) }
        return .failure(.unknownTimeZone(text, suggestion: KnownTimeZones.suggestion(for: text)))
    }

    /// `--role`: a role as the format names it (`moderators`) or in Russian
    /// (`модераторы`); the singular (`moderator`, `модератор`) is accepted too.
    static func role(_ text: String) -> Result<Role, ProgramQueryError> {
        let lowered = text.lowercased()
        if let role = Role(rawValue: lowered) ?? Role(rawValue: lowered + "s") ?? QueryValues.russianRole(text) {
            return .success(role)
        }
        let suggestion = EditDistance.closest(to: lowered, among: Role.allCases.map(\.rawValue) + QueryValues.russianRoles.keys.sorted())
        return .failure(.unknownRole(text, suggestion: suggestion))
    }
}
