/// Which directions' groups work at the same time. Without group work limited
/// to some directions (a `group-work` slot with `directions`), every group
/// works at once. Otherwise directions whose group work shares time (one slot
/// for both, or overlapping slots) work together, and only their groups can
/// hold the same person in conflict.
enum GroupWorkTimes {
    /// For each direction (by position), the number of the set it works together with.
    static func together(_ session: Session) -> [Int32] {
        let count = session.directions.count
        let limited = session.days.contains { $0.slots.contains { $0.kind == .groupWork && !$0.directions.isEmpty } }
        guard limited else { return Array(repeating: 0, count: count) }
        var position: [String: Int] = [:]
        for (i, direction) in session.directions.enumerated() where position[direction.id] == nil { position[direction.id] = i }
        var parent = Array(0...count)   // `count` is every direction in no group work: one set of their own
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        func join(_ a: Int, _ b: Int) { parent[root(a)] = root(b) }
        var working = Array(repeating: false, count: count)
        for day in session.days {
            let slots = day.slots.filter { $0.kind == .groupWork && $0.end > $0.start }.sorted { $0.start < $1.start }
            var cluster: (end: ClockTime, member: Int)?
            for slot in slots {
                let members = slot.directions.isEmpty ? Array(0..<count) : slot.directions.compactMap { position[$0] }
                guard let first = members.first else { continue }
                for member in members {
                    working[member] = true
                    join(member, first)
                }
                if let open = cluster, slot.start < open.end {
                    join(first, open.member)
                    cluster = (max(open.end, slot.end), first)
                } else {
                    cluster = (slot.end, first)
                }
            }
        }
        for i in 0..<count where !working[i] { join(i, count) }
        return (0..<count).map { Int32(clamping: root($0)) }
    }
}
