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
/// Similar spellings are reported as one finding per group (the spellings
/// linked by similarity), not one per pair: 2,000 names one letter apart are
/// one finding with 2,000 notes, not two million findings.
///
/// No pair of names is ever compared: names are bucketed by every word but
/// one, and within a bucket by the remaining word with one letter left out
/// (the word itself included), and every member of such a bucket is similar
/// to its first one. The cost is n log n in the total length of the names,
/// whatever they hold.
public struct SimilarNames: RuleFamily {
    public var reads: Set<SessionPart> { [.people, .days, .directions, .places] }
    /// Words shorter than this are not compared letter by letter.
    static let shortestComparedWord = 3

    public init() {}

    public func check(_ session: Session, into findings: inout [Diagnostic]) {
        let spellings = Self.spellings(in: session)
        var groups = LookAlikeGroups(count: spellings.count)
        let folded = FoldedNames(spellings.map(\.key.identity))

        // Equal after folding case and ё: each later spelling with the first one.
        var firstWithText: [Int: Int] = [:]
        for (i, whole) in folded.wholeNames.enumerated() {
            if let j = firstWithText[whole] { groups.join(j, i) } else { firstWithText[whole] = i }
        }

        // One letter apart in one word, the other words equal.
        let comparable = (0..<folded.wordCount).map { folded.length(ofWord: $0) >= Self.shortestComparedWord }
        for run in Self.sameButOneWord(folded, comparable: comparable) {
            // Names of one run share every word but the one at `position`. Each name's
            // word gives entries: itself (cut 0) and itself with letter i left out (cut i + 1).
            // Two words with the same cut i + 1 of one text differ by that letter replaced;
            // a word equal to another's cut differs from it by one letter inserted. So every
            // member of a bucket is similar to its first member: no pair is ever compared.
            let position = run[0].position
            var entries: [(variant: Int, cut: Int, name: Int)] = []
            var variantNumbers: [UTF8Key: Int] = [:]
            for place in run {
                let word = folded.text(ofWord: folded.words(ofName: place.name).dropFirst(position).first ?? 0)
                for (cut, text) in Self.oneLetterOmitted(word) {
                    let key = UTF8Key(text)
                    let variant = variantNumbers[key] ?? variantNumbers.count
                    variantNumbers[key] = variant
                    entries.append((variant, cut, place.name))
                }
            }
            entries.sort { ($0.variant, $0.cut, $0.name) < ($1.variant, $1.cut, $1.name) }
            var start = 0
            while start < entries.count {
                var end = start + 1
                while end < entries.count, entries[end].variant == entries[start].variant { end += 1 }
                // Whole words come first (cut 0), then each cut's names in order.
                let whole = entries[start].cut == 0 ? entries[start].name : nil
                var cutStart = start
                while cutStart < end {
                    var cutEnd = cutStart + 1
                    while cutEnd < end, entries[cutEnd].cut == entries[cutStart].cut { cutEnd += 1 }
                    if entries[cutStart].cut > 0 {
                        let first = entries[cutStart].name
                        for entry in entries[(cutStart + 1)..<cutEnd] { groups.join(first, entry.name) }
                        if let whole {
                            for entry in entries[cutStart..<cutEnd] { groups.join(whole, entry.name) }
                        }
                    }
                    cutStart = cutEnd
                }
                start = end
            }
        }

        for members in groups.components() where members.count > 1 {
            findings.append(Self.finding(members, spellings: spellings, partners: groups))
        }
    }

