import Foundation
import Testing
@testable import SessionPlanKit

/// Each edit organizers make after publishing, and what it does to the UIDs.
@Suite struct SlotIdentityTests {
    static func reference() throws -> Session {
        let file = SourceFile(name: "s.json", bytes: Array(ExportFixtures.referenceText().utf8))
        return try #require(SessionLoader.load(file, checkRules: false).session)
    }

    /// UID by slot title (titles are unique in the reference session), after `edit`.
    static func uids(_ session: Session) -> [String: String] {
        let identities = SlotIdentity.of(session)
        var result: [String: String] = [:]
        for day in session.days { for slot in day.slots { result[slot.title] = identities.uid(day, slot) } }
        return result
    }

    /// `slots` with their numbers renumbered, as the reader would number them.
    static func renumbered(_ slots: [Slot]) -> [Slot] {
        slots.enumerated().map { index, slot in var slot = slot; slot.number = index + 1; return slot }
    }

    static func slot(_ title: String, kind: SlotKind, like model: Slot) -> Slot {
        var slot = model
        slot.title = title
        slot.kind = kind
        slot.id = nil
        slot.speakers = []
        return slot
    }

    @Test func insertingASlotOfAnotherKindAtTheStartKeepsEveryUID() throws {
        let before = try Self.reference()
        var after = before
        let zoom = Self.slot("Подключение к Zoom", kind: .other, like: before.days[0].slots[0])
        after.days[0].slots = Self.renumbered([zoom] + before.days[0].slots)
        let (old, new) = (Self.uids(before), Self.uids(after))
        for (title, uid) in old { #expect(new[title] == uid, "\(title)") }
        #expect(Set(new.values).count == new.count)
    }

    @Test func insertingASlotOfTheSameKindShiftsOnlyLaterSlotsOfThatKind() throws {
        let before = try Self.reference()
        var after = before
        let talk = Self.slot("Ещё один доклад", kind: .talk, like: before.days[0].slots[2])
        var slots = before.days[0].slots
        slots.insert(talk, at: 2)
        after.days[0].slots = Self.renumbered(slots)
        let (old, new) = (Self.uids(before), Self.uids(after))
        let talks = Set(before.days[0].slots.filter { $0.kind == .talk }.map(\.title))
        for (title, uid) in old where !talks.contains(title) { #expect(new[title] == uid, "\(title)") }
    }

    @Test func deletingASlotKeepsTheOthers() throws {
        let before = try Self.reference()
        var after = before
        after.days[0].slots = Self.renumbered(before.days[0].slots.filter { $0.title != "Перерыв" })
        let (old, new) = (Self.uids(before), Self.uids(after))
        #expect(new["Перерыв"] == nil)
        for (title, uid) in old where title != "Перерыв" { #expect(new[title] == uid, "\(title)") }
    }

    @Test func renamingTheSessionKeepsEveryUID() throws {
        let before = try Self.reference()
        var after = before
        after.title = "Новое название сессии"
        #expect(Self.uids(before) == Self.uids(after))
    }

    @Test func fixingTitlesAndTimesKeepsEveryUID() throws {
        let before = try Self.reference()
        var after = before
        after.days[1].slots[0].title = "Приветствие"
        // A time fix that reorders the day: the closing moved before the plenary.
        after.days[1].slots[5].start = try #require(ClockTime(minutes: 11 * 60))
        let old = SlotIdentity.keys(of: before), new = SlotIdentity.keys(of: after)
        #expect(old == new)
    }

    @Test func anIDSurvivesEverythingEvenAMoveToAnotherDay() throws {
        var before = try Self.reference()
        before.days[0].slots[0].id = "opening"
        var after = before
        var moved = after.days[0].slots.removeFirst()
        moved.kind = .talk
        moved.title = "Открытие"
        after.days[0].slots = Self.renumbered(after.days[0].slots)
        after.days[1].slots = Self.renumbered([moved] + after.days[1].slots)
        let uid = SlotIdentity.uid("opening")
        #expect(SlotIdentity.of(before).uid(before.days[0], before.days[0].slots[0]) == uid)
        #expect(SlotIdentity.of(after).uid(after.days[1], after.days[1].slots[0]) == uid)
    }

    @Test func implicitKeysAreTheIDsSessionplanWrites() throws {
        let keys = SlotIdentity.keys(of: try Self.reference())
        #expect(Array(keys[0].prefix(5)) == ["2021-09-21-opening", "2021-09-21-briefing", "2021-09-21-talk",
                                             "2021-09-21-talk-2", "2021-09-21-briefing-2"])
        #expect(keys.joined().allSatisfy(ValueParsing.isValidID))
    }

    @Test func anImplicitKeyNeverTakesAWrittenID() throws {
        var session = try Self.reference()
        session.days[1].slots[0].id = "2021-09-21-opening"
        let keys = SlotIdentity.keys(of: session).joined()
        #expect(Set(keys).count == keys.count)
        #expect(keys.first == "2021-09-21-opening-2")
    }
}
