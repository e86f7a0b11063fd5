/// Which distinct words are one letter apart, as hubs: sets of words that
/// meet under one integer key. A word of n letters gives 2n + 1 keys:
///
/// - for a replaced letter, the word's length, the letter's position and the
///   hash of the word without it: words with the same key differ in exactly
///   that position, so every word of such a hub is one letter from every
///   other (any of them can anchor it);
/// - for a letter added or left out, the hash of the word without one letter
///   against the hash of every whole word one letter shorter: such a hub is a
///   star, the shorter word at its centre (the only anchor), each longer word
///   one letter from it but not necessarily from each other.
///
/// Keys are grouped by `KeyGroups` (a table, not a sort), the hashes are
/// polynomial over the letters (the word without any one letter costs O(1)),
/// and every member is checked letter by letter against the hub's first
/// word: a collision can hide a match, never invent one. No `String` is made.
struct NeighbourHubs {
    /// For each word, where its hub memberships start in `memberships`; one more than there are words.
    private var starts: [Int32]
    /// Hub number times two, plus one when the word may anchor the hub.
    private var memberships: [Int32]
    /// How many hubs there are.
    private(set) var count = 0

    init(_ words: WordLetters, comparable: [Bool]) {
        var keys: [UInt64] = [], keyWord: [Int32] = [], keyLetter: [Int32] = [], keyRole: [Role] = []
        // Exactly one key for the word and two per letter: reserved at once, not grown by doubling.
        var keyCount = 0
        for word in 0..<words.wordCount where comparable[word] { keyCount += 1 + 2 * words.count(of: word) }
        keys.reserveCapacity(keyCount)
        keyWord.reserveCapacity(keyCount)
        keyLetter.reserveCapacity(keyCount)
        keyRole.reserveCapacity(keyCount)
        var hashes = PrefixHashes()
        for word in 0..<words.wordCount where comparable[word] {
            let letters = words.letters(of: word)
            hashes.compute(letters)
            let length = UInt64(letters.count)
            keys.append(Self.mix(hashes.whole, length, Self.lengthChange))
            keyWord.append(Int32(word))
            keyLetter.append(-1)
            keyRole.append(.whole)
            for index in 0..<letters.count where WordLetters.isLetter(letters[letters.startIndex + index]) {
                let without = hashes.without(index)
                keys.append(Self.mix(without, length &* 64 &+ UInt64(index), Self.sameLength))
                keyWord.append(Int32(word))
                keyLetter.append(Int32(index))
                keyRole.append(.replaced)
                // Compared with whole words one letter shorter: the length of the shortened word.
                keys.append(Self.mix(without, length - 1, Self.lengthChange))
                keyWord.append(Int32(word))
                keyLetter.append(Int32(index))
                keyRole.append(.shortened)
            }
        }
        // The role is kept beside the hash: a collision across kinds must not mix them.
        func role(_ key: Int32) -> Role { keyRole[Int(key)] }
        var pairs: [(word: Int32, membership: Int32)] = []
        var members: [Int32] = []
        let buckets = KeyGroups(keys)
        for bucket in 0..<buckets.count {
            guard buckets.size(of: bucket) > 1 else { continue }
            let entries = buckets.entries(of: bucket)
            // Entries are in ascending order, so by ascending word: the first is the smallest.
            if let first = entries.first(where: { role($0) == .replaced }) {
                let anchor = keyWord[Int(first)], letter = Int(keyLetter[Int(first)])
                members.removeAll(keepingCapacity: true)
                for entry in entries where role(entry) == .replaced && keyWord[Int(entry)] != anchor {
                    let word = keyWord[Int(entry)]
                    if Self.differOnlyAt(words.letters(of: Int(anchor)), words.letters(of: Int(word)), letter) { members.append(word) }
                }
                if !members.isEmpty {
                    pairs.append((anchor, Int32(count) << 1 | 1))
                    for word in members { pairs.append((word, Int32(count) << 1 | 1)) }
                    count += 1
                }
            }
            if let whole = entries.first(where: { role($0) == .whole }) {
                let centre = keyWord[Int(whole)]
                members.removeAll(keepingCapacity: true)
                for entry in entries where role(entry) == .shortened && keyWord[Int(entry)] != centre {
                    let word = keyWord[Int(entry)]
                    if members.last != word,
                       Self.isWithoutOneLetter(words.letters(of: Int(centre)), words.letters(of: Int(word)), Int(keyLetter[Int(entry)])) {
                        members.append(word)
                    }
                }
                if !members.isEmpty {
                    pairs.append((centre, Int32(count) << 1 | 1))
                    for word in members { pairs.append((word, Int32(count) << 1)) }
                    count += 1
                }
            }
        }
        // Counting sort of the memberships by word.
        starts = [Int32](repeating: 0, count: words.wordCount + 1)
        for pair in pairs { starts[Int(pair.word) + 1] += 1 }
        for word in 0..<words.wordCount { starts[word + 1] += starts[word] }
        var next = starts
        memberships = [Int32](repeating: 0, count: pairs.count)
        for pair in pairs {
            memberships[Int(next[Int(pair.word)])] = pair.membership
            next[Int(pair.word)] += 1
        }
    }

