/// The session's calendar: `day-order` and `registration-deadline`.
struct CalendarRules: RuleFamily {
    var reads: Set<SessionPart> { [.days, .hours, .registration] }
    init() {}

    func check(_ session: Session, into findings: inout [Diagnostic]) {
        checkDayOrder(session, into: &findings)
        checkDeadline(session, into: &findings)
    }

    /// Each date once, each day after the one before it.
    private func checkDayOrder(_ session: Session, into findings: inout [Diagnostic]) {
        var firstWithDate: [CalendarDate: Day] = [:]
        var previous: Day?
        for day in session.days {
            defer { previous = day }
            if let same = firstWithDate[day.date] {
                findings.append(.error(.dayOrder, LocalizedText(
                    en: "day \(day.number) has the date \(day.date), which is already the date of day \(same.number); each date appears once",
                    ru: "у дня \(day.number) дата \(day.date), но это уже дата дня \(same.number); каждая дата указывается один раз"),
                    at: day.dateLocation,
                    notes: [.init(LocalizedText(en: "day \(same.number) has the same date", ru: "та же дата у дня \(same.number)"),
                                  at: same.dateLocation)]))
                continue
            }
            firstWithDate[day.date] = day
            if let previous, day.date < previous.date {
                findings.append(.error(.dayOrder, LocalizedText(
                    en: "day \(day.number) (\(day.date)) comes before day \(previous.number) (\(previous.date)) in the calendar; list the days in date order",
                    ru: "день \(day.number) (\(day.date)) по календарю раньше дня \(previous.number) (\(previous.date)); перечислите дни в порядке дат"),
                    at: day.dateLocation,
                    notes: [.init(LocalizedText(en: "the day listed before it", ru: "день, указанный перед ним"),
                                  at: previous.dateLocation)]))
            }
        }
    }

    /// Registration closes before the session's first slot starts.
    private func checkDeadline(_ session: Session, into findings: inout [Diagnostic]) {
        guard let registration = session.registration, let deadline = registration.deadline,
              let first = session.days.min(by: { ($0.date, $0.number) < ($1.date, $1.number) }) else { return }
        let opening = first.slots.min(by: { ($0.start, $0.number) < ($1.start, $1.number) })
        let start = opening?.start ?? session.hours(of: first)?.start ?? ClockTime(minutes: 0)
        guard let start, !(deadline < LocalDateTime(date: first.date, time: start)) else { return }
        let when = "\(first.date) \(start)"
        let what = opening.map { ", \(RuleText.slot($0))" } ?? ""
        findings.append(.error(.registrationDeadline, LocalizedText(
            en: "the registration deadline \(RuleText.dateTime(deadline)) is not before the session starts (\(when)\(what)); registration must close earlier",
            ru: "срок регистрации \(RuleText.dateTime(deadline)) — не раньше начала сессии (\(when)\(what)); регистрация должна закончиться раньше"),
            at: registration.deadlineLocation ?? registration.location,
            notes: [.init(LocalizedText(en: "the session starts here", ru: "здесь начинается сессия"),
                          at: opening?.startLocation ?? first.dateLocation)]))
    }
}
