import Foundation

extension ProgramDocument {
    /// The document of `view`, showing what `options` allow. Built once per
    /// output; people's details are looked up once for the whole document.
    init(view: ProgramView, options: ExportOptions = ExportOptions()) {
        let builder = ProgramDocumentBuilder(view: view, options: options)
        let session = view.session
        let language = session.language
        self.view = view
        self.options = options
        self.language = language
        title = session.title
        subtitle = nonBlank(session.subtitle)
        dates = builder.dates
        zones = view.zones.map { ProgramDates.zone($0, at: view.referenceInstant, in: language) }
        // Only columns with headings (several zones) need it: the regions' table is not built for the rest.
        let host = view.zones.count > 1 ? ProgramWords.hostCity(of: session, in: language) : nil
        zoneColumns = view.zones.map { zone in
            if let host, zone.identifier == session.timeZone.identifier { return host }
            return ProgramDates.shortZoneName(zone, in: language)
        }
        venue = nonBlank(session.venue)
        organizers = ProgramWords.organizers(session.organizers, in: language)
        registration = builder.registration
        whose = builder.whose
        days = view.days.map(builder.day)
        notes = session.notes.compactMap(nonBlank)
        directions = builder.directions
        roleModel = builder.roleModel
        teamHeading = ProgramWords.team(in: language)
        team = session.team.map {
            ProgramWords.teamMember($0, people: builder.people, includeContacts: options.includeContacts)
        }
    }
}

/// A text, or nil when it is missing or only blanks.
func nonBlank(_ text: String?) -> String? {
    guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
    return text
}

/// The pieces of a `ProgramDocument`, worded in the session's language.
struct ProgramDocumentBuilder {
    let view: ProgramView
    let options: ExportOptions
    /// Details by person, looked up once: every name printed asks for its position.
    let people: [PersonKey: Person]
    /// Places by id and directions' places, built once.
    let places: PlaceIndex

    /// Every group of the session, each worded once: a program for everyone lists them all
    /// in each group-work slot (`DocumentSlot.workingGroups`), the same lines each time.
    private(set) var everyGroup: [DocumentGroup] = []

    init(view: ProgramView, options: ExportOptions) {
        self.view = view
        self.options = options
        self.people = view.session.peopleByKey
        self.places = PlaceIndex(view.session)
        if options.includeGroups, view.person == nil, view.direction == nil,
           view.session.days.contains(where: { $0.slots.contains { $0.kind == .groupWork } }) {
            var groups: [DocumentGroup] = []
            for direction in view.session.directions {
                for index in direction.groups.indices {
                    groups.append(self.group(GroupPlace(direction: direction, groupAt: index), short: false))
                }
            }
            everyGroup = groups
        }
    }

    /// Where the entry's slot happens as the reader sees it; the link only with `includeLinks`.
    func place(of entry: ProgramEntry) -> DocumentPlace? {
        if let place = places.place(of: entry.slot) { return documentPlace(place) }
        // Group work names no place when each direction works in its own: a program of one direction's
        // groups (a member's, a moderator's, the direction's) says where.
        guard entry.slot.kind == .groupWork, let first = entry.groups.first,
              entry.groups.allSatisfy({ $0.directionID == first.directionID }),
              let place = places.place(ofDirection: first.directionID) else { return nil }
        return documentPlace(place)
    }

    /// A place as the reader sees it; the link only with `includeLinks`.
    func documentPlace(_ place: Place) -> DocumentPlace {
        let link = options.includeLinks ? nonBlank(place.link) : nil
        return DocumentPlace(place: place, name: ProgramWords.placeName(place), link: link,
                             line: ProgramWords.place(place, link: link != nil, in: language))
    }

    var session: Session { view.session }
    var language: Language { view.session.language }

    func person(_ reference: PersonReference, as part: DocumentPerson.Part) -> DocumentPerson {
        let details = people[reference.key]
        return DocumentPerson(reference: reference, part: part, contacts: contacts(of: reference),
                              position: details?.position, statement: details?.statement)
    }

