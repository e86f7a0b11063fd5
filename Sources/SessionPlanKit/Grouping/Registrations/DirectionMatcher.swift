/// A direction as the registration list may name it: plain values, so that
/// matching does not depend on how the session is modelled.
struct DirectionChoice: Sendable, Hashable {
    var id: String
    /// The direction's 1-based position in the session.
    var number: Int
    var title: String

    init(id: String, number: Int, title: String) {
        self.id = id
        self.number = number
        self.title = title
    }
}

/// Finds the direction a registration list's cell names: its id (`rural`),
/// its number (`3`, `3.`, `№3`, `3. Сельские библиотеки`, `Направление 3`) or its title,
/// compared ignoring case, `ё`/`е`, quotation marks and extra white space; a
/// title may also be shortened to a beginning of at least
/// `minimumPrefixLength` characters that fits one direction only. A cell that
/// names none is answered with the closest direction when one is close enough
/// (`suggestion(for:)`).
struct DirectionMatcher: Sendable {
    static let minimumPrefixLength = 10

    let directions: [DirectionChoice]
    private let foldedTitles: [String]
    private let foldedIDs: [String]
    /// Each title's words, folded, for `wordsSuggestion`.
    private let titleWords: [[String]]

    init(_ directions: [DirectionChoice]) {
        self.directions = directions
        self.foldedTitles = directions.map { TextFolding.fold($0.title) }
        self.foldedIDs = directions.map { $0.id.lowercased() }
        self.titleWords = foldedTitles.map(Self.words)
    }

    /// The index in `directions` of the direction `cell` names, or nil: as written, else without what a
    /// form or a list dresses it up with (`undressed`).
    func index(for cell: String) -> Int? {
        let text = TextFolding.collapseWhitespace(cell)
        guard !text.isEmpty else { return nil }
        if let index = index(written: text) { return index }
        let plain = Self.undressed(text)
        return plain.isEmpty || plain == text ? nil : index(written: plain)
    }

    private func index(written text: String) -> Int? {
        let lowered = text.lowercased()
        if let index = foldedIDs.firstIndex(of: lowered) { return index }
        if let (number, rest) = Self.leadingNumber(text),
           let index = directions.firstIndex(where: { $0.number == number }) {
            if rest.isEmpty || titleMatches(TextFolding.fold(rest), index) { return index }
        }
        let folded = TextFolding.fold(text)
        if let index = foldedTitles.firstIndex(of: folded) { return index }
        if folded.count >= Self.minimumPrefixLength {
            let candidates = foldedTitles.indices.filter { foldedTitles[$0].hasPrefix(folded) }
            if candidates.count == 1 { return candidates[0] }
        }
        return nil
    }

    /// The direction `cell` names, or a `roster-direction` diagnostic at
    /// `location` that suggests the closest direction when one is close enough.
    func match(_ cell: String, at location: SourceLocation?) -> Result<Int, Diagnostic> {
        if let index = index(for: cell) { return .success(index) }
        let text = TextFolding.collapseWhitespace(cell)
        let howEN = "write the direction's number\(numberRange), its id or its title as in the session file"
        let howRU = "впишите номер направления\(numberRange), его идентификатор или название, как в файле сессии"
        if text.isEmpty {
            return .failure(.error(.rosterDirection, LocalizedText(
                en: "this row has no direction; \(howEN)",
                ru: "в этой строке не указано направление; \(howRU)"), at: location))
        }
        if let index = suggestion(for: text) {
            let direction = directions[index]
            return .failure(.error(.rosterDirection, LocalizedText(
                en: "there is no direction \(Quotes.guillemets(text)); did you mean direction \(direction.number) \(Quotes.guillemets(direction.title)) (\(direction.id))?",
                ru: "направления \(Quotes.guillemets(text)) нет; может быть, имелось в виду направление \(direction.number) \(Quotes.guillemets(direction.title)) (\(direction.id))?"),
                at: location))
        }
        var listEN = "", listRU = ""
        if !directions.isEmpty, directions.count <= 12 {
            let list = directions.map { "\($0.number) \(Quotes.guillemets($0.title)) (\($0.id))" }.joined(separator: ", ")
            listEN = "; the directions are: \(list)"
            listRU = "; направления такие: \(list)"
        }
        return .failure(.error(.rosterDirection, LocalizedText(
            en: "there is no direction \(Quotes.guillemets(text)); \(howEN)\(listEN)",
            ru: "направления \(Quotes.guillemets(text)) нет; \(howRU)\(listRU)"), at: location))
    }

