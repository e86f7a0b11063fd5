/// What a slot's words say about it: its kind («Перерыв» → break), who it is
/// for («Круг лидеров направлений и модераторов»), whether it is closed
/// («Закрытая рабочая встреча») and who may come («Для участников – по
/// желанию»).
enum SlotWords {
    /// Word beginnings and the kind they name, tried in this order at each position.
    static let kinds: [(stem: String, kind: SlotKind)] = [
        ("приветств", .opening), ("открыти", .opening), ("торжественное открыти", .opening),
        ("выступлен", .talk), ("доклад", .talk), ("лекци", .talk), ("панельная дискусси", .talk),
        ("дискусси", .talk), ("мастер-класс", .talk), ("интервью", .talk),
        ("установк", .briefing), ("введени", .briefing), ("инструктаж", .briefing), ("постановка задач", .briefing),
        ("работа в группах", .groupWork), ("работа в группе", .groupWork), ("групповая работа", .groupWork),
        ("работа групп", .groupWork), ("проектная работа", .groupWork), ("работа по направлениям", .groupWork),
        ("пленар", .plenary), ("презентаци", .presentation), ("защита проект", .presentation),
        ("перерыв", .break), ("кофе-брейк", .meal), ("кофе-пауз", .meal), ("кофе брейк", .meal),
        ("обед", .meal), ("ужин", .meal), ("завтрак", .meal), ("фуршет", .meal),
        ("закрыти", .closing), ("завершени", .closing), ("подведение итогов", .closing), ("итоги дня", .closing),
        ("круг ", .meeting), ("встреча", .meeting), ("совещани", .meeting),
        ("рефлекси", .reflection), ("регистраци", .registration), ("заезд", .registration),
        ("экскурси", .social), ("концерт", .social), ("культурная программа", .social),
        ("неформальн", .social), ("нетворкинг", .social),
    ]

    /// The kind of a slot titled by `sentences`: the first sentence with a kind word decides, its earliest
    /// word wins; a slot without one is a talk when it has speakers.
    static func kind(of sentences: [String], hasSpeakers: Bool) -> SlotKind {
        for sentence in sentences {
            if let kind = kindNamed(in: sentence) { return kind }
        }
        return hasSpeakers ? .talk : .other
    }

    /// The kind the earliest kind word of `sentence` names («Кофе-брейк» → meal), if it has one:
    /// also what a `kind` written in Russian in the session file most likely means.
    static func kindNamed(in sentence: String) -> SlotKind? {
        let lower = " " + sentence.lowercased() + " "
        var best: (position: Int, kind: SlotKind)?
        for entry in kinds {
            guard let range = lower.range(of: entry.stem) else { continue }
            let before = lower[lower.index(before: range.lowerBound)]
            guard !before.isLetter else { continue }
            let position = lower.distance(from: lower.startIndex, to: range.lowerBound)
            if position < (best?.position ?? Int.max) { best = (position, entry.kind) }
        }
        return best?.kind
    }

    /// The words that introduce a slot's moderators («Модератор – Иванов И. И.») and its speakers
    /// («Спикеры: …»), lower case: not part of the title.
    static let moderatorWords: Set<String> = ["модератор", "модераторы", "ведущий", "ведущая", "ведущие"]
    static let speakerWords: Set<String> = ["спикеры", "спикер", "эксперты", "эксперт", "выступают", "выступающие",
                                            "докладчики", "докладчик", "лектор", "лекторы"]

    /// The session's own roles, lower case, ё as е: before a speaker's name they say who the speaker is.
    static let sessionRoles: Set<String> = ["архитектор сессии", "архитектор стратегической сессии",
                                            "ведущий сессии", "ведущая сессии", "модератор сессии"]

    /// Role words and the roles they name.
    static let roles: [(stem: String, role: Role)] = [
        ("лидер", .leaders), ("модератор", .moderators), ("сборщик", .collectors), ("участник", .participants),
        ("эксперт", .experts), ("спикер", .experts), ("организатор", .organizers), ("архитектор", .organizers),
    ]

    /// The roles named in `text`, in the order of `Role`.
    static func roles(in text: String) -> [Role] {
        let lower = text.lowercased()
        let named = Set(roles.filter { lower.contains($0.stem) }.map(\.role))
        return Role.allCases.filter(named.contains)
    }

    /// «Закрытая рабочая встреча», «Закрытое заседание»: the slot is closed.
    static func isClosedMark(_ sentence: String) -> Bool {
        let lower = sentence.lowercased()
        return lower.hasPrefix("закрыт") && (lower.contains("встреч") || lower.contains("заседан") || lower.contains("сессия")
                                             || lower.contains("формат"))
    }

    /// «Для участников – по желанию», «Для лидеров встреча обязательна»: who must and who may come.
    static func attendance(_ sentence: String) -> (required: [Role], optional: [Role])? {
        let lower = sentence.lowercased()
        guard lower.hasPrefix("для ") else { return nil }
        let named = roles(in: sentence)
        guard !named.isEmpty else { return nil }
        if lower.contains("по желанию") || lower.contains("необязательн") || lower.contains("не обязательн") {
            return ([], named)
        }
        if lower.contains("обязательн") { return (named, []) }
        return nil
    }

    /// Splits a title into sentences at `. ` before a capital letter, not after an initial or `им.`, `г.`.
    static func sentences(_ text: String) -> [String] {
        let characters = Array(text)
        var sentences: [String] = []
        var current = ""
        var index = 0
        let abbreviations: Set<String> = ["им", "г", "ул", "д", "пр", "проф", "т", "см", "др", "акад", "доц", "каб", "ауд"]
        while index < characters.count {
            let character = characters[index]
            current.append(character)
            if ".!?".contains(character), index + 1 < characters.count, characters[index + 1] == " " {
                let nextLetter = characters[(index + 1)...].first { !$0.isWhitespace }
                let lastWord = current.dropLast().split(separator: " ").last.map(String.init) ?? ""
                let bare = lastWord.trimming("«(\"")
                let isAbbreviation = abbreviations.contains(bare.lowercased()) || (bare.count == 1 && bare.first?.isUppercase == true)
                if let nextLetter, nextLetter.isUppercase || "«\"(".contains(nextLetter) || nextLetter.isNumber, !isAbbreviation {
                    sentences.append(current.trimming(" ."))
                    current = ""
                }
            }
            index += 1
        }
        let last = current.trimming(" ")
        if !last.isEmpty {
            sentences.append(last.hasSuffix(".") && !last.hasSuffix("..") ? String(last.dropLast()) : last)
        }
        return sentences.filter { !$0.isEmpty }
    }
}
