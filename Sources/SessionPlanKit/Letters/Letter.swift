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
    /// The zone their program is written in.
    let zone: TimeZone
    /// Their program as `agenda --person` prints it, in their zone, with the session's notes at its end.
    let program: String
    /// The whole text of the letter.
    let body: String
    /// Their personal calendar (iCalendar).
    let calendar: String

    /// The letter to `person`; nil when no program can be made for them (a name the view cannot tell apart).
    init?(person: PersonRoles, email: String, session: Session, people: [PersonKey: Person]) {
        let ru = session.language == .ru
        func say(_ russian: String, _ english: String) -> String { ru ? russian : english }
        let zone = session.ownZone(of: person.key, people: people)
        guard let view = try? ProgramView(session: session, query: ProgramQuery(person: person.name, timeZones: [zone])) else {
            return nil
        }
        self.name = person.name
        self.email = email
        self.zone = zone
        greeting = Greeting.text(for: person.name, in: session.language)
        roles = person.summary(in: session.language)
        program = AgendaRenderer(width: 76).render(ProgramDocument(view: view))
        calendar = ICalendarRenderer().render(ProgramDocument(view: view))

        var groups: [String] = []
        for place in person.groups {
            guard session.directions.indices.contains(place.directionNumber - 1) else { continue }
            let direction = session.directions[place.directionNumber - 1]
            guard direction.groups.indices.contains(place.groupNumber - 1) else { continue }
            let group = direction.groups[place.groupNumber - 1]
            var line = say("Направление \(place.directionNumber) «\(place.directionTitle)», группа «\(place.groupName)»",
                           "Direction \(place.directionNumber) “\(place.directionTitle)”, group “\(place.groupName)”")
            if let moderator = group.moderator { line += say("; модератор — ", "; moderator: ") + moderator.name }
            if let collector = group.collector { line += say("; сборщик — ", "; collector: ") + collector.name }
            if let room = group.room { line += say("; комната — ", "; room: ") + room }
            groups.append(line)
        }
        self.groups = groups

        var text = [greeting, ""]
        text.append(say("Вы участвуете в стратегической сессии «\(session.title)»: \(roles).",
                        "You take part in the strategic session “\(session.title)”: \(roles)."))
        if !groups.isEmpty {
            text.append("")
            text.append(say(groups.count == 1 ? "Ваша группа:" : "Ваши группы:", groups.count == 1 ? "Your group:" : "Your groups:"))
            text += groups.map { "- " + $0 }
        }
        text.append("")
        text.append(say("Ваша программа (время — \(zone.identifier)):", "Your program (times in \(zone.identifier)):"))
        text.append("")
        text.append(program.trimmingCharacters(in: .newlines))
        let contacts = Letter.publicContacts(session, people: people)
        if !contacts.isEmpty {
            text.append("")
            text.append(say("Вопросы можно задать:", "Questions:"))
            text += contacts.map { "- " + $0 }
        }
        text.append("")
        text.append(say("Ваша программа приложена к письму файлом календаря (.ics).",
                        "Your program is attached as a calendar file (.ics)."))
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
