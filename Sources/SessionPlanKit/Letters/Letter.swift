import Foundation

/// One personal letter: to whom, the text in the session's language, and the
/// person's own calendar. Built from the session alone, never the clock.
struct Letter {
    let name: String
    let email: String
    let greeting: String
    /// What the person is in the session («модератор группы …»).
    let roles: String
    /// «Направление 2 «…», «Группа 1»» for each group, with moderator, collector and room.
    let groups: [String]
    /// The zones their program is written in (`Session.programZones`), the first the one its dates follow.
    let zones: [TimeZone]
    /// Their program as `agenda --person` prints it, in those zones, with the session's notes at its end.
    let program: String
    /// The whole text of the letter.
    let body: String
    /// Their personal calendar (iCalendar).
    let calendar: String

    /// The letter to `person`; nil when no program can be made for them (a name the view cannot tell apart).
    init?(person: PersonRoles, email: String, session: Session, people: [PersonKey: Person]) {
        let language = session.language
        let zones = session.programZones(of: person.key, people: people)
        guard let view = try? ProgramView(session: session, query: ProgramQuery(person: person.name, timeZones: zones)) else {
            return nil
        }
        self.name = person.name
        self.email = email
        self.zones = zones
        greeting = Greeting.text(for: person.name, in: session.language)
        roles = person.summary(in: session.language)
        program = AgendaRenderer(width: 76).render(ProgramDocument(view: view))
        calendar = ICalendarRenderer().render(ProgramDocument(view: view))

        var groups: [String] = []
        let places = PlaceIndex(session)
        for place in person.groups {
            guard session.directions.indices.contains(place.directionNumber - 1) else { continue }
            let direction = session.directions[place.directionNumber - 1]
            guard direction.groups.indices.contains(place.groupNumber - 1) else { continue }
            let group = direction.groups[place.groupNumber - 1]
            var line = LocalizedText(en: "Direction \(place.directionNumber) “\(place.directionTitle)”, group “\(place.groupName)”",
                                     ru: "Направление \(place.directionNumber) «\(place.directionTitle)», группа «\(place.groupName)»").text(in: language)
            if let moderator = group.moderator {
                line += LocalizedText(en: "; moderator: ", ru: "; модератор — ").text(in: language) + moderator.name
            }
            if let collector = group.collector {
                line += LocalizedText(en: "; collector: ", ru: "; сборщик — ").text(in: language) + collector.name
            }
            if let room = group.room {
                line += LocalizedText(en: "; room: ", ru: "; комната — ").text(in: language) + room
            } else if let place = places.place(ofDirection: direction.id) {
                // Where the direction's groups work, when the group has no room of its own.
                line += LocalizedText(en: "; place: ", ru: "; место — ").text(in: language) + ProgramWords.placeName(place)
            }
            groups.append(line)
        }
        self.groups = groups

        var text = [greeting, ""]
        text.append(LocalizedText(en: "You take part in the strategic session “\(session.title)”: \(roles).",
                                  ru: "Вы участвуете в стратегической сессии «\(session.title)»: \(roles).").text(in: language))
        if !groups.isEmpty {
            text.append("")
            let heading = groups.count == 1 ? LocalizedText(en: "Your group:", ru: "Ваша группа:")
                                            : LocalizedText(en: "Your groups:", ru: "Ваши группы:")
            text.append(heading.text(in: language))
            text += groups.map { "- " + $0 }
        }
        text.append("")
        let times = zones.map(\.identifier).joined(separator: LocalizedText(en: " and ", ru: " и ").text(in: language))
        text.append(LocalizedText(en: "Your program (times in \(times)):", ru: "Ваша программа (время — \(times)):").text(in: language))
        text.append("")
        text.append(program.trimmingCharacters(in: .newlines))
        let contacts = Letter.publicContacts(session, people: people)
        if !contacts.isEmpty {
            text.append("")
            text.append(LocalizedText(en: "Questions:", ru: "Вопросы можно задать:").text(in: language))
            text += contacts.map { "- " + $0 }
        }
        text.append("")
        text.append(LocalizedText(en: "Your program is attached as a calendar file (.ics).",
                                  ru: "Ваша программа приложена к письму файлом календаря (.ics).").text(in: language))
        body = OutputSanitizer.clean(text.joined(separator: "\n") + "\n", keepingLineFeeds: true)
    }

    /// Team members with `contact: true`: «Имя (обязанность): почта, телефон».
    static func publicContacts(_ session: Session, people: [PersonKey: Person]) -> [String] {
        session.team.filter(\.contact).map { member in
            let details = people[member.name.key]
            let reach = [details?.email, details?.phone].compactMap { $0 }.filter { !$0.isEmpty }
            return "\(member.name.name) (\(member.duty))" + (reach.isEmpty ? "" : ": " + reach.joined(separator: ", "))
        }
    }
}
