/// Headings printed in capitals («ШКОЛЬНЫЕ БИБЛИОТЕКИ И «ТОЧКИ КИПЕНИЯ»»)
/// given back their letter case: from the same words written elsewhere in the
/// program in ordinary case, else as a sentence whose quoted names keep a
/// capital.
struct TitleCase {
    /// The program's lines that are not in capitals, lowercased alongside, for the look-up.
    private let lines: [(original: [Character], lower: String)]
    /// Look-ups made; past the limit only the sentence rule is used, so the cost stays linear.
    private var lookups = 0
    static let lookupLimit = 200

    init(lines: [ProgramLine]) {
        self.lines = lines.compactMap { line in
            guard !TitleCase.isCapitals(line.text) else { return nil }
            let original = Array(line.text)
            let lower = line.text.lowercased()
            guard lower.count == original.count else { return nil }
            return (original, lower)
        }
    }

    /// Whether most letters of `text` (at least four) are capitals.
    static func isCapitals(_ text: String) -> Bool {
        var letters = 0, capitals = 0
        for character in text where character.isLetter {
            letters += 1
            if character.isUppercase { capitals += 1 }
        }
        return letters >= 4 && capitals * 10 >= letters * 8
    }

    /// `text` in ordinary case when it is in capitals; otherwise as it is.
    mutating func restore(_ text: String) -> String {
        guard TitleCase.isCapitals(text) else { return text }
        if lookups < TitleCase.lookupLimit {
            lookups += 1
            let wanted = text.lowercased()
            for line in lines {
                guard let range = line.lower.range(of: wanted) else { continue }
                let start = line.lower.distance(from: line.lower.startIndex, to: range.lowerBound)
                return String(line.original[start..<(start + wanted.count)])
            }
        }
        return TitleCase.sentence(text)
    }

    /// «ОБРАЗ «ТОЧКИ КИПЕНИЯ»» → «Образ «Точки кипения»»: a capital at the start and after an opening quote.
    static func sentence(_ text: String) -> String {
        var result = ""
        var capitalizeNext = true
        for character in text.lowercased() {
            if character.isLetter {
                result += capitalizeNext ? character.uppercased() : String(character)
                capitalizeNext = false
            } else {
                result.append(character)
                if "«„\"".contains(character) { capitalizeNext = true }
            }
        }
        return result
    }
}
