/// `similar-names`: two different names that are probably one person spelled
/// two ways. Nothing is merged silently (see `PersonKey`); this only warns.
///
/// Two names are similar when they are equal after folding case and `ё`→`е`,
/// or when they have the same number of words, all equal (folded) but one,
/// and that one differs by exactly one letter: a letter replaced by another,
/// inserted or left out (`Рогачева`/`Розачева`, `Севрюков`/`Северюков`).
/// Digits are not letters, so `Участник 1`/`Участник 2` are different people;
/// nor are words shorter than three characters compared, so initials and
/// labels such as `Эксперт А`/`Эксперт Б` are not flagged.
///
/// No pair of names is compared unless it shares a bucket: names are
/// bucketed by every word but one, and within a bucket by the remaining
/// word with one letter left out (the word itself included). Two words one
/// letter apart always share such a variant, so every similar pair is found,
/// in time linear in the total length of the names (for realistic names).
public struct SimilarNames: RuleFamily {
    /// Words shorter than this are not compared letter by letter.
    static let shortestComparedWord = 3

    public init() {}

    /// A distinct name, where it is first written, and its folded words.
    private struct Spelling {
        let reference: PersonReference
        let words: [String]
    }

    private struct Pair: Hashable {
        let earlier: Int
        let later: Int
    }

    /// One name's place in a bucket, under one variant of its remaining word.
    private struct Entry {
        let bucket: Int
        let variant: Int
        let name: Int
        let word: Int
    }

    public func check(_ session: Session, into findings: inout [Diagnostic]) {
        let spellings = Self.spellings(in: session)
        var pairs: [Pair] = []
        var seen: Set<Pair> = []   // membership only; the output order comes from `pairs`, sorted
        func found(_ earlier: Int, _ later: Int) {
            let pair = Pair(earlier: earlier, later: later)
            if seen.insert(pair).inserted { pairs.append(pair) }
        }

        // Equal after folding case and ё: each later spelling against the first one.
        // Text keys are UTF-8 bytes: the names are NFC already, and hashing bytes
        // is much cheaper than hashing non-ASCII `String`s.
        var firstFolded: [[UInt8]: Int] = [:]
        for (i, spelling) in spellings.enumerated() {
            let folded = Array(spelling.words.joined(separator: " ").utf8)
            if let j = firstFolded[folded] { found(j, i) } else { firstFolded[folded] = i }
        }

        // One letter apart in one word, the other words equal. Words are numbered
        // once, so buckets are keyed by small arrays of numbers, not by text.
        var wordNumbers: [[UInt8]: Int] = [:]
        var words: [String] = []
        let numbered: [[Int]] = spellings.map { spelling in
            spelling.words.map { word in
                let bytes = Array(word.utf8)
                if let number = wordNumbers[bytes] { return number }
                wordNumbers[bytes] = words.count
                words.append(word)
                return words.count - 1
            }
        }
        // Bucket of each (name, position): the name with that word left blank.
        var bucketNumbers: [[Int]: Int] = [:]
        var bucketSizes: [Int] = []
        var places: [(name: Int, position: Int, bucket: Int)] = []
        for (i, name) in numbered.enumerated() {
            for position in name.indices where words[name[position]].count >= Self.shortestComparedWord {
                var key = name
                key[position] = -1
                let bucket: Int
                if let known = bucketNumbers[key] {
                    bucket = known
                } else {
                    bucket = bucketSizes.count
                    bucketNumbers[key] = bucket
                    bucketSizes.append(0)
                }
                bucketSizes[bucket] += 1
                places.append((i, position, bucket))
            }
        }
        // Within buckets of two names or more: the remaining word's variants.
        var variantNumbers: [[UInt8]: Int] = [:]
        var variantsOfWord: [Int: [Int]] = [:]
        var entries: [Entry] = []
        for place in places where bucketSizes[place.bucket] > 1 {
            let word = numbered[place.name][place.position]
            let variants: [Int]
            if let known = variantsOfWord[word] {
                variants = known
            } else {
                variants = Self.oneLetterOmitted(words[word]).map { text in
                    let bytes = Array(text.utf8)
                    if let number = variantNumbers[bytes] { return number }
                    variantNumbers[bytes] = variantNumbers.count
                    return variantNumbers.count - 1
                }
                variantsOfWord[word] = variants
            }
            for variant in variants {
                entries.append(Entry(bucket: place.bucket, variant: variant, name: place.name, word: word))
            }
        }
        entries.sort { ($0.bucket, $0.variant, $0.name) < ($1.bucket, $1.variant, $1.name) }
        var runStart = 0
        while runStart < entries.count {
            var runEnd = runStart + 1
            while runEnd < entries.count, entries[runEnd].bucket == entries[runStart].bucket,
                  entries[runEnd].variant == entries[runStart].variant { runEnd += 1 }
            for a in runStart..<runEnd {
                for b in (a + 1)..<runEnd where entries[a].name != entries[b].name && entries[a].word != entries[b].word
                    && Self.differByOneLetter(words[entries[a].word], words[entries[b].word]) {
                    found(entries[a].name, entries[b].name)
                }
            }
            runStart = runEnd
        }

        pairs.sort { ($0.later, $0.earlier) < ($1.later, $1.earlier) }
        for pair in pairs {
            findings.append(Self.finding(spellings[pair.later].reference, like: spellings[pair.earlier].reference))
        }
    }

