/// A near-duplicate planted in the generated plan: a member of one group
/// written again, misspelled one way, as a member of another group.
struct PlantedDuplicate {
    enum Kind: String, CaseIterable {
        case replacedLetter, addedLetter, omittedLetter, yoWrittenAsYe, upperCase, latinLetter

        /// The diagnostic code `validate` must report for it.
        var expectedCode: String {
            self == .latinLetter ? "look-alike-letters" : "similar-names"
        }
    }

    let kind: Kind
    let original: String
    let variant: String

    /// The pairs as `--generate` writes them: kind, original and variant, tab-separated, a line each.
    static func parse(_ text: String) -> [PlantedDuplicate] {
        text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, let kind = Kind(rawValue: fields[0]) else { return nil }
            return PlantedDuplicate(kind: kind, original: fields[1], variant: fields[2])
        }
    }

    /// How many of each kind are planted.
    static let perKind = 2

    /// Replaces members at known places (spread evenly over the plan) by misspellings of other members.
    static func plant(into members: inout [String], groupSize: Int) -> [PlantedDuplicate] {
        let kinds = Kind.allCases.flatMap { Array(repeating: $0, count: perKind) }
        guard members.count >= groupSize * (kinds.count + 1) * 2 else { return [] }
        let stride = members.count / kinds.count
        var planted: [PlantedDuplicate] = []
        for (index, kind) in kinds.enumerated() {
            // The original in one group, the variant in the next-but-one group.
            var source = index * stride + 3
            if kind == .yoWrittenAsYe {
                // A name with «ё» (Семёнова, Фёдоровна): the nearest one after the place.
                while source < members.count, !members[source].contains("ё") { source += 1 }
                guard source < members.count else { continue }
            }
            let target = source + 2 * groupSize
            guard target < members.count else { continue }
            let variant = misspell(members[source], kind)
            members[target] = variant
            planted.append(PlantedDuplicate(kind: kind, original: members[source], variant: variant))
        }
        return planted
    }

    /// The name written with one mistake of the kind, always in the surname (or the «ё» wherever it stands).
    static func misspell(_ name: String, _ kind: Kind) -> String {
        var words = name.split(separator: " ").map { Array($0) }
        let middle = words[0].count / 2
        switch kind {
        case .replacedLetter: words[0][middle] = words[0][middle] == "н" ? "м" : "н"
        case .addedLetter: words[0].insert(words[0][middle] == "л" ? "р" : "л", at: middle)
        case .omittedLetter: words[0].remove(at: middle)
        case .yoWrittenAsYe: return name.replacingOccurrences(of: "ё", with: "е")
        case .upperCase: return name.uppercased()
        case .latinLetter:
            // The first Cyrillic letter that has a Latin twin (the surname's, else the first name's), replaced by it.
            let twins: [Character: Character] = ["а": "a", "о": "o", "е": "e", "р": "p", "с": "c", "х": "x", "у": "y"]
            for word in words.indices {
                if let at = words[word].firstIndex(where: { twins[$0] != nil }), let twin = twins[words[word][at]] {
                    words[word][at] = twin
                    break
                }
            }
        }
        return words.map { String($0) }.joined(separator: " ")
    }
}
