/// Names written with initials (`Сулейманова Л. А.`, `Л.А. Сулейманова`) and
/// the full names they abbreviate (`Сулейманова Лариса Александровна`).
///
/// Both are reduced to one form, the surname and the initial letters
/// (`Сулейманова|ЛА`); a full name of three words also gives the form with
/// the first initial alone. Letters are compared as `PersonKey` identities:
/// case counts, as it does everywhere else.
enum Initials {
    /// The form of a name written with initials: one word without dots (the
    /// surname) and one or more words of initials, each letter followed by a
    /// dot. Nil for any other name.
    static func form(ofShort name: String) -> String? {
        var surname: Substring?
        var letters = ""
        for word in name.split(separator: " ") {
            if word.contains(".") {
                let parts = word.split(separator: ".", omittingEmptySubsequences: false)
                guard word.hasSuffix("."), parts.dropLast().allSatisfy({ $0.count == 1 && $0.first?.isLetter == true }) else { return nil }
                letters += parts.dropLast().joined()
            } else {
                guard surname == nil, word.count > 1, word.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
                surname = word
            }
        }
        guard let surname, !letters.isEmpty, letters.count <= 2 else { return nil }
        return "\(surname)|\(letters)"
    }

    /// The forms a full name can be abbreviated to: `Фамилия|ИО` and `Фамилия|И`
    /// for three words, `Фамилия|И` for two. Empty for names with dots or initials.
    static func forms(ofFull name: String) -> [String] {
        let words = name.split(separator: " ")
        guard (2...3).contains(words.count),
              words.allSatisfy({ $0.count > 1 && $0.allSatisfy { $0.isLetter || $0 == "-" } }),
              let first = words[1].first else { return [] }
        let surname = words[0]
        if words.count == 3, let second = words[2].first {
            return ["\(surname)|\(first)\(second)", "\(surname)|\(first)"]
        }
        return ["\(surname)|\(first)"]
    }
}

extension Session {
    /// Each reference written with initials that abbreviates exactly one full
    /// name of the session, with the first reference of that full name: what
    /// `initials` reports and what positions are printed from.
    func initialsResolution() -> [PersonKey: PersonReference] {
        personIndex.abbreviations
    }
}

extension Initials {
    /// The resolution among `count` distinct people (each once, at their first mention), the
    /// compared name of the `i`th being `identity(i)` and its first mention `reference(i)`:
    /// each name with initials that abbreviates exactly one full name, with that full name's
    /// reference. Only identities are read of everyone; references only of the few names
    /// with initials and of the full names that may expand them.
    static func resolution(count: Int, identity: (Int) -> String, reference: (Int) -> PersonReference) -> [PersonKey: PersonReference] {
        // Only a name with a dot can be written with initials, and most plans have none:
        // full names are looked at only when their surname is one of those abbreviated.
        var shortReferences: [(PersonKey, String)] = []
        var surnames: Set<Substring> = []
        // The surnames' fingerprints too: every full name is checked against them by its bytes, in
        // one look, before its surname is hashed (names are NFC, so equal names have equal bytes).
        var surnamePrints = IntegerTable()
        for position in 0..<count {
            let name = identity(position)
            guard name.withUTF8Bytes({ $0.contains(0x2E) }), let form = Initials.form(ofShort: name) else { continue }
            shortReferences.append((reference(position).key, form))
            let surname = form.prefix { $0 != "|" }
            surnames.insert(surname)
            _ = String(surname).withUTF8Bytes { surnamePrints.insert(PersonKey.fingerprint($0), value: 0) }
        }
        guard !shortReferences.isEmpty else { return [:] }
        var fullByForm: [String: PersonReference] = [:]
        var ambiguous: Set<String> = []
        for position in 0..<count {
            let name = identity(position)
            let mayAbbreviate = name.withUTF8Bytes { bytes in
                guard !bytes.contains(0x2E), let space = bytes.firstIndex(of: 0x20) else { return false }
                return surnamePrints.value(for: PersonKey.fingerprint(UnsafeBufferPointer(rebasing: bytes[..<space]))) != nil
            }
            guard mayAbbreviate, let space = name.utf8.firstIndex(of: 0x20), surnames.contains(name[..<space]) else { continue }
            let full = reference(position)
            for form in Initials.forms(ofFull: name) {
                if let known = fullByForm[form] {
                    if known.key != full.key { ambiguous.insert(form) }
                } else {
                    fullByForm[form] = full
                }
            }
        }
        var result: [PersonKey: PersonReference] = [:]
        for (key, form) in shortReferences where !ambiguous.contains(form) {
            if let full = fullByForm[form] { result[key] = full }
        }
        return result
    }
}
