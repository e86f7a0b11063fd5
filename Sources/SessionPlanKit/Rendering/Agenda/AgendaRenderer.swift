/// The program in the terminal: a header (title, dates, hours, time zone,
/// venue), then each day with its slots, times aligned in one column per
/// zone and the text wrapped under a hanging indent after the times.
///
///     День 1 · вторник, 21 сентября 2021
///     Образ «Точки кипения» в пространстве библиотеки
///
///     09:00–09:15  Приветствие. Открытие сессии
///                  — Доргунова Надежда Анатольевна, министр культуры и
///                    национальной политики Амурской области
public struct AgendaRenderer: Sendable {
    /// Columns available; the text column keeps at least `minimumTextWidth` however narrow.
    public var width: Int
    /// ANSI colours for times and headers.
    public var colors: Bool

    static let minimumTextWidth = 20
    static let gap = "  "

    public init(width: Int = 80, colors: Bool = false) {
        self.width = width
        self.colors = colors
    }

    public func render(_ view: ProgramView) -> String {
        let people = view.session.peopleByKey   // looked up once, not per slot
        let places = PlaceIndex(view.session)
        let language = view.session.language
        var out: [String] = []
        let width = max(self.width, AgendaRenderer.minimumTextWidth)

        // The session.
        for line in AgendaWrapping.lines(view.session.title, width: width) { out.append(style(line, .bold)) }
        if let subtitle = view.session.subtitle { out += AgendaWrapping.lines(subtitle, width: width) }
        var when: [String] = []
        if let dates = view.dates {
            when.append(ProgramDates.range(from: dates.lowerBound, to: dates.upperBound, in: language))
        }
        if let hours = view.announcedHours {
            when.append(ProgramDates.hours(from: hours.start, to: hours.end, in: language))
        }
        if !when.isEmpty { out += AgendaWrapping.lines(when.joined(separator: ", "), width: width) }
        for zone in view.zones {
            out += AgendaWrapping.lines(ProgramDates.zone(zone, at: view.referenceInstant, in: language), width: width)
        }
        if let venue = view.session.venue { out += AgendaWrapping.lines(venue, width: width) }
        if let organizers = ProgramWords.organizers(view.session.organizers, in: view.session.language) {
            out += AgendaWrapping.lines(organizers, width: width, continuationWidth: width - 2).enumerated()
                .map { $0.offset == 0 ? $0.element : "  " + $0.element }
        }
        if !view.session.team.isEmpty {
            out.append(ProgramWords.team(in: language) + ":")
            for member in view.session.team {
                out += AgendaWrapping.lines(ProgramWords.teamMember(member, people: people, includeContacts: false),
                                            width: width - 2, continuationWidth: width - 4).enumerated()
                    .map { ($0.offset == 0 ? "  " : "    ") + $0.element }
            }
        }

        // Whose program it is.
        var whose: [String] = []
        if let person = view.person {
            whose.append(ProgramWords.programOfPerson(person.name, in: language) + " — " + person.summary(in: language))
        }
        if let role = view.role { whose.append(ProgramWords.programFor(role, in: language)) }
        if let direction = view.direction {
            whose.append(ProgramWords.programOfDirection(direction.number, title: direction.title, in: language))
            if !direction.leaders.isEmpty {
                whose.append(ProgramWords.leaders(direction.leaders.map(\.name), in: language))
            }
        }
        if !whose.isEmpty {
            out.append("")
            for line in whose {
                out += AgendaWrapping.lines(line, width: width, continuationWidth: width - 2).enumerated()
                    .map { $0.offset == 0 ? $0.element : "  " + $0.element }
            }
        }

        // The days.
        let columns = view.zones.map { zone in
            (zone: zone, name: ProgramDates.shortZoneName(zone, in: language))
        }
        let columnWidths = columns.map { max(11, $0.name.count) }
        let indent = columnWidths.reduce(0) { $0 + $1 + AgendaWrapping.gapWidth }
        let textWidth = max(AgendaRenderer.minimumTextWidth, width - indent)
        let pad = String(repeating: " ", count: indent)

        for programDay in view.days {
            out.append("")
            var header = ProgramWords.day(programDay.day.number, in: language)
            if programDay.isContinuation { header += language == .ru ? " (продолжение)" : " (continued)" }
            header += " · " + ProgramDates.withWeekday(programDay.date, in: language)
            for line in AgendaWrapping.lines(header, width: width) { out.append(style(line, .bold)) }
            if !programDay.isContinuation, let theme = programDay.day.title {
                out += AgendaWrapping.lines(theme, width: width)
            }
            if !programDay.isContinuation, let hours = view.ownHours(of: programDay.day) {
                out.append(ProgramDates.hours(from: hours.start, to: hours.end, in: language))
            }
            out.append("")
            if programDay.entries.isEmpty {
                out.append(language == .ru ? "(в этот день ничего не запланировано)" : "(nothing planned on this day)")
                continue
            }
            if columns.count > 1 {
                let names = zip(columns, columnWidths).map { column, columnWidth in
                    column.name + String(repeating: " ", count: columnWidth - column.name.count)
                }
                out.append(style(names.joined(separator: AgendaRenderer.gap), .dim))
            }
            var previous: ProgramEntry?
            for entry in programDay.entries {
                // Parallel slots (same times, each in its place) share one time heading.
                let parallel = previous.map { $0.times == entry.times && places.place(of: $0.slot) != nil } ?? false
                    && places.place(of: entry.slot) != nil
                previous = entry
                let times = parallel ? pad : zip(entry.times, columnWidths).map { time, columnWidth in
                    let text = "\(time.start)–\(time.end)"
                    return style(text, .cyan) + String(repeating: " ", count: max(0, columnWidth - text.count))
                }.joined(separator: AgendaRenderer.gap) + AgendaRenderer.gap
                let title = AgendaWrapping.lines(entry.slot.title, width: textWidth)
                out.append(times + title[0])
                out += title.dropFirst().map { pad + $0 }
                for (line, hanging) in details(of: entry, in: view, people: people, places: places) {
                    let hang = hanging ? "  " : ""
                    out += AgendaWrapping.lines(line, width: textWidth, continuationWidth: textWidth - hang.count)
                        .enumerated().map { pad + ($0.offset == 0 ? "" : hang) + $0.element }
                }
            }
        }

        // The session's notes.
        if !view.session.notes.isEmpty {
            out.append("")
            out.append(style(ProgramWords.notes(in: language), .bold))
            for note in view.session.notes {
                out += AgendaWrapping.lines(note, width: width - 2, continuationWidth: width - 2).enumerated()
                    .map { ($0.offset == 0 ? "• " : "  ") + $0.element }
            }
        }
        return out.map { $0.trailingSpacesRemoved }.joined(separator: "\n") + "\n"
    }

