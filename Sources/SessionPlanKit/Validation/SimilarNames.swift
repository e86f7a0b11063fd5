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
/// No pair of names is ever compared: `NearNameSearch` finds the groups in
/// time linear in the total length of the names, plus one sort, whatever
/// they hold.
struct SimilarNames: RuleFamily {
    var reads: Set<SessionPart> { [.people, .days, .directions, .places] }
    /// On a large plan the search costs about as much as every other family together.
    var runsBeside: Bool { true }
    /// Words shorter than this are not compared letter by letter.
    static let shortestComparedWord = 3

    init() {}

    /// The spellings are numbered here, in the index's order (the file's), not read from
    /// `session.personIndex`: so the search runs beside the families that wait for the index.
    func check(_ session: Session, into findings: inout [Diagnostic]) {
        let parts = PersonIndex.Parts(session)
        let spellings = Spellings(parts: parts, firsts: PersonIndex.Numbering.everyone(in: parts).firstsInFileOrder())
        var groups = LookAlikeGroups(count: spellings.firsts.count)
        let folded = FoldedNames(spellings.firsts.lazy.map(parts.identity))
        NearNameSearch(shortestComparedWord: Self.shortestComparedWord).join(folded, into: &groups)

        for members in groups.components() where members.count > 1 {
            findings.append(Self.finding(members, spellings: spellings, partners: groups))
        }
    }

    /// One finding per group of look-alike spellings, at the second spelling in
    /// file order. Two spellings: the message compares them and the note points at
    /// the first. More: the message lists them and each later spelling has a note
    /// saying which spelling it differs from and how.
    private static func finding(_ members: [Int], spellings: Spellings, partners: LookAlikeGroups) -> Diagnostic {
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

    /// Each person's first mention, in file order: the spellings compared.
    private struct Spellings {
        let parts: PersonIndex.Parts
        let firsts: [PersonIndex.Mention]
        subscript(position: Int) -> PersonReference { parts.reference(firsts[position]) }
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
