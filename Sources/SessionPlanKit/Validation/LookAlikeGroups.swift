/// Spellings joined into groups as similar pairs are found (union–find), with,
/// for each spelling, the earliest spelling it was found directly similar to:
/// the one its note compares it with.
///
/// Joining is near constant time (union by size, path halving, no recursion),
/// so a group of thousands of look-alike names costs as much as its members.
/// Numbers are 32-bit: 12 bytes a spelling (a session's spellings are counted
/// in `Int32` everywhere, `PersonIndex` included).
struct LookAlikeGroups {
    private var parent: [Int32]
    private var size: [Int32]
    private var partners: [Int32]

    init(count: Int) {
        parent = Array(0..<Int32(truncatingIfNeeded: count))
        size = Array(repeating: 1, count: count)
        partners = Array(repeating: Int32.max, count: count)
    }

    /// Spellings `a` and `b` are directly similar.
    mutating func join(_ a: Int, _ b: Int) {
        guard a != b else { return }
        partners[a] = min(partners[a], Int32(truncatingIfNeeded: b))
        partners[b] = min(partners[b], Int32(truncatingIfNeeded: a))
        var x = root(a), y = root(b)
        guard x != y else { return }
        if size[x] < size[y] { swap(&x, &y) }
        parent[y] = Int32(truncatingIfNeeded: x)
        size[x] += size[y]
    }

    /// The earliest spelling `member` is directly similar to (itself when none).
    func partner(of member: Int) -> Int {
        partners[member] == Int32.max ? member : Int(partners[member])
    }

    /// Every group as its members in ascending order, the groups ordered by their
    /// second member (where the finding is), as the pairs were before.
    mutating func components() -> [[Int]] {
        // Sizes are kept at the roots: only groups of two or more get an array.
        var groupOfRoot = [Int32](repeating: -1, count: parent.count)
        var groups: [[Int]] = []
        for member in parent.indices {
            let r = root(member)
            guard size[r] > 1 else { continue }
            if groupOfRoot[r] < 0 {
                groupOfRoot[r] = Int32(groups.count)
                groups.append([member])
            } else {
                groups[Int(groupOfRoot[r])].append(member)
            }
        }
        return groups.sorted { $0[1] < $1[1] }
    }

    private mutating func root(_ member: Int) -> Int {
        var x = member
        while Int(parent[x]) != x {
            parent[x] = parent[Int(parent[x])]
            x = Int(parent[x])
        }
        return x
    }
}