    /// `e-mail, phone`, or nil without `includeContacts` or when the file has none.
    func contacts(of reference: PersonReference) -> String? {
        guard options.includeContacts, let details = people[reference.key] else { return nil }
        let parts = [details.email, details.phone].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// `Name (e-mail, phone)` with contacts asked for and known; else the name.
    func nameWithContacts(_ reference: PersonReference) -> String {
        contacts(of: reference).map { reference.name + " (" + $0 + ")" } ?? reference.name
    }

    /// «21–22 сентября 2021 г., с 9:00 до 13:00», «21 и 23 сентября 2021 г.».
    var dates: String? {
        var when: [String] = []
        if !view.allDates.isEmpty { when.append(ProgramDates.dates(view.allDates, in: language)) }
        if let hours = view.announcedHours {
            when.append(ProgramDates.hours(from: hours.start, to: hours.end, in: language))
        }
        return when.isEmpty ? nil : when.joined(separator: ", ")
    }

    /// «Регистрация: Leader ID, до 17 сентября 2021, 23:59», the link apart; the
    /// deadline in the first zone shown (`--tz`), as the header names it.
    var registration: DocumentRegistration? {
        guard let registration = session.registration else { return nil }
        var parts: [String] = []
        if let platform = registration.platform { parts.append(platform) }
        if let given = registration.deadline {
            let instant = ProgramClock.instant(date: given.date, time: given.time, in: session.timeZone)
            let deadline = ProgramClock.local(instant, in: view.zones[0])
            let date = ProgramDates.full(deadline.date, in: language) + ", " + deadline.time.description
            parts.append(ProgramCatalogue.until.text(in: language) + date)
        }
        let label = ProgramCatalogue.registration.text(in: language)
        return DocumentRegistration(text: label + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", ")),
                                    url: registration.url)
    }

    /// «Программа: Имя — модератор группы …», «Программа для модераторов»,
    /// «Программа направления 2 «…»» and «Лидер: …».
    var whose: [String] {
        var lines: [String] = []
        if let person = view.person {
            lines.append(ProgramWords.programOfPerson(person.name, in: language) + " — " + person.summary(in: language))
        }
        if let role = view.role { lines.append(ProgramWords.programFor(role, in: language)) }
        if let direction = view.direction {
            lines.append(ProgramWords.programOfDirection(direction.number, title: direction.title, in: language))
            if !direction.leaders.isEmpty {
                lines.append(ProgramWords.leaders(direction.leaders.map(\.name), in: language))
            }
        }
        return lines
    }

    func day(_ day: ProgramDay) -> DocumentDay {
        var heading = ProgramWords.day(day.day.number, in: language)
        if day.isContinuation { heading += ProgramCatalogue.continued.text(in: language) }
        heading += " · " + ProgramDates.withWeekday(day.date, in: language)
        let hours = day.isContinuation ? nil : view.ownHours(of: day.day)
        return DocumentDay(day: day, heading: heading,
                           theme: day.isContinuation ? nil : nonBlank(day.day.title),
                           hours: hours.map { ProgramDates.hours(from: $0.start, to: $0.end, in: language) },
                           slots: day.entries.map(slot))
    }

    func slot(_ entry: ProgramEntry) -> DocumentSlot {
        var audience: String?
        if entry.isOptional {
            audience = ProgramWords.optionalForViewer(in: language)
            if entry.slot.closed { audience? += " · " + ProgramCatalogue.closedMeeting.text(in: language) }
        } else {
            audience = ProgramWords.audience(of: entry.slot, in: language)
        }
        var working: [DocumentGroup] = []
        // A person's or a direction's program names its own groups already (`groups`).
        if options.includeGroups, view.person == nil, view.direction == nil, entry.slot.kind == .groupWork {
            working = everyGroup
        }
        return DocumentSlot(entry: entry, title: entry.slot.title,
                            times: entry.times.map { "\($0.start)–\($0.end)" },
                            people: entry.slot.speakers.map { person($0, as: .speaker) }
                                + entry.slot.moderators.map { person($0, as: .moderator) },
                            audience: audience,
                            groups: entry.groups.map { place in
                                group(place, short: view.person == nil && view.direction?.number == place.directionNumber)
                            },
                            workingGroups: working, notes: nonBlank(entry.slot.notes),
                            place: place(of: entry), language: language)
    }

    /// A group's line; `short` in its own direction's program, where the direction goes without saying.
    func group(_ place: GroupPlace, short: Bool) -> DocumentGroup {
        let text = short
            ? ProgramCatalogue.group.text(in: language) + ProgramWords.quoted(place.groupName, in: language)
            : ProgramWords.group(place.groupName, directionNumber: place.directionNumber,
                                 directionTitle: place.directionTitle, in: language)
        let room = options.includeGroups ? nonBlank(place.room) : nil
        return DocumentGroup(place: place, text: text, room: room,
                             line: text + (room.map { " · " + ProgramWords.room($0, in: language) } ?? ""))
    }

    /// The directions shown: all of them; for `--person` those they lead or work
    /// in; for `--direction` that one.
    var directions: [DocumentDirection] {
        var shown = session.directions
        if let person = view.person {
            let numbers = Set(person.ledDirections + person.groups.map(\.directionNumber))
            shown = shown.filter { numbers.contains($0.number) }
        }
        if let direction = view.direction { shown = shown.filter { $0.number == direction.number } }
        return shown.map { direction in
            DocumentDirection(direction: direction,
                              heading: ProgramCatalogue.directionLabel.text(in: language) + " \(direction.number). " + direction.title,
                              leadersLabel: leadersLabel(direction.leaders.count),
                              leaders: direction.leaders.map { person($0, as: .leader) },
                              place: direction.place.flatMap(places.place(id:)).map(documentPlace),
                              placeLabel: ProgramWords.directionPlaceLabel(in: language),
                              groups: groups(of: direction).map(details))
        }
    }

    /// The groups of a direction shown with `includeGroups`: all, or for `--person` their own.
    func groups(of direction: Direction) -> [Group] {
        guard options.includeGroups else { return [] }
        guard let person = view.person, !person.ledDirections.contains(direction.number) else { return direction.groups }
        let names = Set(person.groups.filter { $0.directionNumber == direction.number }.map(\.groupName))
        return direction.groups.filter { names.contains($0.name) }
    }

    func details(of group: Group) -> DocumentGroupDetails {
        let name = nameWithContacts
        var lines: [String] = []
        if let moderator = group.moderator {
            lines.append(ProgramCatalogue.moderator.text(in: language) + ": " + name(moderator))
        }
        if let collector = group.collector {
            lines.append(ProgramCatalogue.collector.text(in: language) + ": " + name(collector))
        }
        if !group.members.isEmpty {
            let label = LocalizedText(en: "members (\(group.members.count))", ru: "участники (\(group.members.count))")
            lines.append(label.text(in: language) + ": " + group.members.map(name).joined(separator: ", "))
        }
        var kind: String?
        if group.kind == .leader {
            let word = ProgramCatalogue.leaderGroup.text(in: language)
            kind = group.name.lowercased().contains(word) ? nil : word
        }
        return DocumentGroupDetails(heading: ProgramWords.quoted(group.name, in: language), kind: kind, lines: lines,
                                    roomLabel: ProgramCatalogue.room.text(in: language), room: nonBlank(group.room))
    }

    /// «Лидер:» / «Лидеры:» / «Leader:» / «Leaders:» before a direction's leaders.
    func leadersLabel(_ count: Int) -> String {
        ProgramWords.leadersLabel(count).text(in: language) + ":"
    }

    /// The role model as the session's rules define it: one term and one
    /// sentence per role, with the session's group size and names.
    var roleModel: [DocumentRole] {
        let name = nameWithContacts
        let size = session.rules.groupSize
        var roles: [DocumentRole] = []
        func add(_ term: LocalizedText, _ text: LocalizedText) {
            roles.append(DocumentRole(term: term.text(in: language), text: text.text(in: language)))
        }
        if let host = session.host {
            add(LocalizedText(en: "Host", ru: "Ведущий сессии"), LocalizedText(verbatim: name(host)))
        }
        if !session.architects.isEmpty {
            let names = session.architects.map(name)
            add(LocalizedText(en: Plural.english(names.count, one: "Architect", other: "Architects"),
                              ru: Plural.russian(names.count, one: "Архитектор сессии", few: "Архитекторы сессии",
                                                 many: "Архитекторы сессии")),
                LocalizedText(verbatim: names.joined(separator: ", ")))
        }
        add(LocalizedText(en: "Direction leader", ru: "Лидер направления"),
            LocalizedText(en: "proposes a direction and answers for it: gathers a leader group, presents the direction to the participants and reports its results.",
                          ru: "предлагает направление и отвечает за него: собирает лидерскую группу, представляет направление участникам и докладывает итоги его работы."))
        let sizeWords = groupSize(size)
        add(ProgramCatalogue.groupLabel,
            LocalizedText(en: "works in one direction; it has " + sizeWords.en + ", not counting its moderator and collector.",
                          ru: "работает в одном направлении; в ней " + sizeWords.ru + ", не считая модератора и сборщика."))
        add(LocalizedText(en: "Moderator", ru: "Модератор"),
            LocalizedText(en: "one in each group: leads the group's work, keeps time and makes sure everyone is heard.",
                          ru: "один в каждой группе: ведёт работу группы, следит за временем и за тем, чтобы высказался каждый."))
        add(LocalizedText(en: "Collector", ru: "Сборщик"),
            LocalizedText(en: "one in each group: records and gathers the group's results for the direction leader.",
                          ru: "один в каждой группе: записывает и собирает результаты работы группы для лидера направления."))
        add(LocalizedText(en: "Participants", ru: "Участники"),
            LocalizedText(en: "work in the groups of their direction and prepare its results with its leader.",
                          ru: "работают в группах своего направления и вместе с лидером готовят его итоги."))
        return roles
    }

    /// «от 5 до 10 участников», «ровно 6 участников» / «5 to 10 members», «exactly 6 members».
    func groupSize(_ size: ClosedRange<Int>) -> LocalizedText {
        let max = size.upperBound, min = size.lowerBound
        if min == max {
            let count = Plural.count(max, en: ("member", "members"), ru: ("участник", "участника", "участников"))
            return LocalizedText(en: "exactly " + count.en, ru: "ровно " + count.ru)
        }
        // After «до», the genitive: «до 1 участника», «до 2 участников», «до 21 участника».
        let noun = max % 10 == 1 && max % 100 != 11 ? "участника" : "участников"
        return LocalizedText(en: "\(min) to \(max) members", ru: "от \(min) до \(max) \(noun)")
    }
}