    /// What a key stands for.
    private enum Role: UInt8 { case replaced, shortened, whole }

    /// Mixed into the hashes: keys for a replaced letter never meet keys for one added or left out,
    /// which (shortened words and whole ones) must meet each other.
    private static let sameLength: UInt64 = 1, lengthChange: UInt64 = 2

    func hasHubs(_ word: Int) -> Bool { starts[word + 1] > starts[word] }

    /// The hubs `word` belongs to, as memberships (see `hub(_:)` and `isAnchor(_:)`).
    func hubs(of word: Int) -> ArraySlice<Int32> { memberships[Int(starts[word])..<Int(starts[word + 1])] }

    static func hub(_ membership: Int32) -> Int32 { membership >> 1 }

    /// Whether the word may anchor the hub: any word of a replaced-letter hub, the centre of a star.
    static func isAnchor(_ membership: Int32) -> Bool { membership & 1 == 1 }

    private static func mix(_ hash: UInt64, _ salt: UInt64, _ kind: UInt64) -> UInt64 {
        var value = hash ^ (salt &* 0xBF58_476D_1CE4_E5B9) ^ (kind &* 0x94D0_49BB_1331_11EB)
        value ^= value >> 31
        return value &* 0x9E37_79B9_7F4A_7C15
    }

    /// Same length, equal everywhere but at `position`, different there.
    private static func differOnlyAt(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>, _ position: Int) -> Bool {
        guard a.count == b.count, position < a.count else { return false }
        var differences = 0
        for (x, y) in zip(a, b) where x != y { differences += 1 }
        return differences == 1 && a[a.startIndex + position] != b[b.startIndex + position]
    }

    /// `longer` with its letter at `position` left out is `shorter`.
    private static func isWithoutOneLetter(_ shorter: ArraySlice<UInt32>, _ longer: ArraySlice<UInt32>, _ position: Int) -> Bool {
        guard longer.count == shorter.count + 1, position < longer.count else { return false }
        let cut = longer.startIndex + position
        return longer[..<cut].elementsEqual(shorter.prefix(position))
            && longer[(cut + 1)...].elementsEqual(shorter.dropFirst(position))
    }
}

/// Polynomial hashes of a word's prefixes, so the hash of the word without any one letter costs O(1).
/// One value reused for every word: its buffers are allocated once.
private struct PrefixHashes {
    private static let base: UInt64 = 0x0000_0100_0000_01B3 | 1
    private var prefix: [UInt64] = [0]
    private var powers: [UInt64] = [1]

    mutating func compute(_ letters: ArraySlice<UInt32>) {
        prefix.removeAll(keepingCapacity: true)
        prefix.append(0)
        while powers.count <= letters.count { powers.append(powers[powers.count - 1] &* Self.base) }
        for letter in letters { prefix.append(prefix[prefix.count - 1] &* Self.base &+ UInt64(letter) &+ 1) }
    }

    var whole: UInt64 { prefix[prefix.count - 1] }

    /// The hash of the word without its letter at `index`: the same as the whole hash of that shorter word.
    func without(_ index: Int) -> UInt64 {
        let length = prefix.count - 1
        let after = prefix[length] &- prefix[index + 1] &* powers[length - index - 1]
        return prefix[index] &* powers[length - index - 1] &+ after
    }
}
