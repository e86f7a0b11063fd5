import Foundation

/// The words of a printed program, in the session's language: day labels,
/// who a slot is for, what a person is in the session. Shared by the agenda
/// and the exports, so every output says the same thing the same way.
enum ProgramWords {
    /// «День 1» / «Day 1».
    static func day(_ number: Int, in language: Language) -> String {
        LocalizedText(en: "Day \(number)", ru: "День \(number)").text(in: language)
    }

    /// A title in quotes: «Группа 1» / “Group 1”. Quotes inside the title become
    /// the inner kind, as typesetting wants: «Школьные библиотеки и „Точки кипения“»,
    /// never «…«Точки кипения»».
    static func quoted(_ text: String, in language: Language) -> String {
        switch language {
        case .ru:
            return Quotes.guillemets(text)
        case .en:
            let inner = text.replacingOccurrences(of: "“", with: "‘").replacingOccurrences(of: "”", with: "’")
            return "“\(inner)”"
        }
    }

    /// «Организаторы: A; B» / «Organizers: A; B»: the organizing institutions in one line, or nil for none.
    static func organizers(_ names: [String], in language: Language) -> String? {
        guard !names.isEmpty else { return nil }
        let label = LocalizedText(en: Plural.english(names.count, one: "Organizer", other: "Organizers"),
                                  ru: Plural.russian(names.count, one: "Организатор", few: "Организаторы", many: "Организаторы"))
        return label.text(in: language) + ": " + names.joined(separator: "; ")
    }

    /// «лидеры направлений», «модераторы» … / «leaders», «moderators» …: who a role is, in the plural.
    static func role(_ role: Role, in language: Language) -> String {
        switch (role, language) {
        case (.leaders, .ru): "лидеры направлений"
        case (.moderators, .ru): "модераторы"
        case (.collectors, .ru): "сборщики"
        case (.participants, .ru): "участники"
        case (.experts, .ru): "эксперты"
        case (.organizers, .ru): "организаторы"
        case (.leaders, .en): "leaders"
        case (.moderators, .en): "moderators"
        case (.collectors, .en): "collectors"
        case (.participants, .en): "participants"
        case (.experts, .en): "experts"
        case (.organizers, .en): "organizers"
        }
    }

    /// «для модераторов» / «for moderators»: the dative-like form after «для».
    static func forRole(_ role: Role, in language: Language) -> String {
        switch (role, language) {
        case (.leaders, .ru): "для лидеров направлений"
        case (.moderators, .ru): "для модераторов"
        case (.collectors, .ru): "для сборщиков"
        case (.participants, .ru): "для участников"
        case (.experts, .ru): "для экспертов"
        case (.organizers, .ru): "для организаторов"
        case (_, .en): "for " + ProgramWords.role(role, in: .en)
        }
    }

