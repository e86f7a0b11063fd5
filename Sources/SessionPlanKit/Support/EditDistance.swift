/// Suggestions for misspelt words: "did you mean …?".
public enum EditDistance {
    /// Levenshtein distance over Unicode scalars, two rows of memory.
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The candidate closest to `word`, compared case-insensitively, when it is
    /// close enough to be a likely misspelling (at most a third of its length
    /// differs, at least one edit allowed); ties go to the earlier candidate.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let target = word.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let d = distance(target, candidate.lowercased())
            if d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        guard let best else { return nil }
        let allowed = max(1, max(target.unicodeScalars.count, best.candidate.unicodeScalars.count) / 3)
        return best.distance <= allowed ? best.candidate : nil
    }
}
