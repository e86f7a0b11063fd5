/// A map from 64-bit keys (fingerprints, hashes) to small integers, by open
/// addressing with linear probing: no `Hasher`, no allocation per entry, so
/// numbering hundreds of thousands of words or names costs a few arrays.
///
/// The keys are mixed before they pick a slot, so fingerprints whose low
/// bits are alike (FNV of similar texts) still spread.
struct IntegerTable {
    private var keys: [UInt64]
    /// -1 marks an empty slot.
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The value of `key`, or nil.
    func value(for key: UInt64) -> Int32? {
        var slot = Self.slot(key, mask)
        while values[slot] >= 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The value already kept for `key`; when there is none, keeps `value` and returns nil.
    mutating func insert(_ key: UInt64, value: Int32) -> Int32? {
        var slot = Self.slot(key, mask)
        while values[slot] >= 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = value
        count += 1
        if count * 2 > mask { grow() }
        return nil
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        let size = (mask + 1) * 2
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
        for index in oldValues.indices where oldValues[index] >= 0 {
            var slot = Self.slot(oldKeys[index], mask)
            while values[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[index]
            values[slot] = oldValues[index]
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

/// Entries grouped by equal 64-bit keys in linear time: the groups in order of
/// their first entry, each group's entries in ascending order. What a sort by
/// key would give, less the order of the keys themselves, which no caller needs.
struct KeyGroups {
    /// Entry indices, group after group.
    private(set) var members: [Int32] = []
    /// Where each group starts in `members`; one more element than there are groups.
    private(set) var starts: [Int32] = [0]

    init(_ keys: [UInt64]) {
        var table = IntegerTable(capacity: keys.count)
        var groupOf = [Int32](repeating: 0, count: keys.count)
        var sizes: [Int32] = []
        for (index, key) in keys.enumerated() {
            let fresh = Int32(sizes.count)
            if let group = table.insert(key, value: fresh) {
                groupOf[index] = group
                sizes[Int(group)] += 1
            } else {
                groupOf[index] = fresh
                sizes.append(1)
            }
        }
        // Counting sort by group: stable, so entries stay in ascending order.
        starts.reserveCapacity(sizes.count + 1)
        for size in sizes { starts.append(starts[starts.count - 1] + size) }
        var next = starts
        members = [Int32](repeating: 0, count: keys.count)
        for index in keys.indices {
            let group = Int(groupOf[index])
            members[Int(next[group])] = Int32(index)
            next[group] += 1
        }
    }

    var count: Int { starts.count - 1 }

    /// The entries of group `group`, ascending.
    func entries(of group: Int) -> ArraySlice<Int32> { members[Int(starts[group])..<Int(starts[group + 1])] }
}
