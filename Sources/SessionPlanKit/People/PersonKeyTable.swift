/// Positions by `PersonKey` without a copy of the keys: an open-addressing
/// table of 32-bit positions that asks its owner for the key at a position.
/// Four bytes a slot, where a `[PersonKey: Int]` keeps the key (40 bytes) and
/// the value beside every entry.
///
/// Slots are found from the key's fingerprint (`PersonKey.fingerprint`, which is
/// all `PersonKey.hash(into:)` hashes too), and the owner is asked for a whole key
/// only when the fingerprints agree: building the index copies no reference per probe.
struct PersonKeyTable: Sendable {
    /// A position, or `empty`; the count of slots is a power of two, at most half of them used.
    private var slots: [Int32]
    private(set) var count = 0
    private static let empty: Int32 = -1

    /// A table for about `capacity` positions before it grows.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: Self.empty, count: size)
    }

    /// The position whose key equals `key`, where `keyAt` gives the key of a position.
    func position(of key: PersonKey, keyAt: (Int) -> PersonKey) -> Int? {
        position(fingerprint: key.fingerprint, fingerprintAt: { keyAt($0).fingerprint }, matches: { keyAt($0) == key })
    }

    /// The position of the key with `fingerprint`: `fingerprintAt` gives the fingerprint of a
    /// position, `matches` says whether the whole key at a position (of that fingerprint) is the one sought.
    func position(fingerprint: UInt64, fingerprintAt: (Int) -> UInt64, matches: (Int) -> Bool) -> Int? {
        let mask = slots.count - 1
        var slot = Self.slot(fingerprint) & mask
        while slots[slot] != Self.empty {
            let position = Int(slots[slot])
            if fingerprintAt(position) == fingerprint && matches(position) { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Adds `position` for `key`, which the table does not hold yet.
    mutating func insert(_ position: Int, for key: PersonKey, keyAt: (Int) -> PersonKey) {
        insert(position, fingerprint: key.fingerprint, fingerprintAt: { keyAt($0).fingerprint })
    }

    /// Adds `position` for a key of `fingerprint`, which the table does not hold yet.
    mutating func insert(_ position: Int, fingerprint: UInt64, fingerprintAt: (Int) -> UInt64) {
        if (count + 1) * 2 > slots.count { grow(fingerprintAt: fingerprintAt) }
        place(Int32(truncatingIfNeeded: position), fingerprint: fingerprint)
        count += 1
    }

    /// Replaces each position `p` by `renumbered[p]`: the keys stay where they hash.
    mutating func renumber(_ renumbered: [Int]) {
        for slot in slots.indices where slots[slot] != Self.empty {
            slots[slot] = Int32(truncatingIfNeeded: renumbered[Int(slots[slot])])
        }
    }

    /// The fingerprint's bits mixed (the finalizer of MurmurHash3), so that the low bits the mask keeps vary.
    private static func slot(_ fingerprint: UInt64) -> Int {
        var x = fingerprint
        x ^= x >> 33
        x &*= 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        return Int(truncatingIfNeeded: x)
    }

    private mutating func place(_ position: Int32, fingerprint: UInt64) {
        let mask = slots.count - 1
        var slot = Self.slot(fingerprint) & mask
        while slots[slot] != Self.empty { slot = (slot + 1) & mask }
        slots[slot] = position
    }

    private mutating func grow(fingerprintAt: (Int) -> UInt64) {
        let old = slots
        slots = Array(repeating: Self.empty, count: old.count * 2)
        for position in old where position != Self.empty {
            place(position, fingerprint: fingerprintAt(Int(position)))
        }
    }
}
