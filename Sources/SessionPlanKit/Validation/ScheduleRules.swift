/// The program of each day: `slot-range`, `slot-overlap`, `slot-order`,
/// `outside-hours`, `gap` and `empty-day`.
struct ScheduleRules: RuleFamily {
    var reads: Set<SessionPart> { [.days, .hours, .places] }
    /// Unscheduled time longer than this, inside the day's hours, is a `gap`.
    static let longestQuietGap = 15

    init() {}

    func check(_ session: Session, into findings: inout [Diagnostic]) {
        let places = PlaceIndex(session)
        for day in session.days {
            if day.slots.isEmpty {
                findings.append(.warning(.emptyDay, LocalizedText(
                    en: "\(RuleText.day(day).en) has no slots; add its program or remove the day",
                    ru: "\(RuleText.day(day).ru): в программе нет ни одного пункта; добавьте программу дня или уберите день"),
                    at: day.location))
                continue
            }
            checkRanges(day, into: &findings)
            checkOrder(day, into: &findings)
            let timed = Self.timeOrdered(day)
            checkOverlaps(day, timed, places: places, into: &findings)
            let hours = session.hours(of: day)
            // A slot with its times wrong leaves a false gap where it was meant to be: fix the times first.
            if timed.count == day.slots.count { checkGaps(day, timed, hours: hours, into: &findings) }
            if let hours { checkHours(day, hours: hours, into: &findings) }
        }
    }

    /// The day's slots whose end is after their start, by start, then end, then file order.
    /// The other slots are reported by `slot-range` and left out of the time checks.
    static func timeOrdered(_ day: Day) -> [Slot] {
        day.slots.filter { $0.end > $0.start }.sorted {
            ($0.start, $0.end, $0.number) < ($1.start, $1.end, $1.number)
        }
    }

    private func checkRanges(_ day: Day, into findings: inout [Diagnostic]) {
        for slot in day.slots where slot.end <= slot.start {
            findings.append(.error(.slotRange, LocalizedText(
                en: "slot \(RuleText.slot(slot)) of \(RuleText.day(day).en) ends at \(slot.end), which is not after its start at \(slot.start); the end must be later than the start",
                ru: "пункт программы \(RuleText.slot(slot)) (\(RuleText.day(day).ru)): окончание (\(slot.end)) должно быть позже начала (\(slot.start))"),
                at: slot.endLocation))
        }
    }

    /// One finding per day, at the first slot that starts earlier than the slot listed before it.
    private func checkOrder(_ day: Day, into findings: inout [Diagnostic]) {
        let slots = day.slots
        guard let index = slots.indices.dropFirst().first(where: { slots[$0].start < slots[$0 - 1].start }) else { return }
        let slot = slots[index]
        // Where it belongs: after the latest slot that starts no later than it does.
        var after: Slot?
        for other in slots where other.number != slot.number && other.start <= slot.start {
            if let best = after, (best.start, best.end, best.number) >= (other.start, other.end, other.number) { continue }
            after = other
        }
        let message = LocalizedText(
            en: "the slots of \(RuleText.day(day).en) are not listed in time order: \(RuleText.slot(slot)) comes after \(RuleText.slot(slots[index - 1])); list the program from the earliest slot to the latest",
            ru: "пункты программы (\(RuleText.day(day).ru)) идут не по порядку времени: \(RuleText.slot(slot)) указан после \(RuleText.slot(slots[index - 1])); перечислите программу от раннего к позднему")
        let note: Diagnostic.Note
        if let after {
            note = .init(LocalizedText(en: "it belongs after \(RuleText.slot(after))",
                                       ru: "его место — после \(RuleText.slot(after))"), at: after.location)
        } else {
            // Nothing starts earlier: it belongs first, before the first slot listed.
            note = .init(LocalizedText(en: "it belongs first, before \(RuleText.slot(slots[0]))",
                                       ru: "его место — первым, перед \(RuleText.slot(slots[0]))"), at: slots[0].location)
        }
        findings.append(.warning(.slotOrder, message, at: slot.location, notes: [note]))
    }

