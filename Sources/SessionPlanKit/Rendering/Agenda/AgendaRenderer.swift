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
struct AgendaRenderer: ProgramSerializer {
    /// Columns available; the text column keeps at least `minimumTextWidth` however narrow.
    var width: Int
    /// ANSI colours for times and headers.
    var colors: Bool

    static let minimumTextWidth = 20
    static let gap = "  "

    init(width: Int = 80, colors: Bool = false) {
        self.width = width
        self.colors = colors
    }

    /// The agenda is the organizers' own view in their terminal: the groups' rooms are shown.
    func render(_ view: ProgramView) -> String {
        render(ProgramDocument(view: view, options: ExportOptions(includeGroups: true)))
    }

    func render(_ document: ProgramDocument) -> String {
        let language = document.language
        var out: [String] = []
        let width = max(self.width, AgendaRenderer.minimumTextWidth)
        func hanging(_ line: String) -> [String] {
            AgendaWrapping.lines(line, width: width, continuationWidth: width - 2).enumerated()
                .map { $0.offset == 0 ? $0.element : "  " + $0.element }
        }

        // The session.
        for line in AgendaWrapping.lines(document.title, width: width) { out.append(style(line, .bold)) }
        if let subtitle = document.subtitle { out += AgendaWrapping.lines(subtitle, width: width) }
        if let dates = document.dates { out += AgendaWrapping.lines(dates, width: width) }
        for zone in document.zones { out += AgendaWrapping.lines(zone, width: width) }
        if let venue = document.venue { out += AgendaWrapping.lines(venue, width: width) }
        if let organizers = document.organizers { out += hanging(organizers) }
        if !document.team.isEmpty {
            out.append(document.teamHeading + ":")
            for member in document.team {
                out += AgendaWrapping.lines(member, width: width - 2, continuationWidth: width - 4).enumerated()
                    .map { ($0.offset == 0 ? "  " : "    ") + $0.element }
            }
        }

        // Whose program it is.
        if !document.whose.isEmpty {
            out.append("")
            for line in document.whose { out += hanging(line) }
        }

        // The days.
        // A time is 11 characters wide; a zone's name widens its column only where it heads it (several zones).
        let columns = document.zoneColumns
        let columnWidths = columns.map { columns.count > 1 ? max(11, $0.count) : 11 }
        let indent = columnWidths.reduce(0) { $0 + $1 + AgendaWrapping.gapWidth }
        let textWidth = max(AgendaRenderer.minimumTextWidth, width - indent)
        let pad = String(repeating: " ", count: indent)

        for day in document.days {
            out.append("")
            for line in AgendaWrapping.lines(day.heading, width: width) { out.append(style(line, .bold)) }
            if let theme = day.theme { out += AgendaWrapping.lines(theme, width: width) }
            if let hours = day.hours { out.append(hours) }
            out.append("")
            if day.slots.isEmpty {
                out += AgendaWrapping.lines(ProgramCatalogue.nothingPlanned.text(in: language), width: width)
                continue
            }
            if columns.count > 1 {
                let names = zip(columns, columnWidths).map { name, columnWidth in
                    name + String(repeating: " ", count: columnWidth - name.count)
                }
                out.append(style(names.joined(separator: AgendaRenderer.gap), .dim))
            }
            var previous: DocumentSlot?
            for slot in day.slots {
                defer { previous = slot }
                // Parallel slots in different places share one time heading: the times print once,
                // each slot under them with its own place line.
                let parallel = slot.place != nil && previous?.place != nil && previous?.times == slot.times
                let times = parallel ? pad : zip(slot.times, columnWidths).map { text, columnWidth in
                    style(text, .cyan) + String(repeating: " ", count: max(0, columnWidth - text.count))
                }.joined(separator: AgendaRenderer.gap) + AgendaRenderer.gap
                let title = AgendaWrapping.lines(slot.title, width: textWidth)
                out.append(times + title[0])
                out += title.dropFirst().map { pad + $0 }
                for (line, hanging) in details(of: slot) {
                    let hang = hanging ? "  " : ""
                    out += AgendaWrapping.lines(line, width: textWidth, continuationWidth: textWidth - hang.count)
                        .enumerated().map { pad + ($0.offset == 0 ? "" : hang) + $0.element }
                }
            }
        }

        // The session's notes.
        if !document.notes.isEmpty {
            out.append("")
            out.append(style(ProgramCatalogue.notes.text(in: language), .bold))
            for note in document.notes {
                out += AgendaWrapping.lines(note, width: width - 2, continuationWidth: width - 2).enumerated()
                    .map { ($0.offset == 0 ? "• " : "  ") + $0.element }
            }
        }
        return out.map { $0.trailingSpacesRemoved }.joined(separator: "\n") + "\n"
    }

    /// The lines under a slot's title: speakers with positions, the viewer's
    /// groups and rooms, who it is for, its notes; each with whether its
    /// continuation lines hang under its first word (the lists do, notes do not).
    private func details(of slot: DocumentSlot) -> [(text: String, hanging: Bool)] {
        var lines: [(text: String, hanging: Bool)] = []
        if let place = slot.place { lines.append((place.line, true)) }
        if let moderators = slot.moderatorsLine { lines.append((moderators, true)) }
        for speaker in slot.speakers { lines.append(("— " + speaker.nameWithPosition, true)) }
        for group in slot.groups { lines.append((group.line, true)) }
        if let audience = slot.audience { lines.append(("(" + audience + ")", false)) }
        if let notes = slot.notes { lines.append((notes, false)) }
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
