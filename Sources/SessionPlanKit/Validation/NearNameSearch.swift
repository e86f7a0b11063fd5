/// Finds the sets of names that are probably one person spelled several ways:
/// equal after folding, or equal in every word but one, which differs by one
/// letter (replaced, added or left out). The result is the connected sets of
/// names under that relation (`LookAlikeGroups`), so many spellings of one
/// name make one group, never a pair for each two of them.
///
/// The cost is linear in the total length of the names: nothing is compared
/// pairwise and nothing is sorted by comparison. It works in two steps.
///
/// 1. Which distinct words are one letter apart (`NeighbourHubs`), once for
///    the whole session: each word gives one integer key per letter, and
///    words with equal keys meet in a hub. Real names share first names and
///    patronymics by the thousand, so this step sees a few thousand words,
///    not a key per name.
/// 2. Which names share every word but one (by a hash of the word numbers,
///    checked against the numbers): within such a run, names whose remaining
///    words meet in a hub are joined. Only words that are in some hub are
///    looked at, which in a plan without near-duplicates is few.
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
        folded.withNameWords { names in joinEqual(names, into: &groups) }
        let words = WordLetters(folded)
        let comparable = (0..<folded.wordCount).map { words.count(of: $0) >= shortestComparedWord }
        let hubs = NeighbourHubs(words, comparable: comparable)
        guard hubs.count > 0 else { return }
        let candidate = (0..<folded.wordCount).map { comparable[$0] && hubs.hasHubs($0) }
        folded.withNameWords { names in
            joinRuns(names, wordCount: folded.wordCount, hubs: hubs, candidate: candidate, groups: &groups)
        }
    }

    /// Equal after folding: the same words (folded texts are words with one space between),
    /// each name with the first one. Names are grouped by a hash of their word numbers, checked
    /// against the numbers; on a collision the group is split by the words themselves.
    private func joinEqual(_ names: FoldedNames.NameWords, into groups: inout LookAlikeGroups) {
        let keys = (0..<names.count).map { Self.otherWordsHash(names[$0], except: -1) }
        let equal = KeyGroups(keys)
        var firsts: [Int] = []
        for group in 0..<equal.count where equal.size(of: group) > 1 {
            firsts.removeAll(keepingCapacity: true)
            for entry in equal.entries(of: group) {
                let name = Int(entry), words = names[name]
                if let first = firsts.first(where: { names[$0].elementsEqual(words) }) {
                    groups.join(first, name)
                } else if firsts.count < Self.collisionsKept {
                    firsts.append(name)
                }
            }
        }
    }

    /// Distinct names kept apart in one group of equal hashes: beyond these a collision (made on
    /// purpose) could only hide a match, and the cost stays linear.
    private static let collisionsKept = 8

    /// Joins the names of each run (all words equal but the one at one position) whose
    /// remaining words meet in a hub: each with the hub's anchor, the way `NeighbourHubs` says.
    /// `candidate`: by word, whether it is long enough to compare and in some hub.
    private func joinRuns(_ names: FoldedNames.NameWords, wordCount: Int, hubs: NeighbourHubs, candidate: [Bool],
                          groups: inout LookAlikeGroups) {
        var keys: [UInt64] = [], entryName: [Int32] = [], entryPosition: [Int32] = []
        keys.reserveCapacity(names.count)
        entryName.reserveCapacity(names.count)
        entryPosition.reserveCapacity(names.count)
        for name in 0..<names.count {
            let words = names[name]
            for position in words.indices where candidate[Int(words[position])] {
                keys.append(Self.otherWordsHash(words, except: position))
                entryName.append(Int32(name))
                entryPosition.append(Int32(position))
            }
        }
        let runs = KeyGroups(keys)
        // Per run, stamped with the run's number instead of cleared: the anchor of each hub,
        // and the first name with each word (later ones are equal after folding, joined already).
        var hubStamp = [Int32](repeating: -1, count: hubs.count)
        var anchorWord = [Int32](repeating: 0, count: hubs.count)
        var anchorName = [Int32](repeating: 0, count: hubs.count)
        var wordStamp = [Int32](repeating: -1, count: wordCount)
        var firstName = [Int32](repeating: 0, count: wordCount)
        var run: [(name: Int32, word: Int32)] = []
        for group in 0..<runs.count {
            guard runs.size(of: group) > 1 else { continue }
            let entries = runs.entries(of: group)
            guard let head = entries.first else { continue }
            let position = Int(entryPosition[Int(head)])
            let headWords = names[Int(entryName[Int(head)])]
            run.removeAll(keepingCapacity: true)
            for entry in entries where Int(entryPosition[Int(entry)]) == position {
                let name = Int(entryName[Int(entry)])
                let words = names[name]
                if Self.sameOtherWords(headWords, words, except: position) {
                    run.append((Int32(name), words[position]))
                }
            }
            guard run.count > 1 else { continue }
            let stamp = Int32(group)
            // Names are in ascending order: the first with a word is the one its findings name.
            for (name, word) in run where wordStamp[Int(word)] != stamp {
                wordStamp[Int(word)] = stamp
                firstName[Int(word)] = name
                for membership in hubs.hubs(of: Int(word)) where NeighbourHubs.isAnchor(membership) {
                    let hub = Int(NeighbourHubs.hub(membership))
                    if hubStamp[hub] != stamp || word < anchorWord[hub] {
                        hubStamp[hub] = stamp
                        anchorWord[hub] = word
                        anchorName[hub] = name
                    }
                }
            }
            for (name, word) in run where firstName[Int(word)] == name {
                for membership in hubs.hubs(of: Int(word)) {
                    let hub = Int(NeighbourHubs.hub(membership))
                    if hubStamp[hub] == stamp && anchorWord[hub] != word { groups.join(Int(anchorName[hub]), Int(name)) }
                }
            }
        }
    }

    /// A hash of a name's words but the one at `position` (and of the position and the count);
    /// of all its words for a position of -1.
    private static func otherWordsHash(_ words: UnsafeBufferPointer<Int32>, except position: Int) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(words.count &+ 1) ^ UInt64(bitPattern: Int64(position))
        for (other, number) in words.enumerated() where other != position {
            hash = (hash ^ UInt64(UInt32(bitPattern: number))) &* 0x0000_0100_0000_01B3
            hash ^= hash >> 29
        }
        return hash
    }

    private static func sameOtherWords(_ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>, except position: Int) -> Bool {
        guard a.count == b.count else { return false }
        for offset in a.indices where offset != position && a[offset] != b[offset] { return false }
        return true
    }
}

