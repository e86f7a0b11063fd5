/// A direction's `id` made from its title: the first two significant words
/// in Latin letters (`Школьные библиотеки и «Точки кипения»` →
/// `shkolnye-biblioteki`), so it can be typed on the command line.
enum DirectionIdentifier {
    static let letters: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
        "э": "e", "ю": "yu", "я": "ya",
    ]
    static let skipped: Set<String> = ["и", "в", "во", "на", "для", "по", "с", "со", "к", "о", "об", "от", "из", "как", "the", "of", "and"]

    static func make(from title: String, number: Int) -> String {
        var words: [String] = []
        for word in title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            guard !skipped.contains(String(word)) else { continue }
            var latin = ""
            for character in word {
                if let mapped = letters[character] { latin += mapped }
                else if character.isASCII, character.isLetter || character.isNumber { latin.append(character) }
            }
            if !latin.isEmpty { words.append(latin) }
            if words.count == 2 { break }
        }
        let id = words.joined(separator: "-")
        return id.isEmpty ? "direction-\(number)" : String(id.prefix(40))
    }
}
