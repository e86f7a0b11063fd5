/// `look-alike-letters`: a Latin letter that looks Cyrillic inside a Cyrillic
/// word (`Андрeева` with a Latin «e»), or the reverse. Such a name is the same
/// person as its one-alphabet spelling for every rule (`PersonKey`); the
/// finding points at the letter, since the organizer cannot see it.
struct LookAlikeLetters: RuleFamily {
    init() {}

    func check(_ session: Session, into findings: inout [Diagnostic]) {
        session.forEachPersonReference { reference in
            // As written is as normalized, and the key's scan changed nothing: nothing to report.
            if reference.written == nil && reference.key.identityIsNormalized { return }
            let text = reference.asWritten
            guard NameSpelling.mayNeedScan(text) else { return }
            let letters = NameSpelling.scan(text).lookAlikes
            guard let first = letters.first else { return }
            findings.append(.error(.lookAlikeLetters, Self.message(reference, letters),
                                   at: reference.location(ofScalar: first.offset)))
        }
    }

    static func message(_ reference: PersonReference, _ letters: [NameSpelling.LookAlike]) -> LocalizedText {
        let words = Set(letters.map(\.word))
        func part(_ letter: NameSpelling.LookAlike) -> LocalizedText {
            let position = letter.offset - (positionOfWordStart(letter, in: reference.asWritten))
            let alphabet = letter.wordIsCyrillic ? LocalizedText(en: "Latin", ru: "латинская")
                                                 : LocalizedText(en: "Cyrillic", ru: "кириллическая")
            let inWord = words.count > 1 || reference.name.contains(" ")
            return LocalizedText(
                en: "the \(alphabet.en) «\(letter.scalar)»\(inWord ? " in «\(letter.word)»" : "") (letter \(position + 1))",
                ru: "\(alphabet.ru) «\(letter.scalar)»\(inWord ? " в слове «\(letter.word)»" : "") (\(position + 1)-я буква)")
        }
        let parts = letters.map(part)
        let own = letters[0].wordIsCyrillic ? LocalizedText(en: "Cyrillic", ru: "кириллицей")
                                            : LocalizedText(en: "Latin", ru: "латиницей")
        let fixed = PersonKey(reference.name).identity
        let plural = letters.count > 1
        return LocalizedText(
            en: "«\(reference.name)» mixes alphabets: \(parts.map(\.en).joined(separator: ", ")) \(plural ? "stand" : "stands") among \(own.en) letters; type the name in \(own.en) only: «\(fixed)» (it is taken as that person)",
            ru: "«\(reference.name)» набрано разными алфавитами: \(parts.map(\.ru).joined(separator: ", ")) среди букв, набранных \(own.ru); наберите имя только \(own.ru): «\(fixed)» (оно считается этим человеком)")
    }

    /// Where the word holding `letter` starts, in scalars of `text`.
    private static func positionOfWordStart(_ letter: NameSpelling.LookAlike, in text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        var start = min(letter.offset, scalars.count)
        while start > 0, !(scalars[start - 1].properties.isWhitespace && !NameSpelling.isInvisible(scalars[start - 1])) {
            start -= 1
        }
        // Characters that do not print are not letters of the word.
        let invisible = scalars[start..<min(letter.offset, scalars.count)].filter(NameSpelling.isInvisible).count
        return start + invisible
    }
}
