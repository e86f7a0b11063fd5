/// Where Russian typesetting puts a no-break space: the words of a text
/// grouped into runs that a line break should not split. The terminal
/// agenda's wrapper treats a run as one word as long as it fits on a line,
/// and breaks it at its spaces when it does not; the HTML and Word exports
/// write U+00A0 NO-BREAK SPACE between its words (`joined`), so a browser or
/// Word keeps it on one line.
///
/// Kept together: a dash with the word before it (a line never starts with a
/// dash); initials with their surname, before it («И. И. Молчанова») or
/// after it («Молчанова И. И.»); «им.», «ул.», «№» with what follows; a number
/// with its word («12 часов», «5 минут»); a year with «г.» («2021 г.»), and
/// «г.» not after a number with what follows («г. Благовещенск»); «т. е.»,
/// «т. д.», «т. п.» and «и т. д.». Linear: one pass from the end to learn
/// which initials precede a surname, one pass to join.
enum NoBreakRuns {
    /// The runs of `text`'s words, in order; runs of white space only separate words.
    static func runs(_ text: String) -> [[Substring]] {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty else { return [] }
        // beforeSurname[i]: words[i] begins a chain of initials that ends right before a surname.
        var beforeSurname = [Bool](repeating: false, count: words.count)
        for index in stride(from: words.count - 2, through: 0, by: -1) where initial(words[index]) == .bare {
            let next = words[index + 1]
            beforeSurname[index] = initial(next) == .bare ? beforeSurname[index + 1] : startsWithCapital(next) && initial(next) == nil
        }
        var runs: [[Substring]] = [[words[0]]]
        for index in 1..<words.count {
            if joins(words, at: index - 1, beforeSurname: beforeSurname) {
                runs[runs.count - 1].append(words[index])   // in place: a long chain stays linear
            } else {
                runs.append([words[index]])
            }
        }
        return runs
    }

    /// `text` with each gap of ordinary spaces inside a run replaced by one
    /// U+00A0; every other character, gaps between runs and gaps holding any
    /// other white space (a line break, a tab) kept exactly as they were.
    static func joined(_ text: String) -> String {
        mayJoin(text) ? joinedWordByWord(text) : text
    }