    /// «a, b и c» / «a, b and c».
    static func list(_ items: [String], in language: Language) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + ProgramCatalogue.and.text(in: language) + (items.last ?? "")
    }

    /// Who a slot is for, or nil for a slot for everyone with nothing to add:
    /// «только лидеры направлений и модераторы · закрытая встреча»,
    /// «лидеры направлений и модераторы; участники — по желанию»;
    /// «leaders and moderators only · closed meeting», «leaders and moderators; optional for participants».
    static func audience(of slot: Slot, in language: Language) -> String? {
        var parts: [String] = []
        let optional = slot.optional.filter { !(slot.audience ?? []).contains($0) }
        var who: [String] = []
        if let audience = slot.audience, !audience.isEmpty {
            let names = list(audience.map { role($0, in: language) }, in: language)
            if optional.isEmpty {
                who.append(LocalizedText(en: names + " only", ru: "только " + names).text(in: language))
            } else {
                who.append(names)
            }
        }
        if !optional.isEmpty {
            let names = list(optional.map { role($0, in: language) }, in: language)
            who.append(LocalizedText(en: "optional for " + names, ru: names + " — по желанию").text(in: language))
        }
        if !who.isEmpty { parts.append(who.joined(separator: "; ")) }
        if slot.closed { parts.append(ProgramCatalogue.closedMeeting.text(in: language)) }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// «по желанию» / «optional»: a slot the viewer may skip.
    static func optionalForViewer(in language: Language) -> String {
        ProgramCatalogue.optional.text(in: language)
    }

    /// «Примечания» / «Notes».
    static func notes(in language: Language) -> String {
        ProgramCatalogue.notes.text(in: language)
    }

    /// «направление 2 «…»» / «direction 2 “…”».
    static func direction(_ number: Int, title: String, in language: Language) -> String {
        LocalizedText(en: "direction \(number) ", ru: "направление \(number) ").text(in: language) + quoted(title, in: language)
    }

    /// «направления 2 «…»» / «of direction 2 “…”»: after a noun.
    static func ofDirection(_ number: Int, title: String, in language: Language) -> String {
        LocalizedText(en: "of direction \(number) ", ru: "направления \(number) ").text(in: language) + quoted(title, in: language)
    }

    /// «группа «Группа 1», направление 3 «…»» / «group “Group 1”, direction 3 “…”».
    static func group(_ name: String, directionNumber: Int, directionTitle: String, in language: Language) -> String {
        ProgramCatalogue.group.text(in: language) + quoted(name, in: language) + ", "
            + direction(directionNumber, title: directionTitle, in: language)
    }

    /// «комната: …» / «room: …».
    static func room(_ room: String, in language: Language) -> String {
        ProgramCatalogue.room.text(in: language) + ": " + room
    }

    /// «Программа для модераторов» / «Program for moderators».
    static func programFor(_ role: Role, in language: Language) -> String {
        ProgramCatalogue.program.text(in: language) + " " + forRole(role, in: language)
    }

    /// «Программа направления 2 «…»» / «Program of direction 2 “…”».
    static func programOfDirection(_ number: Int, title: String, in language: Language) -> String {
        ProgramCatalogue.program.text(in: language) + " " + ofDirection(number, title: title, in: language)
    }

    /// «Лидер: …», «Лидеры: …» / «Leader: …», «Leaders: …».
    static func leaders(_ names: [String], in language: Language) -> String {
        leadersLabel(names.count).text(in: language) + ": " + names.joined(separator: ", ")
    }

    /// «Лидер» / «Лидеры» / «Leader» / «Leaders»: the label before a direction's leaders.
    static func leadersLabel(_ count: Int) -> LocalizedText {
        LocalizedText(en: Plural.english(count, one: "Leader", other: "Leaders"),
                      ru: Plural.russian(count, one: "Лидер", few: "Лидеры", many: "Лидеры"))
    }

    /// «Программа: …» / «Program of …»: the first words of a person's program.
    static func programOfPerson(_ name: String, in language: Language) -> String {
        LocalizedText(en: "Program of \(name)", ru: "Программа: \(name)").text(in: language)
    }

    /// What a person is in the session, one phrase per assignment:
    /// «лидер направления 2 «…»», «модератор группы «Группа 1» направления 3 «…»», «ведущий сессии».
    static func assignment(_ assignment: PersonAssignment, in language: Language) -> String {
        switch assignment {
        case .leader(let number, let title):
            return LocalizedText(en: "leader ", ru: "лидер ").text(in: language) + ofDirection(number, title: title, in: language)
        case .moderator(let place), .collector(let place), .member(let place):
            let noun: String
            switch (assignment, language) {
            case (.moderator, .ru): noun = "модератор группы "
            case (.collector, .ru): noun = "сборщик группы "
            case (.member, .ru): noun = "участник группы "
            case (.moderator, .en): noun = "moderator of "
            case (.collector, .en): noun = "collector of "
            default: noun = "member of "
            }
            return noun + quoted(place.groupName, in: language) + " "
                + ofDirection(place.directionNumber, title: place.directionTitle, in: language)
        case .speaker:
            return LocalizedText(en: "speaker in the program", ru: "выступает в программе").text(in: language)
        case .host:
            return LocalizedText(en: "host of the session", ru: "ведущий сессии").text(in: language)
        case .architect:
            return LocalizedText(en: "architect of the session", ru: "архитектор сессии").text(in: language)
        case .slotModerator(let title):
            return ProgramCatalogue.moderator.text(in: language) + ": " + quoted(title, in: language)
        case .team(let duty):
            return duty + LocalizedText(en: " (organizing team)", ru: " (команда сессии)").text(in: language)
        }
    }

    /// «в программе сессии не назначен» / «has no role in the session»: a name only in `people`.
    static func noAssignment(in language: Language) -> String {
        LocalizedText(en: "no role in the session", ru: "без роли в сессии").text(in: language)
    }
}
