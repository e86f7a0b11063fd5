/// File names for letters: the person's name transliterated to Latin letters
/// (Cyrillic by the passport rules of 2014), anything else but letters and
/// digits as `_`, at most 80 characters, and `-2`, `-3` … when two names give
/// the same file (compared without case, as macOS and Windows do).
struct LetterFileNames {
    private var used: Set<String> = []

    private static let cyrillic: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y",
        "ь": "", "э": "e", "ю": "iu", "я": "ia",
    ]

    /// `Ivanova_Mariia_Sergeevna`: the name in safe ASCII.
    static func transliterate(_ name: String) -> String {
        var result = ""
        for character in name {
            let lower = Character(character.lowercased())
            if let latin = cyrillic[lower] {
                if character != lower, let first = latin.first {
                    result += first.uppercased() + latin.dropFirst()
                } else {
                    result += latin
                }
            } else if character.isASCII, character.isLetter || character.isNumber {
                result.append(character)
            } else if character == "-" {
                result.append("-")
            } else if result.last != "_" {
                result.append("_")
            }
        }
        let trimmed = String(result.drop(while: { $0 == "_" || $0 == "-" }).prefix(80))
        let cleaned = String(trimmed.reversed().drop(while: { $0 == "_" || $0 == "-" }).reversed())
        return cleaned.isEmpty ? "letter" : cleaned
    }

    /// A name not given before, with `ext`.
    mutating func next(for name: String, ext: String) -> String {
        let base = Self.transliterate(name)
        var candidate = base
        var number = 1
        while used.contains(candidate.lowercased()) {
            number += 1
            candidate = "\(base)-\(number)"
        }
        used.insert(candidate.lowercased())
        return candidate + "." + ext
    }
}