    /// `joined`, for a text `mayJoin` let through.
    private static func joinedWordByWord(_ text: String) -> String {
        let runs = runs(text)
        guard runs.contains(where: { $0.count > 1 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var copied = text.startIndex
        for run in runs {
            for (word, next) in zip(run, run.dropFirst()) {
                out += text[copied..<word.endIndex]
                let gap = text[word.endIndex..<next.startIndex]
                if gap.allSatisfy({ $0 == " " }) { out.append("\u{00A0}") } else { out += gap }
                copied = next.startIndex
            }
        }
        out += text[copied...]
        return out
    }

    /// `joined` for a whole document: a text met again (a group's line, in every group-work slot
    /// of a program for everyone) is looked up, not joined again.
    /// Texts are told apart by their bytes (`UTF8Key`), not by `String`'s Unicode equality.
    struct Joiner {
        private var seen: [UTF8Key: String] = [:]

        mutating func joined(_ text: String) -> String {
            guard NoBreakRuns.mayJoin(text) else { return text }
            let key = UTF8Key(text)
            if let known = seen[key] { return known }
            let result = NoBreakRuns.joinedWordByWord(text)
            seen[key] = result
            return result
        }
    }

    /// Whether any two words of `text` may be kept together: every case of `joins` needs a full
    /// stop, «№», a dash, or a number followed by a word that begins with a letter somewhere in the
    /// text. Most texts of a plan are names, titles and lists of names («участники (10): …»,
    /// «группа «Группа 17», направление 1 «Направление 1»») with none of them, which one look at
    /// the bytes settles. Where the bytes leave it open (a character that may be white space or a
    /// letter), the answer is yes: a text let through is only looked at word by word.
    static func mayJoin(_ text: String) -> Bool {
        text.withUTF8Bytes(mayJoin)
    }

    private static func mayJoin(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0x20, beforePrevious: UInt8 = 0
        for index in bytes.indices {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "."): return true
            case UInt8(ascii: "0")...UInt8(ascii: "9") where previous == 0x20 || (0x09...0x0D).contains(previous) || previous >= 0x80:
                // A word may begin here (any byte of a non-ASCII character before it is taken as
                // possibly white space).
                if numberMayJoin(bytes, from: index) { return true }
            case 0x96 where previous == 0x84 && beforePrevious == 0xE2: return true          // №
            case 0x93...0x94 where previous == 0x80 && beforePrevious == 0xE2: return true   // – —
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// Whether the word beginning at `start` with a digit may be a number (`isNumber`: digits, with
    /// commas, full stops, hyphens and en dashes between them) followed by a word that begins with
    /// a letter («12 часов»).
    private static func numberMayJoin(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var index = start, endsWithDigit = false
        word: while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): endsWithDigit = true
            case UInt8(ascii: ","), UInt8(ascii: "-"): endsWithDigit = false
            case 0x09...0x0D, 0x20: break word
            case 0xC2 where index + 1 < bytes.count && (bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0): break word
            case 0xE1...: return true   // perhaps white space of another kind (or the en dash)
            default: return false       // a letter or a sign in the word: not a number
            }
            index += 1
        }
        guard endsWithDigit else { return false }
        // The white space after it, then the next word's first character.
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x09...0x0D, 0x20: index += 1
            case 0xC2 where index + 1 < bytes.count && (bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0): index += 2
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return true
            case 0x00..<0x80: return false
            // Of U+0080–U+00BF only ª, µ and º are letters («, », °, § are not).
            case 0xC2: return index + 1 < bytes.count && [0xAA, 0xB5, 0xBA].contains(bytes[index + 1])
            default: return true        // a letter of most alphabets, or perhaps one
            }
        }
        return false
    }

    /// Whether no line break may come between `words[index]` and the word after it.
    private static func joins(_ words: [Substring], at index: Int, beforeSurname: [Bool]) -> Bool {
        let word = words[index], next = words[index + 1]
        if isDash(next) || index == 0 && isDash(word) { return true }
        switch (initial(word), initial(next)) {
        case (.bare, .some): return true                                        // И. И.
        case (.bare, nil): return beforeSurname[index]                          // И. Молчанова
        case (nil, .some) where isSurname(word): return !beforeSurname[index + 1] // Молчанова И.
        default: break
        }
        if isNumber(word) { return next.first?.isLetter ?? false }              // 12 часов, 2021 г.
        // Every word looked up below is at most 5 bytes long («им.», «гг.»): a longer one is not
        // lower-cased only to be found different.
        guard word.utf8.count <= 5 else { return false }
        let lowered = word.lowercased()
        if forward.contains(lowered) { return true }
        if lowered == "г." || lowered == "гг." { return index == 0 || !isNumber(words[index - 1]) }
        if lowered == "т." { return isAbbreviationLetter(next) }                // т. е.
        if lowered == "и", next.lowercased() == "т.", index + 2 < words.count {
            return isAbbreviationLetter(words[index + 2])                       // и т. д.
        }
        return false
    }

    /// Abbreviations that belong to the word after them.
    private static let forward: Set<String> = ["им.", "ул.", "№"]

    private enum Initial { case bare, closing }

    /// `И.` is a bare initial; `И.,` `И.)` `И.;` close a name written surname first.
    private static func initial(_ word: Substring) -> Initial? {
        guard let first = word.first, first.isUppercase, first.isLetter, word.count >= 2 else { return nil }
        let rest = word.dropFirst()
        guard rest.first == "." else { return nil }
        if rest.count == 1 { return .bare }
        return rest.dropFirst().allSatisfy { ",;:)»".contains($0) } ? .closing : nil
    }

    /// A word that can be a surname before its initials: a capital first, a letter last (no comma).
    private static func isSurname(_ word: Substring) -> Bool {
        startsWithCapital(word) && (word.last?.isLetter ?? false)
    }

    private static func startsWithCapital(_ word: Substring) -> Bool {
        guard let first = word.first else { return false }
        return first.isLetter && first.isUppercase
    }

    /// `12`, `2021`, `1,5`, `10–15`: digits, with a separator only between digits.
    private static func isNumber(_ word: Substring) -> Bool {
        guard let first = word.first, let last = word.last, first.isASCII && first.isNumber,
              last.isASCII && last.isNumber else { return false }
        return word.allSatisfy { ($0.isASCII && $0.isNumber) || ",.–-".contains($0) }
    }

    /// The second letter of «т. е.», «т. д.», «т. п.»: one lower-case letter and a full stop.
    private static func isAbbreviationLetter(_ word: Substring) -> Bool {
        guard let first = word.first, first.isLetter, first.isLowercase else { return false }
        let rest = word.dropFirst()
        return rest.first == "." && rest.dropFirst().allSatisfy { ",;:)».".contains($0) }
    }

    private static func isDash(_ word: Substring) -> Bool { word == "–" || word == "—" }
}