    private static func finding(_ later: PersonReference, like earlier: PersonReference) -> Diagnostic {
        let how: LocalizedText
        let a = later.name, b = earlier.name
        if a.lowercased() == b.lowercased() {
            how = LocalizedText(en: "only in capital letters", ru: "только заглавными буквами")
        } else if fold(a) == fold(b) {
            let yo = unifyYo(a) == unifyYo(b)
            how = yo ? LocalizedText(en: "only in «ё» written as «е»", ru: "только написанием «ё» и «е»")
                     : LocalizedText(en: "only in capital letters and «ё» written as «е»",
                                     ru: "только заглавными буквами и написанием «ё» и «е»")
        } else {
            how = LocalizedText(en: "by one letter", ru: "одной буквой")
        }
        return .warning(.similarNames, LocalizedText(
            en: "«\(a)» differs from «\(b)», written earlier, \(how.en); if this is one person, write the name the same way everywhere",
            ru: "«\(a)» отличается от «\(b)» (встречается раньше) \(how.ru); если это один человек, напишите имя везде одинаково"),
            at: later.location,
            notes: [.init(LocalizedText(en: "«\(b)» is first written here", ru: "«\(b)» впервые встречается здесь"),
                          at: earlier.location)])
    }

    /// Every distinct name of the session at its first place in the file, in file order.
    private static func spellings(in session: Session) -> [Spelling] {
        var references: [PersonReference] = []
        if let host = session.host { references.append(host) }
        references += session.architects
        references += session.people.map(\.name)
        for day in session.days {
            for slot in day.slots { references += slot.speakers }
        }
        for direction in session.directions {
            references += direction.leaders
            for group in direction.groups {
                if let moderator = group.moderator { references.append(moderator) }
                if let collector = group.collector { references.append(collector) }
                references += group.members
            }
        }
        // Keyed by the key's UTF-8 bytes (NFC text: equal bytes, equal names).
        var first: [[UInt8]: PersonReference] = [:]
        for reference in references {
            let bytes = Array(reference.key.normalized.utf8)
            if let known = first[bytes], known.location <= reference.location { continue }
            first[bytes] = reference
        }
        return first.values.sorted { ($0.location, $0.key) < ($1.location, $1.key) }.map {
            Spelling(reference: $0, words: $0.key.normalized.split(separator: " ").map { fold(String($0)) })
        }
    }

    /// Lowercased, with `ё` as `е`.
    static func fold(_ text: String) -> String {
        unifyYo(text.lowercased())
    }

    private static func unifyYo(_ text: String) -> String {
        String(text.map { $0 == "ё" ? "е" : $0 == "Ё" ? "Е" : $0 })
    }

    /// The word itself and the word with each of its letters left out in turn.
    static func oneLetterOmitted(_ word: String) -> [String] {
        let characters = Array(word)
        var result = [word]
        for i in characters.indices where characters[i].isLetter {
            if i > 0, characters[i - 1] == characters[i] { continue }   // same result as the previous letter
            var shorter = characters
            shorter.remove(at: i)
            result.append(String(shorter))
        }
        return result
    }

    /// Whether two words of at least `shortestComparedWord` characters differ by
    /// exactly one letter: replaced by another letter, inserted or left out.
    static func differByOneLetter(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard min(x.count, y.count) >= shortestComparedWord, x != y else { return false }
        if x.count == y.count {
            var differences = x.indices.lazy.filter { x[$0] != y[$0] }.makeIterator()
            guard let i = differences.next(), differences.next() == nil else { return false }
            return x[i].isLetter && y[i].isLetter
        }
        let (long, short) = x.count > y.count ? (x, y) : (y, x)
        guard long.count == short.count + 1 else { return false }
        let i = short.indices.first { short[$0] != long[$0] } ?? short.count
        return long[i].isLetter && long[(i + 1)...].elementsEqual(short[i...])
    }
}