    /// A sweep over the slots by start: each slot that starts before the
    /// furthest end seen so far overlaps the slot with that end. Slots in
    /// different places are parallel: a slot with a place is checked against
    /// the furthest-ending slot of its own place and the furthest-ending slot
    /// without a place; a slot without a place against every slot.
    private func checkOverlaps(_ day: Day, _ timed: [Slot], places: PlaceIndex, into findings: inout [Diagnostic]) {
        var latest: Slot?
        var latestUnplaced: Slot?
        var latestInPlace: [String: Slot] = [:]
        func later(_ slot: Slot, than current: Slot?) -> Slot { slot.end > current?.end ?? slot.start ? slot : current ?? slot }
        for slot in timed {
            let place = places.place(of: slot)?.id
            let rival: Slot?
            if let place {
                if let same = latestInPlace[place], slot.start < same.end {
                    rival = same
                } else if let open = latestUnplaced, slot.start < open.end {
                    rival = open
                } else {
                    rival = nil
                }
            } else {
                rival = latest.flatMap { slot.start < $0.end ? $0 : nil }
            }
            if let active = rival {
                // Report at whichever of the two is written later in the file.
                let (here, there) = slot.location > active.location ? (slot, active) : (active, slot)
                let hint = places.isEmpty ? LocalizedText(verbatim: "") : LocalizedText(
                    en: " (parallel slots need places of their own)", ru: " (у параллельных пунктов должны быть разные места)")
                findings.append(.error(.slotOverlap, LocalizedText(
                    en: "slot \(RuleText.slot(here)) overlaps \(RuleText.slot(there)) on \(RuleText.day(day).en); slots of one day may follow each other end to start but not overlap\(hint.en)",
                    ru: "пункт программы \(RuleText.slot(here)) пересекается по времени с \(RuleText.slot(there)) (\(RuleText.day(day).ru)); пункты одного дня могут идти встык, но не накладываться\(hint.ru)"),
                    at: here.startLocation,
                    notes: [.init(LocalizedText(en: "the other slot, \(RuleText.slot(there))",
                                                ru: "второй пункт, \(RuleText.slot(there))"), at: there.startLocation)]))
            }
            latest = later(slot, than: latest)
            if let place { latestInPlace[place] = later(slot, than: latestInPlace[place]) } else { latestUnplaced = later(slot, than: latestUnplaced) }
        }
    }

    /// Time between slots in which nothing is scheduled; only the part within
    /// the day's hours counts (with no hours, every gap between slots counts).
    private func checkGaps(_ day: Day, _ timed: [Slot], hours: Hours?, into findings: inout [Diagnostic]) {
        var latest: Slot?
        for slot in timed {
            defer { if slot.end > latest?.end ?? slot.start { latest = slot } }
            guard let before = latest, slot.start > before.end else { continue }
            let from = max(before.end, hours?.start ?? before.end)
            let to = min(slot.start, hours?.end ?? slot.start)
            let length = to.minutes - from.minutes
            guard length > Self.longestQuietGap else { continue }
            let span = RuleText.minutes(length)
            let within = hours.map {
                LocalizedText(en: " within the day's hours \($0.start)–\($0.end)",
                              ru: " в объявленные часы дня \($0.start)–\($0.end)")
            } ?? LocalizedText(verbatim: "")
            findings.append(.warning(.gap, LocalizedText(
                en: "nothing is scheduled from \(from) to \(to) (\(span.en))\(within.en) on \(RuleText.day(day).en), between \(RuleText.slot(before)) and \(RuleText.slot(slot)); a pause of up to \(Self.longestQuietGap) minutes is fine, a longer one belongs in the program (a break, for instance)",
                ru: "с \(from) до \(to) (\(span.ru))\(within.ru) ничего не запланировано (\(RuleText.day(day).ru)), между \(RuleText.slot(before)) и \(RuleText.slot(slot)); пауза до \(Self.longestQuietGap) минут допустима, более длинную стоит внести в программу (например, как перерыв)"),
                at: slot.startLocation,
                notes: [.init(LocalizedText(en: "the slot before the gap ends here",
                                            ru: "здесь заканчивается пункт перед паузой"), at: before.endLocation)]))
        }
    }

    /// Slots meant for everyone must keep within the hours announced to everyone;
    /// a slot nobody must attend (only `optional`) is not held to them.
    private func checkHours(_ day: Day, hours: Hours, into findings: inout [Diagnostic]) {
        for slot in day.slots where slot.isForEveryone && slot.optional.isEmpty && slot.end > slot.start {
            let early = slot.start < hours.start, late = slot.end > hours.end
            guard early || late else { continue }
            let what: LocalizedText
            switch (early, late) {
            case (true, true):
                what = LocalizedText(en: "starts before and ends after", ru: "начинается раньше и заканчивается позже")
            case (true, false):
                what = LocalizedText(en: "starts before", ru: "начинается раньше")
            default:
                what = LocalizedText(en: "ends after", ru: "заканчивается позже")
            }
            findings.append(.warning(.outsideHours, LocalizedText(
                en: "slot \(RuleText.slot(slot)) of \(RuleText.day(day).en) is for everyone but \(what.en) the announced hours \(hours.start)–\(hours.end); move it inside the hours, or give it an \"audience\" if it is not for everyone",
                ru: "пункт программы \(RuleText.slot(slot)) (\(RuleText.day(day).ru)) — для всех, но \(what.ru) объявленного времени \(hours.start)–\(hours.end); перенесите его в эти часы или укажите \"audience\", если он не для всех"),
                at: early ? slot.startLocation : slot.endLocation,
                notes: [.init(LocalizedText(en: "the hours are announced here", ru: "часы объявлены здесь"),
                              at: hours.location)]))
        }
    }
}
