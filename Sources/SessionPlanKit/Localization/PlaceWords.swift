/// Program words for places, slot moderators and the organizing team, shared by every renderer.
extension ProgramWords {
    /// `Большой зал, г. Энск, ул. Белинского, 15`: a place's name and address (never its private link).
    /// With `link`, the place's private online room after it (`--include-links`).
    static func placeName(_ place: Place, link: Bool = false) -> String {
        let name = place.address.map { place.name + ", " + $0 } ?? place.name
        guard link, let url = place.link else { return name }
        return name + " · " + url
    }

    /// «место: Большой зал, …» / «place: …», the line under a slot's title.
    static func place(_ place: Place, link: Bool = false, in language: Language) -> String {
        LocalizedText(en: "place: ", ru: "место: ").text(in: language) + placeName(place, link: link)
    }

    /// The city of Russia the session is held in, in the session's zone: the first its venue or a place's
    /// address names («…, г. Благовещенск, ул. Ленина, 139»); nil for one held online or named nowhere,
    /// and in English, which names the zone's city.
    static func hostCity(of session: Session, in language: Language) -> String? {
        guard case .ru = language else { return nil }
        for text in [session.venue] + session.places.map(\.address) {
            guard let text, let city = RussianRegions.city(in: text), city.zone == session.timeZone.identifier else { continue }
            return city.name
        }
        return nil
    }

    /// «Место:» / «Place:», before a direction's place in the directions' section.
    static func directionPlaceLabel(in language: Language) -> String {
        LocalizedText(en: "Place:", ru: "Место:").text(in: language)
    }

    /// «Где» / «Where»: the column header of a day that uses places.
    static func whereHeader(in language: Language) -> String {
        LocalizedText(en: "Where", ru: "Где").text(in: language)
    }

    /// «модератор: Лешкова Юлия Леонидовна» / «модераторы: …» / «moderators: …».
    static func moderators(_ names: [String], in language: Language) -> String {
        let label = LocalizedText(en: Plural.english(names.count, one: "moderator", other: "moderators"),
                                  ru: Plural.russian(names.count, one: "модератор", few: "модераторы", many: "модераторы"))
        return label.text(in: language) + ": " + names.joined(separator: ", ")
    }

    /// «Команда сессии» / «Organizing team».
    static func team(in language: Language) -> String {
        LocalizedText(en: "Organizing team", ru: "Команда сессии").text(in: language)
    }

    /// `Мельникова Ирина Викторовна — координатор, hotline@example.org, +7 …`: a team member
    /// with their duty; the public contact's e-mail and phone, everyone else's only when contacts are asked for.
    static func teamMember(_ member: TeamMember, people: [PersonKey: Person], includeContacts: Bool) -> String {
        var line = member.name.name + " — " + member.duty
        if member.contact || includeContacts, let person = people[member.name.key] {
            for contact in [person.email, person.phone].compactMap({ $0 }) { line += ", " + contact }
        }
        return line
    }
}
