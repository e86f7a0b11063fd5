/// What an export may show beyond the public program. Public by default:
/// groups, their members and rooms only with `includeGroups`; e-mail addresses
/// and phone numbers only with `includeContacts` — in every format.
public struct ExportOptions: Sendable, Hashable {
    /// Groups with their moderators, collectors, members and rooms (`--include-groups`).
    public var includeGroups: Bool
    /// E-mail addresses and phone numbers after names (`--include-contacts`).
    public var includeContacts: Bool
    /// Places' online rooms (`--include-links`).
    public var includeLinks: Bool = false

    public init(includeGroups: Bool = false, includeContacts: Bool = false, includeLinks: Bool = false) {
        self.includeGroups = includeGroups
        self.includeContacts = includeContacts
        self.includeLinks = includeLinks
    }
}

/// The published program's content, shared by the Markdown and HTML exports
/// so both say the same things in the same words: people with positions and
/// (when asked) contacts, the header lines, the role model.
/// Everything here is plain text; each renderer escapes it for where it lands.
struct ExportContent {
    let view: ProgramView
    let options: ExportOptions
    /// Details by person, looked up once: every name printed asks for its position.
    private let people: [PersonKey: Person]

    init(view: ProgramView, options: ExportOptions) {
        self.view = view
        self.options = options
        self.people = view.session.peopleByKey
    }

    var session: Session { view.session }
    var language: Language { view.session.language }

    /// `Name (e-mail, phone)` with contacts asked for and known; else the name.
    func name(_ reference: PersonReference) -> String {
        guard let contacts = contacts(of: reference) else { return reference.name }
        return reference.name + " (" + contacts + ")"
    }

