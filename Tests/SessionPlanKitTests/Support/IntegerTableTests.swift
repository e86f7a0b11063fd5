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

    @Test("entries with equal keys form one group, groups in order of their first entry, entries ascending")
    func groups() {
        let groups = KeyGroups([5, 3, 5, 9, 3, 5])
        #expect(groups.count == 3)
        #expect(Array(groups.entries(of: 0)) == [0, 2, 5])
        #expect(Array(groups.entries(of: 1)) == [1, 4])
        #expect(Array(groups.entries(of: 2)) == [3])
        #expect(KeyGroups([]).count == 0)
    }
}
