/// Where an in-person program says a thing happens: a remark in parentheses after a title that names a
/// hall or a room («Пленарная дискуссия (Большой зал)», «Направление 1. «Новый читатель» (ауд. 305)»,
/// «Регистрация (фойе 1 этажа)»). A remark that only mentions one among other words («(модератор —
/// заведующая читальным залом …)») is left in the title.
enum PlaceRemarks {
    /// `text` without its place remark, and the place's name (its first letter capital); nil without one.
    static func split(_ text: String) -> (text: String, place: String?) {
        // Remarks at the top level, with no parentheses inside: «(Большой зал (2 этаж))» is none.
        var depth = 0, open = text.startIndex, nested = false
        for index in text.indices {
            switch text[index] {
            case "(":
                if depth == 0 { (open, nested) = (index, false) } else { nested = true }
                depth += 1
            case ")" where depth > 0:
                depth -= 1
                guard depth == 0, !nested else { continue }
                let inside = String(text[text.index(after: open)..<index]).trimming(" ")
                guard isPlace(inside) else { continue }
                let rest = (String(text[..<open]).trimming(" ") + text[text.index(after: index)...]).trimming(" ,")
                guard !rest.isEmpty else { continue }   // the remark is all there is: the title
                return (rest, inside.prefix(1).uppercased() + inside.dropFirst())
            default:
                break
            }
        }
        return (text, nil)
    }

    /// A short remark with a word of a hall or a room among its first words.
    private static func isPlace(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard !words.isEmpty, words.count <= 5 else { return false }
        return words.prefix(3).contains { word in placeStems.contains { word.hasPrefix($0) } }
    }

    /// «зал», «аудитория», «ауд.», «фойе», «холл», «кабинет», «каб.», «коворкинг», «конференц-зал», «этаж» …
    private static let placeStems = [
        "зал", "ауд", "фойе", "холл", "кабинет", "каб", "коворкинг", "конференц", "лектори", "амфитеатр", "атриум",
        "этаж", "корпус", "кафе", "столов", "ресторан",
    ]
}

/// The places an import found (`PlaceRemarks`), each once by its name, with an id made from it.
struct ImportedPlaces {
    private(set) var places: [(id: String, name: String)] = []
    private var idByName: [String: String] = [:]
    private var ids: Set<String> = []

    /// The id of the place named `name`, added when it is new: from its first words («aud-305»), made
    /// unique by its number when two names begin alike.
    mutating func id(of name: String) -> String {
        let key = name.lowercased().replacingOccurrences(of: "ё", with: "е")
        if let known = idByName[key] { return known }
        let number = places.count + 1
        let base = DirectionIdentifier.make(from: name, number: number)
        var id = base == "direction-\(number)" ? "place-\(number)" : base
        while ids.contains(id) { id += "-\(number)" }
        places.append((id, name))
        idByName[key] = id
        ids.insert(id)
        return id
    }

    /// `text` without its place remark and the id of that place; the text and nil without one.
    mutating func take(from text: String) -> (text: String, place: String?) {
        let (rest, name) = PlaceRemarks.split(text)
        return (rest, name.map { id(of: $0) })
    }

    /// The session's `places`, in the order the program names them; nil when it names none.
    var value: JSONValue? {
        places.isEmpty ? nil : .array(places.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) })
    }
}
