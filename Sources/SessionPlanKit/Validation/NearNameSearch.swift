/// Finds the sets of names that are probably one person spelled several ways:
/// equal after folding, or equal in every word but one, which differs by one
/// letter (replaced, added or left out). The result is the connected sets of
/// names under that relation (`LookAlikeGroups`), so many spellings of one
/// name make one group, never a pair for each two of them.
///
/// The cost is linear in the total length of the names, plus a sort of one
/// entry per (name, word): nothing is compared pairwise. Names are first
/// grouped by all their words but one (by a hash of the word numbers, checked
/// against the numbers); within such a group each distinct remaining word
/// gives one key per letter:
///
/// - for a replaced letter, the word's length, the letter's position and the
///   hash of the word without it: two words with the same key differ in
///   exactly that position, so every word under one key is one letter from
///   every other;
/// - for a letter added or left out, the hash of the word without one letter
///   against the hash of every whole word one letter shorter.
///
/// Each match is checked letter by letter against one representative word, so
/// a hash collision (possible on purpose with a polynomial hash) can only
/// hide a match, never invent one.
struct NearNameSearch {
    /// Words shorter than this are not compared letter by letter (initials, labels).
    let shortestComparedWord: Int

    /// Joins in `groups` every two names (indices in `folded`'s order) that are
    /// equal after folding, or one letter apart in one word with the others equal.
    func join(_ folded: FoldedNames, into groups: inout LookAlikeGroups) {
        // Equal after folding: the same whole folded text, each with the first one.
        var firstWithWhole = [Int](repeating: -1, count: folded.wholeCount)
        for name in 0..<folded.nameCount {
            let whole = folded.wholeNames[name]
            if firstWithWhole[whole] < 0 { firstWithWhole[whole] = name } else { groups.join(firstWithWhole[whole], name) }
        }
        let words = WordLetters(folded)
        let comparable = (0..<folded.wordCount).map { words.letters(of: $0).count >= shortestComparedWord }
        for run in Self.sameButOneWord(folded, comparable: comparable) {
            joinNeighbours(in: run, folded: folded, words: words, groups: &groups)
        }
    }

    /// One group of names sharing every word but the one at `position`.
    private struct Run {
        let position: Int
        let names: ArraySlice<Int>
    }

