/// A map from 64-bit keys (fingerprints, hashes) to small integers, by open
/// addressing with linear probing: no `Hasher`, no allocation per entry, so
/// numbering hundreds of thousands of words or names costs one array.
///
/// The keys are mixed before they pick a slot, so fingerprints whose low
/// bits are alike (FNV of similar texts) still spread.
struct IntegerTable {
    /// A key and its value side by side: one cache line read per probe. A value of -1 marks an empty slot.
    private struct Slot {
        var key: UInt64
        var value: Int32
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(key: 0, value: -1), count: size)
        mask = size - 1
    }

    /// The value of `key`, or nil.
    func value(for key: UInt64) -> Int32? {
        var index = Self.slot(key, mask)
        while slots[index].value >= 0 {
            if slots[index].key == key { return slots[index].value }
            index = (index + 1) & mask
        }
        return nil
    }

    /// The value already kept for `key`; when there is none, keeps `value` and returns nil.
    mutating func insert(_ key: UInt64, value: Int32) -> Int32? {
        var index = Self.slot(key, mask)
        while slots[index].value >= 0 {
            if slots[index].key == key { return slots[index].value }
            index = (index + 1) & mask
        }
        slots[index] = Slot(key: key, value: value)
        count += 1
        if count * 2 > mask { grow() }
        return nil
    }

    private mutating func grow() {
        let old = slots
        let size = (mask + 1) * 2
        slots = Array(repeating: Slot(key: 0, value: -1), count: size)
        mask = size - 1
        for slot in old where slot.value >= 0 {
            var index = Self.slot(slot.key, mask)
            while slots[index].value >= 0 { index = (index + 1) & mask }
            slots[index] = slot
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        var x = key
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        return Int(truncatingIfNeeded: x) & mask
    }
}

/// Entries grouped by equal 64-bit keys (hashes) in linear expected time,
/// each group's entries in ascending order; groups come in no meaningful
/// order. One counting pass spreads the entries over about as many buckets
/// as there are entries, by the key's top bits after mixing; only the few
/// buckets that receive more than one entry are sorted, by key then entry.
/// Memory is read and written in sequence, not at random as by a hash table,
/// which is what costs on hundreds of thousands of entries.
struct KeyGroups {
    /// Entry indices, group after group.
    private(set) var members: [Int32] = []
    /// Where each group starts in `members`; one more element than there are groups.
    private(set) var starts: [Int32] = [0]

    init(_ keys: [UInt64]) {
        guard !keys.isEmpty else { return }
        var bits = 1
        while 1 << bits < keys.count { bits += 1 }
        let shift = UInt64(64 - bits)
        @inline(__always) func bucket(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }
        var bounds = [Int32](repeating: 0, count: (1 << bits) + 1)
        var members = [Int32](repeating: 0, count: keys.count)
        // At most one group per entry: written through a pointer, then cut to the groups found.
        var starts = [Int32](repeating: 0, count: keys.count + 1)
        var groupCount = 0
        // Through pointers: on hundreds of thousands of entries, a uniqueness check per write
        // and an `ArraySlice` (a retain and a release) per bucket cost as much as the work.
        keys.withUnsafeBufferPointer { keys in
            bounds.withUnsafeMutableBufferPointer { bounds in
                members.withUnsafeMutableBufferPointer { members in starts.withUnsafeMutableBufferPointer { starts in
                    // Counted into `bounds[b + 1]`, summed into where each bucket ends, then filled from
                    // the end down (the entries land in ascending order), which leaves each bucket's start:
                    // one array of bounds, not a second one of cursors.
                    for key in keys { bounds[bucket(key) + 1] += 1 }
                    for index in 1..<bounds.count { bounds[index] += bounds[index - 1] }
                    for index in keys.indices.reversed() {
                        let b = bucket(keys[index]) + 1
                        bounds[b] -= 1
                        members[Int(bounds[b])] = Int32(truncatingIfNeeded: index)
                    }
                    // Now `bounds[b + 1]` is where bucket `b` starts, and it ends where the next one starts.
                    for b in 0..<(bounds.count - 1) {
                        let low = Int(bounds[b + 1]), high = b + 2 < bounds.count ? Int(bounds[b + 2]) : keys.count
                        guard high > low else { continue }
                        if high - low > 1 {
                            Self.sort(UnsafeMutableBufferPointer(rebasing: members[low..<high]), by: keys)
                            for index in (low + 1)..<high where keys[Int(members[index])] != keys[Int(members[index - 1])] {
                                groupCount += 1
                                starts[groupCount] = Int32(index)
                            }
                        }
                        groupCount += 1
                        starts[groupCount] = Int32(high)
                    }
                } }
            }
        }
        starts.removeSubrange((groupCount + 1)...)
        self.members = members
        self.starts = starts
    }

    /// A bucket's entries by key, then by entry: by insertion when it is small (nearly
    /// all are), by the standard library's sort when a bucket is large (equal keys made on purpose).
    private static func sort(_ entries: UnsafeMutableBufferPointer<Int32>, by keys: UnsafeBufferPointer<UInt64>) {
        var entries = entries
        @inline(__always) func before(_ a: Int32, _ b: Int32) -> Bool { (keys[Int(a)], a) < (keys[Int(b)], b) }
        guard entries.count <= 16 else {
            entries.sort(by: before)
            return
        }
        for index in 1..<entries.count {
            let entry = entries[index]
            var place = index
            while place > 0, before(entry, entries[place - 1]) {
                entries[place] = entries[place - 1]
                place -= 1
            }
            entries[place] = entry
        }
    }

    var count: Int { starts.count - 1 }

    /// How many entries group `group` has, without making a slice of them (nearly every
    /// group of the name search has one, and is skipped).
    func size(of group: Int) -> Int { Int(starts[group + 1] - starts[group]) }

    /// The entries of group `group`, ascending.
    func entries(of group: Int) -> ArraySlice<Int32> { members[Int(starts[group])..<Int(starts[group + 1])] }
}