    /// The index of the direction whose folded title or id is closest to `cell`
    /// by edit distance, when within `EditDistance`'s threshold (a typo); else
    /// the one direction whose title has every word of `cell` in some form
    /// (`wordsSuggestion`: a form's short label).
    func suggestion(for cell: String) -> Int? {
        let folded = TextFolding.fold(cell)
        if let best = EditDistance.closest(to: folded, among: foldedTitles + foldedIDs) {
            return foldedTitles.firstIndex(of: best) ?? foldedIDs.firstIndex(of: best)
        }
        return wordsSuggestion(for: folded)
    }

    /// A registration form often offers a short label for a direction, with the title's words in
    /// other forms: «Сельские библиотеки» for «„Точки кипения“ в сельских библиотеках». The one
    /// direction whose title has a word beginning with the stem of each of the cell's words
    /// (`stem`); nil when none or several have them all.
    private func wordsSuggestion(for folded: String) -> Int? {
        let stems = Self.words(folded).map(Self.stem)
        guard !stems.isEmpty else { return nil }
        let fitting = titleWords.indices.filter { title in
            stems.allSatisfy { stem in titleWords[title].contains { $0.hasPrefix(stem) } }
        }
        return fitting.count == 1 ? fitting[0] : nil
    }

    /// The words of folded text of three letters or more (prepositions and «и» say nothing).
    private static func words(_ folded: String) -> [String] {
        folded.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count >= 3 }
    }

    /// The beginning of a word that its other forms share: Russian changes a word's last one or two
    /// letters (сельские, сельских; молодёжь, молодёжью), so two fewer letters, at most five and
    /// at least three.
    private static func stem(_ word: String) -> String {
        String(word.prefix(max(3, min(5, word.count - 2))))
    }

    /// The direction named by `cell` among `directions`, or a located `roster-direction` error.
    static func match(_ cell: String, among directions: [DirectionChoice],
                             at location: SourceLocation?) -> Result<Int, Diagnostic> {
        DirectionMatcher(directions).match(cell, at: location)
    }

    private func titleMatches(_ folded: String, _ index: Int) -> Bool {
        folded == foldedTitles[index]
            || (folded.count >= Self.minimumPrefixLength && foldedTitles[index].hasPrefix(folded))
    }

    /// « (1–5)»: the numbers the directions have, the same in both languages.
    private var numberRange: String {
        let numbers = directions.map(\.number)
        guard let low = numbers.min(), let high = numbers.max() else { return "" }
        return low == high ? " (\(low))" : " (\(low)–\(high))"
    }

    /// A cell without a remark in parentheses at its end («… (модератор Иванова Е. П.)»), a final full
    /// stop, and the word «Направление» («Direction») before its number or after it («3 направление»).
    static func undressed(_ text: String) -> String {
        func trimmedEnd(_ text: Substring, _ drop: (Character) -> Bool) -> Substring {
            var end = text.endIndex
            while end > text.startIndex, drop(text[text.index(before: end)]) { end = text.index(before: end) }
            return text[..<end]
        }
        var rest = trimmedEnd(Substring(text)) { $0 == "." || $0.isWhitespace }
        if rest.last == ")", let open = rest.lastIndex(of: "("), open > rest.startIndex { rest = rest[..<open] }
        rest = trimmedEnd(rest) { $0 == "." || $0 == "," || $0.isWhitespace }
        for word in directionWords {
            let lowered = rest.lowercased()
            if lowered.hasPrefix(word + " ") || lowered.hasPrefix(word + "№") {
                rest = rest.dropFirst(word.count).drop(while: \.isWhitespace)
            } else if lowered.hasSuffix(" " + word), lowered.first?.isNumber == true {
                rest = trimmedEnd(rest.dropLast(word.count), \.isWhitespace)
            }
        }
        return String(rest)
    }

    private static let directionWords = ["направление", "direction"]

    /// `3`, `3.`, `3)`, `№3`, `№ 3`, `N3`, followed by the rest of the text
    /// (a title, possibly empty).
    static func leadingNumber(_ text: String) -> (Int, String)? {
        var rest = Substring(text)
        if let first = rest.first, first == "№" || first == "N" || first == "n" || first == "#" {
            rest = rest.dropFirst().drop(while: \.isWhitespace)
        }
        let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 6, let number = Int(digits) else { return nil }
        rest = rest.dropFirst(digits.count)
        if let next = rest.first, next == "." || next == ")" || next == ":" { rest = rest.dropFirst() }
        guard rest.first?.isWhitespace ?? true else { return nil }
        return (number, String(rest.drop(while: \.isWhitespace)))
    }
}
