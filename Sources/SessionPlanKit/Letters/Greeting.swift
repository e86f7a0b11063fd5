/// The first line of a letter, from the person's name as the session writes
/// it («Фамилия Имя Отчество»): «Уважаемая Мария Сергеевна!» when the
/// patronymic is feminine (-вна, -чна, -ична, «кызы»), «Уважаемый Иван
/// Петрович!» when it is masculine (-вич, -ич, «оглы»), and without a
/// patronymic the neutral «Здравствуйте, Иванова Мария!» with the full name.
/// An English session writes «Dear FULL NAME,».
enum Greeting {
    /// The grammatical gender a patronymic gives.
    enum Gender: Equatable { case feminine, masculine }

    static func text(for name: String, in language: Language) -> String {
        let words = name.split(whereSeparator: { $0 == " " }).map(String.init)
        let full = words.joined(separator: " ")
        guard language == .ru else { return "Dear \(full)," }
        guard let (gender, first, patronymic) = patronymic(in: words) else { return "Здравствуйте, \(full)!" }
        let address = gender == .feminine ? "Уважаемая" : "Уважаемый"
        return "\(address) \(first) \(patronymic)!"
    }

    /// The gender of one word as a patronymic, or nil when it is not one.
    static func gender(ofPatronymic word: String) -> Gender? {
        let lowered = word.lowercased()
        guard lowered.count >= 5, lowered.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
        if lowered.hasSuffix("вна") || lowered.hasSuffix("чна") { return .feminine }   // -ична ends in -чна
        if lowered.hasSuffix("ич") { return .masculine }                              // -вич, -ич
        return nil
    }

    /// The gender, the first name and the patronymic (as written) in «Фамилия Имя Отчество»,
    /// also «Имя Отчество Фамилия» and the Turkic «Имя Отец оглы|кызы».
    static func patronymic(in words: [String]) -> (Gender, first: String, patronymic: String)? {
        guard words.count >= 2 else { return nil }
        if words.count >= 3, let last = words.last?.lowercased(), last == "оглы" || last == "кызы" {
            let gender: Gender = last == "кызы" ? .feminine : .masculine
            let n = words.count
            return (gender, words[n - 3], words[n - 2] + " " + words[n - 1])
        }
        // The patronymic is the word after the first name: the third word, else the second («Мария Сергеевна Иванова»).
        for index in [2, 1] where index < words.count {
            if let gender = gender(ofPatronymic: words[index]) { return (gender, words[index - 1], words[index]) }
        }
        return nil
    }
}