    /// The lines under a slot's title: speakers with positions, the viewer's
    /// groups and rooms, who it is for, its notes; each with whether its
    /// continuation lines hang under its first word (the lists do, notes do not).
    private func details(of entry: ProgramEntry, in view: ProgramView, people: [PersonKey: Person],
                         places: PlaceIndex) -> [(text: String, hanging: Bool)] {
        let language = view.session.language
        var lines: [(text: String, hanging: Bool)] = []
        if let place = places.place(of: entry.slot) { lines.append((ProgramWords.place(place, in: language), true)) }
        if !entry.slot.moderators.isEmpty {
            lines.append((ProgramWords.moderators(entry.slot.moderators.map(\.name), in: language), true))
        }
        for speaker in entry.slot.speakers {
            let position = people[speaker.key]?.position.map { ", " + $0 } ?? ""
            lines.append(("— " + speaker.name + position, true))
        }
        for place in entry.groups {
            var line: String
            if view.person == nil, view.direction?.number == place.directionNumber {
                line = (language == .ru ? "группа " : "group ") + ProgramWords.quoted(place.groupName, in: language)
            } else {
                line = ProgramWords.group(place.groupName, directionNumber: place.directionNumber,
                                          directionTitle: place.directionTitle, in: language)
            }
            if let room = place.room { line += " · " + ProgramWords.room(room, in: language) }
            lines.append((line, true))
        }
        if entry.isOptional {
            var words = ProgramWords.optionalForViewer(in: language)
            if entry.slot.closed { words += " · " + (language == .ru ? "закрытая встреча" : "closed meeting") }
            lines.append(("(" + words + ")", false))
        } else if let audience = ProgramWords.audience(of: entry.slot, in: language) {
            lines.append(("(" + audience + ")", false))
        }
        if let notes = entry.slot.notes { lines.append((notes, false)) }
        return lines
    }

    private enum Style: String {
        case bold = "1"
        case dim = "2"
        case cyan = "36"
    }

    private func style(_ text: String, _ style: Style) -> String {
        colors && !text.isEmpty ? "\u{1B}[\(style.rawValue)m" + text + "\u{1B}[0m" : text
    }
}

extension AgendaWrapping {
    static let gapWidth = AgendaRenderer.gap.count
}

extension String {
    fileprivate var trailingSpacesRemoved: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
