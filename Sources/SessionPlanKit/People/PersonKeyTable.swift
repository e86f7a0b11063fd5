/// Positions by `PersonKey` without a copy of the keys: an open-addressing
/// table of 32-bit positions that asks its owner for the key at a position.
/// Four bytes a slot, where a `[PersonKey: Int]` keeps the key (40 bytes) and
/// the value beside every entry.
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
        let mask = slots.count - 1
        var slot = key.hashValue & mask
        while slots[slot] != Self.empty {
            let position = Int(slots[slot])
            if keyAt(position) == key { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Adds `position` for `key`, which the table does not hold yet.
    mutating func insert(_ position: Int, for key: PersonKey, keyAt: (Int) -> PersonKey) {
        if (count + 1) * 2 > slots.count { grow(keyAt: keyAt) }
        place(Int32(truncatingIfNeeded: position), hash: key.hashValue)
        count += 1
    }

    /// Replaces each position `p` by `renumbered[p]`: the keys stay where they hash.
    mutating func renumber(_ renumbered: [Int]) {
        for slot in slots.indices where slots[slot] != Self.empty {
            slots[slot] = Int32(truncatingIfNeeded: renumbered[Int(slots[slot])])
        }
    }

    private mutating func place(_ position: Int32, hash: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != Self.empty { slot = (slot + 1) & mask }
        slots[slot] = position
    }

    private mutating func grow(keyAt: (Int) -> PersonKey) {
        let old = slots
        slots = Array(repeating: Self.empty, count: old.count * 2)
        for position in old where position != Self.empty {
            place(position, hash: keyAt(Int(position)).hashValue)
        }
    }
}
