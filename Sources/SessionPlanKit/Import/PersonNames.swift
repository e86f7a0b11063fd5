/// A person named in a line: where the name is (indices into the marked
/// line's characters) and the name as written.
struct PersonMention: Sendable {
    var start: Int
    var end: Int
    var name: String
}

/// A person with the position written after the name.
struct NamedPerson: Sendable, Hashable {
    var name: String
    var position: String?
}

/// Finds people in a line of a Russian program: full names (surname, name
/// and patronymic in either order, known by the patronymic's ending), names
/// with initials (`Бимурзаев Д. С.`), names set in italics, and descriptions
/// (`Представитель АСИ`).
enum PersonNames {
    static let patronymicEndings = ["вич", "вна", "чна", "ич", "оглы", "кызы", "улы", "гызы"]
    static let descriptionWords: Set<String> = ["представитель", "представители", "представительница"]

    /// Every person named in `marked`, in order, none overlapping.
    static func mentions(in characters: [Character]) -> [PersonMention] {
        var found: [PersonMention] = []
        // Italic runs that read as a name.
        var index = 0
        var italicRanges: [Range<Int>] = []
        while index < characters.count {
            if characters[index] == ProgramLine.italicStart {
                var end = index + 1
                while end < characters.count, characters[end] != ProgramLine.italicEnd { end += 1 }
                let content = ProgramLine.collapse(String(characters[(index + 1)..<end]))
                    .trimming(",;:")
                italicRanges.append(index..<min(end + 1, characters.count))
                if looksLikeName(content) {
                    found.append(PersonMention(start: index, end: min(end + 1, characters.count), name: content))
                }
                index = end + 1
            } else {
                index += 1
            }
        }
        // Words outside italics.
        let words = self.words(in: characters).filter { word in !italicRanges.contains { $0.contains(word.start) } }
        var position = 0
        while position < words.count {
            let word = words[position]
            func next(_ offset: Int) -> Word? { position + offset < words.count ? words[position + offset] : nil }
            if descriptionWords.contains(word.core.lowercased()), isCapitalized(word.core), !word.endsClause,
               words[safe: position + 1] != nil {
                var last = position
                while last - position < 4, !words[last].endsClause, let following = words[safe: last + 1],
                      isCapitalized(following.core) || following.core.allSatisfy({ $0.isUppercase || $0 == "-" }) {
                    last += 1
                }
                if last == position { position += 1; continue }
                let end = words[last].coreEnd
                found.append(PersonMention(start: word.start, end: end,
                                           name: ProgramLine.plain(String(characters[word.start..<end]))))
                position = last + 1
                continue
            }
            if let second = next(1), let third = next(2), !word.endsClause, !second.endsClause,
               isCapitalized(word.core), isCapitalized(second.core), isCapitalized(third.core),
               isPatronymic(third.core) || isPatronymic(second.core) {
                found.append(PersonMention(start: word.start, end: third.coreEnd,
                                           name: [word.core, second.core, third.core].joined(separator: " ")))
                position += 3
                continue
            }
            if let second = next(1), !word.endsClause, isCapitalized(word.core), !isPatronymic(word.core),
               isInitials(second.core) {
                var parts = [word.core, second.core]
                var end = second.coreEnd
                var used = 2
                if let third = next(2), !second.endsClause, isInitials(third.core),
                   second.core.count == 2, third.core.count == 2 {
                    parts.append(third.core)
                    end = third.coreEnd
                    used = 3
                }
                found.append(PersonMention(start: word.start, end: end, name: parts.joined(separator: " ")))
                position += used
                continue
            }
            position += 1
        }
        found.sort { $0.start < $1.start }
        var result: [PersonMention] = []
        for mention in found where mention.start >= (result.last?.end ?? 0) { result.append(mention) }
        return result
    }

    /// The people named in `marked` with the text after each name as their position.
    static func people(in marked: String) -> (before: String, people: [NamedPerson]) {
        let characters = Array(marked)
        let found = mentions(in: characters)
        guard let first = found.first else { return (ProgramLine.plain(marked), []) }
        var people: [NamedPerson] = []
        for (offset, mention) in found.enumerated() {
            let end = offset + 1 < found.count ? found[offset + 1].start : characters.count
            let position = cleanPosition(ProgramLine.plain(String(characters[mention.end..<end])))
            people.append(NamedPerson(name: mention.name, position: position.isEmpty ? nil : position))
        }
        return (ProgramLine.plain(String(characters[0..<first.start])), people)
    }

