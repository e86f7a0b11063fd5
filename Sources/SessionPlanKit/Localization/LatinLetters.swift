/// Russian letters in Latin, as the names of Russian places are usually written in English
/// (`Казань` → `kazan`, `Челябинск` → `chelyabinsk`): for ids typed on the command line, and to know
/// a city written in Latin letters.
enum LatinLetters {
    static let russian: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
        "э": "e", "ю": "yu", "я": "ya",
    ]

    /// The Latin letters of `text`, lower case, without anything else (spaces, dashes, digits):
    /// `Нижний Новгород` → `nizhniynovgorod`, `Ust-Nera` → `ustnera`.
    static func key(_ text: String) -> String {
        var key = ""
        for character in text.lowercased() {
            if let latin = russian[character] { key += latin } else if character.isASCII, character.isLetter { key.append(character) }
        }
        return key
    }
}
