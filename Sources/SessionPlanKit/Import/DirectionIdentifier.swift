/// A direction's `id` made from its title: the first two significant words
/// in Latin letters (`Школьные библиотеки и «Точки кипения»` →
/// `shkolnye-biblioteki`), so it can be typed on the command line.
enum DirectionIdentifier {
    static let skipped: Set<String> = ["и", "в", "во", "на", "для", "по", "с", "со", "к", "о", "об", "от", "из", "как", "the", "of", "and"]

    static func make(from title: String, number: Int) -> String {
        var words: [String] = []
        for word in title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            guard !skipped.contains(String(word)) else { continue }
            var latin = ""
            for character in word {
                if let mapped = LatinLetters.russian[character] { latin += mapped }
                else if character.isASCII, character.isLetter || character.isNumber { latin.append(character) }
            }
            if !latin.isEmpty { words.append(latin) }
            if words.count == 2 { break }
        }
        let id = words.joined(separator: "-")
        return id.isEmpty ? "direction-\(number)" : String(id.prefix(40))
    }
}
