/// Edit distance between short strings, for "did you mean …?" suggestions
/// (unknown keys, unknown kinds, unknown directions, unknown names).
enum EditDistance {
    /// The optimal-string-alignment distance between `a` and `b`, counted in
    /// characters: one insertion, deletion, substitution or swap of two
    /// neighbouring characters costs 1 (`strat` → `start` is 1).
    /// Case matters here; `closest(to:among:)` compares lowercased text.
    static func distance(_ a: String, _ b: String) -> Int {
        distance(Array(a), Array(b))
    }

    /// The candidate nearest to `target` (lowercased on both sides), or nil when
    /// even the nearest differs by more than `maximumDistance(for:)`. Ties go to
    /// the candidate listed first, so the answer never depends on hashing.
    static func closest(to target: String, among candidates: [String]) -> String? {
        let t = Array(target.lowercased())
        let limit = maximumDistance(forLength: t.count)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let c = Array(candidate.lowercased())
            // The length difference alone already exceeds what we would accept.
            if abs(c.count - t.count) > min(limit, best?.distance ?? limit) { continue }
            let d = distance(t, c)
            if d <= limit, d < (best?.distance ?? Int.max), wordsAreClose(t, c) {
                best = (candidate, d)
            }
        }
        return best?.candidate
    }

    /// For texts of several words, each word must be close to its partner on
    /// its own: «Детские библиотеки» is not a typo of «Сельские библиотеки»
    /// (one word in three letters out of seven), though the whole is within a
    /// third. Texts with different numbers of words are judged as a whole.
    static func wordsAreClose(_ a: [Character], _ b: [Character]) -> Bool {
        let wordsA = a.split(whereSeparator: \.isWhitespace), wordsB = b.split(whereSeparator: \.isWhitespace)
        guard wordsA.count > 1, wordsA.count == wordsB.count else { return true }
        for (x, y) in zip(wordsA, wordsB) where x != y {
            let limit = maximumDistance(forLength: max(x.count, y.count))
            if abs(x.count - y.count) > limit || distance(Array(x), Array(y)) > limit { return false }
        }
        return true
    }

    /// How far a suggestion may be from what was typed: a third of its length,
    /// at least 1 (one typo in a short word), so `id` never suggests `to`.
    static func maximumDistance(forLength length: Int) -> Int {
        max(1, length / 3)
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let n = b.count
        var previousPrevious = [Int](repeating: 0, count: n + 1)
        var previous = Array(0...n)
        var current = [Int](repeating: 0, count: n + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...n {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            swap(&previousPrevious, &previous)
            swap(&previous, &current)
        }
        return previous[n]
    }
}
