/// Plural forms of nouns after numbers.
enum Plural {
    /// The Russian form of a noun for `count`: `one` for 1, 21, 101…;
    /// `few` for 2–4, 22–24…; `many` for 0, 5–20, 25–30, 11–14…
    /// (1 участник, 2 участника, 5 участников, 11 участников, 21 участник).
    static func russian(_ count: Int, one: String, few: String, many: String) -> String {
        let n = count.magnitude
        let lastTwo = n % 100
        let last = n % 10
        if (11...14).contains(lastTwo) { return many }
        if last == 1 { return one }
        if (2...4).contains(last) { return few }
        return many
    }

    /// The English form: `one` for exactly 1, else `other`.
    static func english(_ count: Int, one: String, other: String) -> String {
        count == 1 ? one : other
    }

    /// "5 участников" / "5 members": the count and the right form, in both languages.
    static func count(_ count: Int, en: (one: String, other: String),
                             ru: (one: String, few: String, many: String)) -> LocalizedText {
        LocalizedText(
            en: "\(count) \(english(count, one: en.one, other: en.other))",
            ru: "\(count) \(russian(count, one: ru.one, few: ru.few, many: ru.many))"
        )
    }
}
