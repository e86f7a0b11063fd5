import Foundation

/// `nonexistent-time`: a slot's start or end at a local time the clocks skip
/// on the night they go forward (02:00–03:00 on 2026-03-29 in Europe/Berlin).
/// Such a slot would be exported an hour shorter than written.
struct ClockChangeRules: RuleFamily {
    var reads: Set<SessionPart> { [.header, .days] }
    init() {}

    func check(_ session: Session, into findings: inout [Diagnostic]) {
        let zone = session.timeZone
        for day in session.days where hasTransition(on: day.date, in: zone) {
            for slot in day.slots {
                for (time, location) in [(slot.start, slot.startLocation), (slot.end, slot.endLocation)]
                where !exists(day.date, time, in: zone) {
                    findings.append(.error(.nonexistentTime, LocalizedText(
                        en: "\(time) on \(day.date) does not exist in \(zone.identifier): the clocks go forward that night and skip it (\(RuleText.slot(slot))); move the slot out of the skipped hour",
                        ru: "\(time) \(day.date) в поясе \(zone.identifier) не бывает: в эту ночь часы переводят вперёд и это время пропускается (\(RuleText.slot(slot))); перенесите пункт за пределы пропущенного часа"),
                        at: location))
                }
            }
        }
    }

    /// Whether the zone changes its offset within a day of `date` (cheap: one lookup a day).
    private func hasTransition(on date: CalendarDate, in zone: TimeZone) -> Bool {
        let midnightUTC = Date(timeIntervalSince1970: TimeInterval(date.daysSinceEpoch) * 86_400)
        guard let next = zone.nextDaylightSavingTimeTransition(after: midnightUTC.addingTimeInterval(-86_400)) else { return false }
        return next < midnightUTC.addingTimeInterval(2 * 86_400)
    }

    /// Whether a clock in `zone` ever shows `time` on `date`.
    private func exists(_ date: CalendarDate, _ time: ClockTime, in zone: TimeZone) -> Bool {
        let local = ProgramClock.local(ProgramClock.instant(date: date, time: time, in: zone), in: zone)
        return local.date == date && local.time == time
    }
}