    /// Groups of two or more names (as word numbers) that have the same number of
    /// words and are equal in all of them but the one at a common position,
    /// whose word is long enough to compare. Found by sorting a hash of each
    /// name-with-one-word-left-out and checking equality within equal hashes,
    /// so the cost is n log n in the number of words, with no pairwise pass.
    static func sameButOneWord(_ folded: FoldedNames, comparable: [Bool]) -> [[(name: Int, position: Int)]] {
        // A partner shares every other word, so each of those must be in two names at least.
        var frequency = [Int32](repeating: 0, count: comparable.count)
        for name in folded.nameWords.indices {
            for word in folded.words(ofName: name) { frequency[word] &+= 1 }
        }
        var places: [(hash: UInt64, name: Int, position: Int)] = []
        for name in folded.nameWords.indices {
            let words = folded.words(ofName: name)
            guard words.count > 1 else { continue }
            let rare = words.enumerated().filter { frequency[$0.element] < 2 }.map(\.offset)
            // With two rare words, every bucket of this name holds one of them: no partner anywhere.
            guard rare.count < 2 else { continue }
            for (position, word) in words.enumerated() where comparable[word] && (rare.isEmpty || rare == [position]) {
                // A multiplicative mix of the other words' numbers; equal hashes are checked below.
                var hash = UInt64(words.count) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(position)
                for (index, other) in words.enumerated() where index != position {
                    hash = (hash ^ UInt64(other)) &* 0xBF58_476D_1CE4_E5B9
                    hash ^= hash >> 31
                }
                places.append((hash, name, position))
            }
        }
        places.sort { ($0.hash, $0.name, $0.position) < ($1.hash, $1.name, $1.position) }
        func sameBucket(_ a: (hash: UInt64, name: Int, position: Int), _ b: (hash: UInt64, name: Int, position: Int)) -> Bool {
            let x = folded.words(ofName: a.name), y = folded.words(ofName: b.name)
            guard a.position == b.position, x.count == y.count else { return false }
            return zip(x, y).enumerated().allSatisfy { $0.offset == a.position || $0.element.0 == $0.element.1 }
        }
        var runs: [[(name: Int, position: Int)]] = []
        var start = 0
        while start < places.count {
            var end = start + 1
            while end < places.count, places[end].hash == places[start].hash { end += 1 }
            if end - start > 1 {
                // Equal hashes are nearly always one bucket; split them exactly all the same.
                var remaining = Array(places[start..<end])
                while remaining.count > 1 {
                    let first = remaining[0]
                    let bucket = remaining.filter { sameBucket(first, $0) }
                    if bucket.count > 1 { runs.append(bucket.map { ($0.name, $0.position) }) }
                    remaining.removeAll { sameBucket(first, $0) }
                }
            }
            start = end
        }
        return runs
    }

    /// One finding per group of look-alike spellings, at the second spelling in
    /// file order. Two spellings: the message compares them and the note points at
    /// the first. More: the message lists them and each later spelling has a note
    /// saying which spelling it differs from and how.
    private static func finding(_ members: [Int], spellings: [PersonReference], partners: LookAlikeGroups) -> Diagnostic {
        let first = spellings[members[0]], second = spellings[members[1]]
        let firstNote = Diagnostic.Note(LocalizedText(en: "«\(first.name)» is first written here", ru: "«\(first.name)» впервые встречается здесь"),
                                        at: first.location)
        guard members.count > 2 else {
            let how = difference(second.name, first.name)
            return .warning(.similarNames, LocalizedText(
                en: "«\(second.name)» differs from «\(first.name)», written earlier, \(how.en); if this is one person, write the name the same way everywhere",
                ru: "«\(second.name)» отличается от «\(first.name)» (встречается раньше) \(how.ru); если это один человек, напишите имя везде одинаково"),
                at: second.location, notes: [firstNote])
        }
        let listed = members.prefix(listedSpellings).map { "«\(spellings[$0].name)»" }.joined(separator: ", ")
        let rest = members.count - min(members.count, listedSpellings)
        let more = rest == 0 ? LocalizedText(en: "", ru: "") : LocalizedText(en: " and \(rest) more", ru: " и ещё \(rest)")
        let count = Plural.count(members.count, en: ("spelling", "spellings"), ru: ("написание", "написания", "написаний"))
        var notes = [firstNote]
        for member in members.dropFirst() {
            let name = spellings[member].name, other = spellings[partners.partner(of: member)].name
            let how = difference(name, other)
            notes.append(.init(LocalizedText(en: "«\(name)» differs from «\(other)» \(how.en)", ru: "«\(name)» отличается от «\(other)» \(how.ru)"),
                               at: spellings[member].location))
        }
        return .warning(.similarNames, LocalizedText(
            en: "\(count.en) that are probably one person: \(listed)\(more.en); if this is one person, write the name the same way everywhere",
            ru: "\(count.ru), вероятно, одного человека: \(listed)\(more.ru); если это один человек, напишите имя везде одинаково"),
            at: second.location, notes: notes)
    }

    /// Spellings named in the message of a larger group; every one has its note all the same.
    static let listedSpellings = 5

    /// How two similar spellings differ, for the message.
    private static func difference(_ a: String, _ b: String) -> LocalizedText {
        if a.lowercased() == b.lowercased() {
            return LocalizedText(en: "only in capital letters", ru: "только заглавными буквами")
        } else if fold(a) == fold(b) {
            let yo = unifyYo(a) == unifyYo(b)
            return yo ? LocalizedText(en: "only in «ё» written as «е»", ru: "только написанием «ё» и «е»")
                      : LocalizedText(en: "only in capital letters and «ё» written as «е»",
                                      ru: "только заглавными буквами и написанием «ё» и «е»")
        }
        guard let letter = letterDifference(a, b) else {
            return LocalizedText(en: "by one letter", ru: "одной буквой")
        }
        return LocalizedText(en: "by one letter: \(letter.en)", ru: "одной буквой: \(letter.ru)")
    }

