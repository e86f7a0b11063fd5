/// `double-booked`: a speaker in two slots of one day that overlap.
public struct DoubleBookingRules: RuleFamily {
    public var reads: Set<SessionPart> { [.days] }
    public init() {}

    public func check(_ session: Session, into findings: inout [Diagnostic]) {
        for day in session.days { check(day, into: &findings) }
    }

    private struct Appearance {
        let slot: Slot
        let reference: PersonReference
    }

    /// Each speaker's slots by start, swept like the day's slots: a slot that
    /// starts before the furthest end so far overlaps the slot with that end.
    private func check(_ day: Day, into findings: inout [Diagnostic]) {
        var index: [PersonKey: Int] = [:]
        var speakers: [[Appearance]] = []   // in order of first appearance: deterministic
        for slot in day.slots where slot.end > slot.start {
            for reference in slot.speakers {
                if let i = index[reference.key] {
                    // The same name twice in one slot's speakers is one appearance.
                    if speakers[i].last?.slot.number != slot.number {
                        speakers[i].append(Appearance(slot: slot, reference: reference))
                    }
                } else {
                    index[reference.key] = speakers.count
                    speakers.append([Appearance(slot: slot, reference: reference)])
                }
            }
        }
        for appearances in speakers where appearances.count > 1 {
            let ordered = appearances.sorted {
                ($0.slot.start, $0.slot.end, $0.slot.number) < ($1.slot.start, $1.slot.end, $1.slot.number)
            }
            var latest: Appearance?
            for appearance in ordered {
                if let active = latest, appearance.slot.start < active.slot.end {
                    let (here, there) = appearance.reference.location > active.reference.location
                        ? (appearance, active) : (active, appearance)
                    findings.append(.error(.doubleBooked, LocalizedText(
                        en: "\(here.reference.name) speaks in \(RuleText.slot(here.slot)) and also in \(RuleText.slot(there.slot)) on \(RuleText.day(day).en), and these slots overlap; one person cannot be in two places at once",
                        ru: "\(here.reference.name) выступает в пункте \(RuleText.slot(here.slot)) и в пункте \(RuleText.slot(there.slot)) (\(RuleText.day(day).ru)), а они пересекаются по времени; один человек не может быть в двух местах сразу"),
                        at: here.reference.location,
                        notes: [.init(LocalizedText(en: "also a speaker in \(RuleText.slot(there.slot))",
                                                    ru: "также выступает в пункте \(RuleText.slot(there.slot))"),
                                      at: there.reference.location)]))
                }
                if appearance.slot.end > latest?.slot.end ?? appearance.slot.start { latest = appearance }
            }
        }
    }
}
