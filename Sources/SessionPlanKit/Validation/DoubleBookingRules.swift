/// `double-booked`: a speaker or a slot moderator in two slots of one day that
/// overlap, wherever those slots are.
struct DoubleBookingRules: RuleFamily {
    var reads: Set<SessionPart> { [.days, .places] }
    init() {}

    func check(_ session: Session, into findings: inout [Diagnostic]) {
        for day in session.days { check(day, into: &findings) }
    }

    private struct Appearance {
        let slot: Slot
        let reference: PersonReference
        /// Named among the slot's `moderators` rather than its speakers.
        let moderates: Bool

        /// `speaks in` / `выступает в пункте`, or the moderator's words.
        var doing: LocalizedText {
            moderates ? LocalizedText(en: "moderates", ru: "модерирует пункт")
                      : LocalizedText(en: "speaks in", ru: "выступает в пункте")
        }
    }

    /// Each speaker's slots by start, swept like the day's slots: a slot that
    /// starts before the furthest end so far overlaps the slot with that end.
    private func check(_ day: Day, into findings: inout [Diagnostic]) {
        var index: [PersonKey: Int] = [:]
        var speakers: [[Appearance]] = []   // in order of first appearance: deterministic
        for slot in day.slots where slot.end > slot.start {
            let named = slot.speakers.lazy.map { ($0, false) } + slot.moderators.lazy.map { ($0, true) }
            for (reference, moderates) in named {
                let appearance = Appearance(slot: slot, reference: reference, moderates: moderates)
                if let i = index[reference.key] {
                    // The same name twice in one slot (speaker and moderator too) is one appearance.
                    if speakers[i].last?.slot.number != slot.number { speakers[i].append(appearance) }
                } else {
                    index[reference.key] = speakers.count
                    speakers.append([appearance])
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
                    let also = here.moderates == there.moderates
                        ? LocalizedText(en: "also in", ru: "и в пункте")
                        : LocalizedText(en: "also \(there.doing.en)", ru: "и \(there.doing.ru)")
                    let note = there.moderates
                        ? LocalizedText(en: "also moderates \(RuleText.slot(there.slot))", ru: "также модерирует пункт \(RuleText.slot(there.slot))")
                        : LocalizedText(en: "also a speaker in \(RuleText.slot(there.slot))", ru: "также выступает в пункте \(RuleText.slot(there.slot))")
                    findings.append(.error(.doubleBooked, LocalizedText(
                        en: "\(here.reference.name) \(here.doing.en) \(RuleText.slot(here.slot)) and \(also.en) \(RuleText.slot(there.slot)) on \(RuleText.day(day).en), and these slots overlap; one person cannot be in two places at once",
                        ru: "\(here.reference.name) \(here.doing.ru) \(RuleText.slot(here.slot)) \(also.ru) \(RuleText.slot(there.slot)) (\(RuleText.day(day).ru)), а они пересекаются по времени; один человек не может быть в двух местах сразу"),
                        at: here.reference.location,
                        notes: [.init(note, at: there.reference.location)]))
                }
                if appearance.slot.end > latest?.slot.end ?? appearance.slot.start { latest = appearance }
            }
        }
    }
}