    /// The names a list such as `Лешков Ю. Л., Бимурзаев Д. С.` or `Иванов И. И. и Петров П. П.` starts with.
    static func leadingNames(in text: String) -> (names: [String], consumed: Int) {
        let characters = Array(text)
        var names: [String] = []
        var cursor = 0
        for mention in mentions(in: characters) {
            let gap = ProgramLine.collapse(String(characters[cursor..<mention.start]))
            guard gap.isEmpty || gap == "," || gap == "и" || gap == ", и" || gap == ";" else { break }
            names.append(mention.name)
            cursor = mention.end
        }
        return (names, cursor)
    }

    /// A position as written after a name: `, министр …`, `(директор …)`, `– директор …;`.
    static func cleanPosition(_ text: String) -> String {
        var text = text.trimming(" ,;:–—-")
        if text.hasPrefix("("), let close = text.lastIndex(of: ")") {
            let inside = String(text[text.index(after: text.startIndex)..<close])
            let after = String(text[text.index(after: close)...]).trimming(" ,;.")
            text = after.isEmpty ? inside : inside + ", " + after
        }
        text = text.trimming(" ,;:")
        if text.hasSuffix("."), !text.hasSuffix(" г."), let last = text.split(separator: " ").last, last.count > 3 {
            text.removeLast()
        }
        return text
    }

    /// Two to four capitalized words, or a surname with initials: how an italic name reads.
    static func looksLikeName(_ text: String) -> Bool {
        let parts = text.split(separator: " ").map(String.init)
        guard (2...4).contains(parts.count) else { return false }
        if parts.count >= 2, isCapitalized(parts[0]), parts.dropFirst().allSatisfy(isInitials) { return true }
        return parts.allSatisfy { isCapitalized($0.trimming(",")) }
    }

    /// `Иванов`, `Молчанова-Сибирского`, `О'Нил`: an upper-case letter, then lower-case letters.
    static func isCapitalized(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, first.isLetter, word.count >= 2 else { return false }
        var previous = first
        for character in word.dropFirst() {
            if character.isLetter {
                if character.isUppercase && previous != "-" && previous != "'" { return false }
            } else if character != "-" && character != "'" && character != "’" {
                return false
            }
            previous = character
        }
        return true
    }

    static func isPatronymic(_ word: String) -> Bool {
        let lower = word.lowercased()
        return isCapitalized(word) && word.count >= 5 && patronymicEndings.contains { lower.hasSuffix($0) }
    }

    /// `Д.`, `Д.С.`, `Ю.Л.`
    static func isInitials(_ word: String) -> Bool {
        let text = word.trimming(",;:")
        guard text.hasSuffix("."), text.count <= 4 else { return false }
        let letters = text.split(separator: ".", omittingEmptySubsequences: false).dropLast()
        return !letters.isEmpty && letters.allSatisfy { $0.count == 1 && ($0.first?.isUppercase ?? false) }
    }

    /// A word of the line and where it is.
    struct Word {
        var start: Int
        var end: Int
        var text: String
        /// The word without trailing punctuation (an initial keeps its period).
        var core: String
        var coreEnd: Int
        /// A comma, semicolon, colon or sentence end follows the word.
        var endsClause: Bool
    }

    static func words(in characters: [Character]) -> [Word] {
        var words: [Word] = []
        var index = 0
        while index < characters.count {
            while index < characters.count, characters[index].isWhitespace || characters[index] == ProgramLine.italicStart
                    || characters[index] == ProgramLine.italicEnd { index += 1 }
            let start = index
            while index < characters.count, !characters[index].isWhitespace, characters[index] != ProgramLine.italicStart,
                  characters[index] != ProgramLine.italicEnd { index += 1 }
            guard index > start else { continue }
            let text = String(characters[start..<index])
            var core = text
            var endsClause = false
            while let last = core.last, ",;:()«»\"".contains(last) || (last == "." && !isInitials(core)) {
                core.removeLast()
                endsClause = true
            }
            var coreStart = start
            var trimmed = core
            while let first = trimmed.first, "(«\"".contains(first) { trimmed.removeFirst(); coreStart += 1 }
            words.append(Word(start: coreStart, end: index, text: text, core: trimmed,
                              coreEnd: coreStart + trimmed.count, endsClause: endsClause))
        }
        return words
    }
}

extension Array {
    /// The element at `index`, or nil past either end.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension String {
    /// The string without leading and trailing characters of `set`.
    func trimming(_ set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) || first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) || last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}