    /// `e-mail, phone`, or nil without `includeContacts` or when the file has none.
    func contacts(of reference: PersonReference) -> String? {
        guard options.includeContacts, let person = people[reference.key] else { return nil }
        let parts = [person.email, person.phone].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    func position(of reference: PersonReference) -> String? { people[reference.key]?.position }

    func statement(of reference: PersonReference) -> String? { people[reference.key]?.statement }

    /// `Name (contacts), position`: how a speaker or leader is printed.
    func nameWithPosition(_ reference: PersonReference) -> String {
        name(reference) + (position(of: reference).map { ", " + $0 } ?? "")
    }

    /// «21–22 сентября 2021 г., с 9:00 до 13:00».
    var dates: String? {
        var when: [String] = []
        if let dates = view.dates {
            when.append(ProgramDates.range(from: dates.lowerBound, to: dates.upperBound, in: language))
        }
        if let hours = view.announcedHours {
            when.append(ProgramDates.hours(from: hours.start, to: hours.end, in: language))
        }
        return when.isEmpty ? nil : when.joined(separator: ", ")
    }

    /// «время московское (Europe/Moscow, UTC+3)».
    var zone: String { ProgramDates.zone(view.zones[0], at: view.referenceInstant, in: language) }

    /// «Программа: Имя — модератор группы …», «Программа для модераторов»: whose program this is.
    var whose: String? {
        guard let person = view.person else { return nil }
        return ProgramWords.programOfPerson(person.name, in: language) + " — " + person.summary(in: language)
    }

    /// «Регистрация: Leader ID, до 17 сентября 2021, 23:59» without the link, which renderers add.
    var registration: (text: String, url: String?)? {
        guard let registration = session.registration else { return nil }
        var parts: [String] = []
        if let platform = registration.platform { parts.append(platform) }
        if let deadline = registration.deadline {
            let date = ProgramDates.full(deadline.date, in: language) + ", " + deadline.time.description
            parts.append((language == .ru ? "до " : "until ") + date)
        }
        let label = language == .ru ? "Регистрация" : "Registration"
        return (label + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", ")), registration.url)
    }

    /// The header of a day: «День 1 · вторник, 21 сентября 2021».
    func heading(of day: ProgramDay) -> String {
        var header = ProgramWords.day(day.day.number, in: language)
        if day.isContinuation { header += language == .ru ? " (продолжение)" : " (continued)" }
        return header + " · " + ProgramDates.withWeekday(day.date, in: language)
    }

    /// A day's theme, unless this is the continuation of a day shown under an earlier date.
    func theme(of day: ProgramDay) -> String? {
        guard !day.isContinuation, let title = day.day.title, !title.isEmpty else { return nil }
        return title
    }

    /// `09:00–09:15` in the view's first zone.
    func time(of entry: ProgramEntry) -> String {
        "\(entry.times[0].start)–\(entry.times[0].end)"
    }

    /// The lines under a slot's title other than speakers: who it is for (or
    /// that the viewer may skip it), the viewer's groups (rooms only with
    /// `includeGroups`), the notes.
    func details(of entry: ProgramEntry) -> [String] {
        var lines: [String] = []
        if entry.isOptional {
            var words = ProgramWords.optionalForViewer(in: language)
            if entry.slot.closed { words += " · " + (language == .ru ? "закрытая встреча" : "closed meeting") }
            lines.append(words)
        } else if let audience = ProgramWords.audience(of: entry.slot, in: language) {
            lines.append(audience)
        }
        for place in entry.groups {
            var line = ProgramWords.group(place.groupName, directionNumber: place.directionNumber,
                                          directionTitle: place.directionTitle, in: language)
            if options.includeGroups, let room = place.room { line += " · " + ProgramWords.room(room, in: language) }
            lines.append(line)
        }
        return lines
    }

    /// The directions shown: all of them, or for `--person` those they lead or work in.
    var directions: [Direction] {
        guard let person = view.person else { return session.directions }
        let numbers = Set(person.ledDirections + person.groups.map(\.directionNumber))
        return session.directions.filter { numbers.contains($0.number) }
    }

    /// The groups of a direction shown with `includeGroups`: all, or for `--person` their own.
    func groups(of direction: Direction) -> [Group] {
        guard options.includeGroups else { return [] }
        guard let person = view.person, !person.ledDirections.contains(direction.number) else { return direction.groups }
        let names = Set(person.groups.filter { $0.directionNumber == direction.number }.map(\.groupName))
        return direction.groups.filter { names.contains($0.name) }
    }

    // MARK: Words

    var notesHeading: String { ProgramWords.notes(in: language) }
    var directionsHeading: String { language == .ru ? "Направления" : "Directions" }
    var roleModelHeading: String { language == .ru ? "Ролевая модель" : "Roles" }
    var venueLabel: String { language == .ru ? "Место" : "Venue" }

    /// «Организаторы: …» / «Organizers: …», or nil when the session names none.
    var organizers: String? { ProgramWords.organizers(session.organizers, in: language) }
    var timeLabel: String { language == .ru ? "Время" : "Time" }
    var programLabel: String { language == .ru ? "Программа" : "Program" }
    var speakersLabel: String { language == .ru ? "Выступают" : "Speakers" }
    var nothingPlanned: String {
        language == .ru ? "В этот день ничего не запланировано." : "Nothing is planned on this day."
    }

    /// «Направление 2. Title» as a heading.
    func directionHeading(_ direction: Direction) -> String {
        (language == .ru ? "Направление " : "Direction ") + "\(direction.number). " + direction.title
    }

    /// «модератор», «сборщик», «участники (7)», «комната» / «moderator», …: labels of a group's lines.
    func groupLabel(_ part: GroupPart, count: Int = 0) -> String {
        switch (part, language) {
        case (.moderator, .ru): "модератор"
        case (.collector, .ru): "сборщик"
        case (.members, .ru): "участники (\(count))"
        case (.room, .ru): "комната"
        case (.moderator, .en): "moderator"
        case (.collector, .en): "collector"
        case (.members, .en): "members (\(count))"
        case (.room, .en): "room"
        }
    }

    enum GroupPart { case moderator, collector, members, room }

    /// «лидерская группа» / «leader group» after the name of a leader group, unless its name says so already.
    func kind(of group: Group) -> String? {
        guard group.kind == .leader else { return nil }
        let word = language == .ru ? "лидерская группа" : "leader group"
        return group.name.lowercased().contains(word) ? nil : word
    }

    /// «Лидер:» / «Лидеры:» / «Leader:» / «Leaders:» before a direction's leaders.
    func leadersLabel(_ count: Int) -> String {
        (language == .ru ? Plural.russian(count, one: "Лидер", few: "Лидеры", many: "Лидеры")
                         : Plural.english(count, one: "Leader", other: "Leaders")) + ":"
    }

    /// The role model as the session's rules define it: one term and one
    /// sentence per role, with the session's group size and names.
    var roleModel: [(term: String, text: String)] {
        let size = session.rules.groupSize
        let ru = language == .ru
        var roles: [(term: String, text: String)] = []
        if let host = session.host {
            roles.append((ru ? "Ведущий сессии" : "Host", name(host)))
        }
        if !session.architects.isEmpty {
            let names = session.architects.map(name)
            roles.append((ru ? Plural.russian(names.count, one: "Архитектор сессии", few: "Архитекторы сессии",
                                              many: "Архитекторы сессии")
                             : Plural.english(names.count, one: "Architect", other: "Architects"),
                          names.joined(separator: ", ")))
        }
        roles.append((ru ? "Лидер направления" : "Direction leader",
                      ru ? "предлагает направление и отвечает за него: собирает лидерскую группу, представляет направление участникам и докладывает итоги его работы."
                         : "proposes a direction and answers for it: gathers a leader group, presents the direction to the participants and reports its results."))
        roles.append((ru ? "Группа" : "Group",
                      (ru ? "работает в одном направлении; в ней " : "works in one direction; it has ")
                        + groupSize(size) + (ru ? ", не считая модератора и сборщика." : ", not counting its moderator and collector.")))
        roles.append((ru ? "Модератор" : "Moderator",
                      ru ? "один в каждой группе: ведёт работу группы, следит за временем и за тем, чтобы высказался каждый."
                         : "one in each group: leads the group's work, keeps time and makes sure everyone is heard."))
        roles.append((ru ? "Сборщик" : "Collector",
                      ru ? "один в каждой группе: записывает и собирает результаты работы группы для лидера направления."
                         : "one in each group: records and gathers the group's results for the direction leader."))
        roles.append((ru ? "Участники" : "Participants",
                      ru ? "работают в группах своего направления и вместе с лидером готовят его итоги."
                         : "work in the groups of their direction and prepare its results with its leader."))
        return roles
    }

    /// «от 5 до 10 участников», «ровно 6 участников» / «5 to 10 members», «exactly 6 members».
    func groupSize(_ size: ClosedRange<Int>) -> String {
        let max = size.upperBound, min = size.lowerBound
        switch language {
        case .ru:
            // After «до», the genitive: «до 1 участника», «до 2 участников», «до 21 участника».
            let noun = max % 10 == 1 && max % 100 != 11 ? "участника" : "участников"
            if min == max { return "ровно " + Plural.count(max, en: ("member", "members"), ru: ("участник", "участника", "участников")).ru }
            return "от \(min) до \(max) \(noun)"
        case .en:
            if min == max { return "exactly " + Plural.count(max, en: ("member", "members"), ru: ("", "", "")).en }
            return "\(min) to \(max) members"
        }
    }
}