    /// Which letter of `a` differs from `b`, naming the word of `a` that holds it:
    /// `«Розачева» — «з» вместо «г»`, `«Северюков» — лишняя «е»`, `«Севрюков» — пропущена «е»`
    /// (`"Розачева": «з» instead of «г»` in English). `nil` when the written names do not
    /// show exactly one word one letter apart (e.g. when they differ only in invisible
    /// characters or look-alike letters folded away by `PersonKey`). Words are compared
    /// letter by letter after folding case and `ё`, so one pass over the two names.
    static func letterDifference(_ a: String, _ b: String) -> LocalizedText? {
        let x = a.split(whereSeparator: \.isWhitespace), y = b.split(whereSeparator: \.isWhitespace)
        guard x.count == y.count else { return nil }
        var differing: [(Substring, Substring)] = []
        for (u, v) in zip(x, y) where fold(String(u)) != fold(String(v)) {
            differing.append((u, v))
            if differing.count > 1 { return nil }
        }
        guard let (wordA, wordB) = differing.first else { return nil }
        let p = Array(wordA), q = Array(wordB)
        let fp = p.map { fold(String($0)) }, fq = q.map { fold(String($0)) }
        let word = String(wordA)
        if p.count == q.count {
            let positions = fp.indices.filter { fp[$0] != fq[$0] }
            guard positions.count == 1, let i = positions.first, p[i].isLetter, q[i].isLetter else { return nil }
            return LocalizedText(en: "\"\(word)\": «\(p[i])» instead of «\(q[i])»",
                                 ru: "«\(word)» — «\(p[i])» вместо «\(q[i])»")
        }
        let (long, short, longFolded, shortFolded) = p.count > q.count ? (p, q, fp, fq) : (q, p, fq, fp)
        guard long.count == short.count + 1 else { return nil }
        let i = shortFolded.indices.first { shortFolded[$0] != longFolded[$0] } ?? shortFolded.count
        guard long[i].isLetter, longFolded[(i + 1)...].elementsEqual(shortFolded[i...]) else { return nil }
        return p.count > q.count
            ? LocalizedText(en: "\"\(word)\": an extra «\(long[i])»", ru: "«\(word)» — лишняя «\(long[i])»")
            : LocalizedText(en: "\"\(word)\": «\(long[i])» left out", ru: "«\(word)» — пропущена «\(long[i])»")
    }

    /// Every distinct name of the session at its first place in the file, in file order.
    private static func spellings(in session: Session) -> [PersonReference] {
        var first: [PersonKey: Int] = [:]
        var distinct: [PersonReference] = []
        let estimate = session.people.count + session.directions.reduce(0) { total, direction in
            total + direction.leaders.count + direction.groups.reduce(0) { $0 + $1.members.count + 2 }
        }
        first.reserveCapacity(estimate)
        distinct.reserveCapacity(estimate)
        func visit(_ reference: PersonReference) {
            if let index = first[reference.key] {
                if reference.location < distinct[index].location { distinct[index] = reference }
            } else {
                first[reference.key] = distinct.count
                distinct.append(reference)
            }
        }
        session.host.map(visit)
        session.architects.forEach(visit)
        session.people.forEach { visit($0.name) }
        for day in session.days {
            for slot in day.slots { slot.speakers.forEach(visit) }
        }
        for direction in session.directions {
            direction.leaders.forEach(visit)
            for group in direction.groups {
                group.moderator.map(visit)
                group.collector.map(visit)
                group.members.forEach(visit)
            }
        }
        // Offsets are distinct for distinct places; the key breaks ties of values made in code.
        distinct.sort { ($0.location.offset, $0.key) < ($1.location.offset, $1.key) }
        return distinct
    }

    /// Lowercased, with `ё` as `е` (for wording a finding; the search itself uses `FoldedNames`).
    static func fold(_ text: String) -> String {
        FoldedNames.foldSlowly(text)
    }

    /// `ё` as `е` and `Ё` as `Е`, by scalars (comparing `Character`s would normalize each one).
    private static func unifyYo(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "ё" || $0 == "Ё" }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(scalar == "ё" ? "е" : scalar == "Ё" ? "Е" : scalar)
        }
        return String(result)
    }

    /// The word itself (cut 0) and the word with its letter at `i` left out (cut `i + 1`),
    /// for every letter. Repeated letters give the same text under different cuts:
    /// both are kept, since a replacement is found only under its own cut.
    static func oneLetterOmitted(_ word: String) -> [(cut: Int, text: String)] {
        let characters = Array(word)
        var result = [(0, word)]
        for i in characters.indices where characters[i].isLetter {
            var shorter = characters
            shorter.remove(at: i)
            result.append((i + 1, String(shorter)))
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