/// The letters (Unicode scalars) of every folded word, decoded once into one buffer.
struct WordLetters {
    private var scalars: [UInt32] = []
    private var starts: [Int32] = [0]

    init(_ folded: FoldedNames) {
        starts.reserveCapacity(folded.wordCount + 1)
        scalars.reserveCapacity(folded.wordByteCount)
        for word in 0..<folded.wordCount {
            // The folded bytes are well-formed UTF-8 (they come from `String`s).
            let bytes = folded.bytes(ofWord: word)
            var index = bytes.startIndex
            while index < bytes.endIndex {
                let lead = UInt32(bytes[index])
                var value: UInt32, length: Int
                switch lead {
                case 0..<0x80: value = lead; length = 1
                case 0xC0..<0xE0: value = lead & 0x1F; length = 2
                case 0xE0..<0xF0: value = lead & 0x0F; length = 3
                default: value = lead & 0x07; length = 4
                }
                let end = min(index + length, bytes.endIndex)
                for next in (index + 1)..<max(index + 1, end) { value = value << 6 | UInt32(bytes[next] & 0x3F) }
                scalars.append(value)
                index = end
            }
            starts.append(Int32(scalars.count))
        }
    }

    func letters(of word: Int) -> ArraySlice<UInt32> { scalars[Int(starts[word])..<Int(starts[word + 1])] }

    func count(of word: Int) -> Int { Int(starts[word + 1] - starts[word]) }

    var wordCount: Int { starts.count - 1 }

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
