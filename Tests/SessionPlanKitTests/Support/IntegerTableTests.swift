import Testing
@testable import SessionPlanKit

/// The integer-keyed table and grouping behind the name search.
struct IntegerTableTests {
    @Test("a key keeps its first value, through growth, and absent keys are nil")
    func keepsFirstValue() {
        var table = IntegerTable(capacity: 1)
        for key in 0..<1_000 { #expect(table.insert(UInt64(key) << 32, value: Int32(key)) == nil) }
        #expect(table.insert(7 << 32, value: 99) == 7)
        #expect(table.value(for: 999 << 32) == 999)
        #expect(table.value(for: 1) == nil)
        #expect(table.count == 1_000)
    }

    @Test("entries with equal keys form one group, entries ascending, every entry in exactly one group")
    func groups() {
        let keys: [UInt64] = [5, 3, 5, 9, 3, 5]
        let groups = KeyGroups(keys)
        let found = Set((0..<groups.count).map { Array(groups.entries(of: $0)) })
        #expect(found == [[0, 2, 5], [1, 4], [3]])
        #expect(KeyGroups([]).count == 0)
        #expect(KeyGroups([7]).count == 1)
    }

    @Test("many keys, some in one bucket by their top bits: groups are exactly the equal keys")
    func manyKeys() {
        // Keys equal in their top bits after mixing would share a bucket: 0 and multiples of 2^40 do not
        // all, but equal keys always do, and distinct keys must come out apart.
        let keys: [UInt64] = (0..<3_000).map { UInt64($0 % 1_000) << 40 }
        let groups = KeyGroups(keys)
        #expect(groups.count == 1_000)
        for group in 0..<groups.count {
            let entries = Array(groups.entries(of: group))
            #expect(entries.count == 3)
            #expect(entries == entries.sorted())
            #expect(Set(entries.map { keys[Int($0)] }).count == 1)
        }
    }

    @Test("buckets of every size, past the insertion sort's sixteen: groups exact, entries ascending")
    func largeBuckets() {
        // Two keys 200 times each, interleaved, among distinct ones: buckets of 200 and more
        // go through the standard sort, the rest through insertion.
        let keys: [UInt64] = (0..<1_000).map { (index: Int) -> UInt64 in
            switch index % 5 {
            case 0: 77
            case 1: 78
            default: UInt64(index) * 1_000_003
            }
        }
        let groups = KeyGroups(keys)
        var seen = 0
        for group in 0..<groups.count {
            let entries = Array(groups.entries(of: group))
            seen += entries.count
            #expect(entries == entries.sorted())
            #expect(Set(entries.map { keys[Int($0)] }).count == 1)
            if keys[Int(entries[0])] == 77 || keys[Int(entries[0])] == 78 { #expect(entries.count == 200) }
        }
        #expect(seen == keys.count)
        #expect(groups.count == 602)
    }
}