    /// Groups of two names or more that share all words but one, the remaining word comparable.
    private static func sameButOneWord(_ folded: FoldedNames, comparable: [Bool]) -> [Run] {
        var entries: [(hash: UInt64, name: Int32, position: Int32)] = []
        entries.reserveCapacity(folded.nameCount * 3)
        for name in 0..<folded.nameCount {
            let words = folded.words(ofName: name)
            for (position, word) in words.enumerated() where comparable[word] {
                var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(words.count &+ 1) ^ UInt64(position)
                for (other, number) in words.enumerated() where other != position {
                    hash = (hash ^ UInt64(number)) &* 0x0000_0100_0000_01B3
                    hash ^= hash >> 29
                }
                entries.append((hash, Int32(name), Int32(position)))
            }
        }
        entries.sort { ($0.hash, $0.position, $0.name) < ($1.hash, $1.position, $1.name) }

        var runs: [Run] = []
        var sameRun: [Int] = []
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count, entries[end].hash == entries[start].hash, entries[end].position == entries[start].position {
                end += 1
            }
            if end - start > 1 {
                let position = Int(entries[start].position)
                let first = folded.words(ofName: Int(entries[start].name))
                sameRun.removeAll(keepingCapacity: true)
                for index in start..<end {
                    let name = Int(entries[index].name)
                    if sameOtherWords(first, folded.words(ofName: name), except: position) { sameRun.append(name) }
                }
                if sameRun.count > 1 { runs.append(Run(position: position, names: ArraySlice(sameRun))) }
            }
            start = end
        }
        return runs
    }

    private static func sameOtherWords(_ a: ArraySlice<Int>, _ b: ArraySlice<Int>, except position: Int) -> Bool {
        guard a.count == b.count else { return false }
        for (offset, (x, y)) in zip(a, b).enumerated() where offset != position && x != y { return false }
        return true
    }

    /// A key of one word in a run: what kind of match it is for, and which word and letter gave it.
    private struct Key {
        enum Role: UInt8 { case replaced, shortened, whole }
        let hash: UInt64
        let role: Role
        let word: Int32
        /// The left-out letter's position (for `replaced` and `shortened`).
        let letter: Int32
    }

    private func joinNeighbours(in run: Run, folded: FoldedNames, words: WordLetters, groups: inout LookAlikeGroups) {
        // One name per distinct word (names with the same word are equal after folding, already joined).
        var nameOfWord: [Int: Int] = [:]
        var distinct: [Int] = []
        for name in run.names {
            let word = folded.words(ofName: name)[folded.words(ofName: name).startIndex + run.position]
            if let earlier = nameOfWord[word] { groups.join(earlier, name) } else {
                nameOfWord[word] = name
                distinct.append(word)
            }
        }
        guard distinct.count > 1 else { return }

        var keys: [Key] = []
        for word in distinct {
            let letters = words.letters(of: word)
            let hashes = PrefixHashes(letters)
            let length = UInt64(letters.count)
            keys.append(Key(hash: Self.mix(hashes.whole, length, 2), role: .whole, word: Int32(word), letter: -1))
            for index in 0..<letters.count where WordLetters.isLetter(letters[letters.startIndex + index]) {
                let without = hashes.without(index)
                keys.append(Key(hash: Self.mix(without, length &* 64 &+ UInt64(index), 1), role: .replaced,
                                word: Int32(word), letter: Int32(index)))
                // Compared with whole words one letter shorter: the length of the shortened word.
                keys.append(Key(hash: Self.mix(without, length - 1, 2), role: .shortened, word: Int32(word), letter: Int32(index)))
            }
        }
        keys.sort { ($0.hash, $0.role.rawValue, $0.word) < ($1.hash, $1.role.rawValue, $1.word) }

        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count, keys[end].hash == keys[start].hash { end += 1 }
            if end - start > 1 { join(keys[start..<end], words: words, nameOfWord: nameOfWord, groups: &groups) }
            start = end
        }
    }

    /// Joins the words under one hash that really are one letter apart, each checked against one representative.
    private func join(_ bucket: ArraySlice<Key>, words: WordLetters, nameOfWord: [Int: Int], groups: inout LookAlikeGroups) {
        func name(_ word: Int32) -> Int? { nameOfWord[Int(word)] }
        if let first = bucket.first(where: { $0.role == .replaced }) {
            for key in bucket where key.role == .replaced && key.word != first.word {
                if Self.differOnlyAt(words.letters(of: Int(first.word)), words.letters(of: Int(key.word)), Int(first.letter)),
                   let a = name(first.word), let b = name(key.word) {
                    groups.join(a, b)
                }
            }
        }
        if let whole = bucket.first(where: { $0.role == .whole }) {
            for key in bucket where key.role == .shortened && key.word != whole.word {
                if Self.isWithoutOneLetter(words.letters(of: Int(whole.word)), words.letters(of: Int(key.word)), Int(key.letter)),
                   let a = name(whole.word), let b = name(key.word) {
                    groups.join(a, b)
                }
            }
        }
    }

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

/// The letters (Unicode scalars) of every folded word, decoded once into one buffer.
struct WordLetters {
    private var scalars: [UInt32] = []
    private var ranges: [Range<Int>] = []

    init(_ folded: FoldedNames) {
        ranges.reserveCapacity(folded.wordCount)
        for word in 0..<folded.wordCount {
            let start = scalars.count
            for scalar in String(decoding: folded.bytes(ofWord: word), as: UTF8.self).unicodeScalars {
                scalars.append(scalar.value)
            }
            ranges.append(start..<scalars.count)
        }
    }

    func letters(of word: Int) -> ArraySlice<UInt32> { scalars[ranges[word]] }

    /// Digits are not letters: `Участник 1` and `Участник 2` are two people.
    static func isLetter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x30...0x39: return false
        case 0x41...0x5A, 0x61...0x7A, 0x410...0x44F, 0x401, 0x451: return true
        default: break
        }
        guard let value = Unicode.Scalar(scalar) else { return false }
        return value.properties.isAlphabetic
    }
}

/// Polynomial hashes of a word's prefixes, so the hash of the word without any one letter costs O(1).
private struct PrefixHashes {
    private static let base: UInt64 = 0x0000_0100_0000_01B3 | 1
    private var prefix: [UInt64]
    private var powers: [UInt64]

    init(_ letters: ArraySlice<UInt32>) {
        prefix = [0]
        powers = [1]
        prefix.reserveCapacity(letters.count + 1)
        powers.reserveCapacity(letters.count + 1)
        for letter in letters {
            prefix.append(prefix[prefix.count - 1] &* Self.base &+ UInt64(letter) &+ 1)
            powers.append(powers[powers.count - 1] &* Self.base)
        }
    }

    var whole: UInt64 { prefix[prefix.count - 1] }

    /// The hash of the word without its letter at `index`: the same as the whole hash of that shorter word.
    func without(_ index: Int) -> UInt64 {
        let length = prefix.count - 1
        let after = prefix[length] &- prefix[index + 1] &* powers[length - index - 1]
        return prefix[index] &* powers[length - index - 1] &+ after
    }
}
