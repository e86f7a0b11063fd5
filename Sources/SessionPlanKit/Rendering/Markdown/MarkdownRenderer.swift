import Foundation

/// The program as CommonMark with GitHub tables, for a website or a wiki:
/// title, subtitle, dates and time zone; each day with its theme and a table
/// (time, content, speakers with positions); notes; directions with their
/// leaders and statements; the role model.
///
/// Every piece of text from the file goes through `MarkdownEscaping` (or a
/// `MarkdownTable` text cell) for where it lands, so no title can break a
/// table, start a list or heading, or smuggle in a link or HTML. Markup the
/// renderer adds itself (`**`, `#`, `-`, `>`) wraps text already escaped; it
/// uses no emphasis (`*…*`) of its own, so any `<em>` in the rendered page
/// would be a sign of text escaping badly.
struct MarkdownRenderer: ProgramSerializer {
    init() {}

    func render(_ document: ProgramDocument) -> String {
        let language = document.language
        var blocks: [String] = []
        func escape(_ text: String) -> String { MarkdownEscaping.escapeInline(text) }

        // The session.
        blocks.append("# " + escape(document.title))
        if let subtitle = document.subtitle { blocks.append(escape(subtitle)) }
        var facts: [String] = []
        if let dates = document.dates { facts.append("**" + escape(dates) + "**") }
        facts += document.zones.map(escape)
        if let venue = document.venue { facts.append(escape(ProgramCatalogue.venue.text(in: language) + ": " + venue)) }
        if let organizers = document.organizers { facts.append(escape(organizers)) }
        if let registration = document.registration {
            var line = escape(registration.text)
            if let url = registration.url, let link = autolink(url) { line += " — " + link }
            facts.append(line)
        }
        blocks.append(facts.map { "- " + $0 }.joined(separator: "\n"))
        blocks += document.whose.map { "**" + escape($0) + "**" }

        // The days.
        for day in document.days {
            blocks.append("## " + escape(day.heading))
            if let theme = day.theme { blocks.append("**" + escape(theme) + "**") }
            if let hours = day.hours { blocks.append(escape(hours)) }
            guard !day.slots.isEmpty else {
                blocks.append(escape(ProgramCatalogue.nothingPlanned.text(in: language)))
                continue
            }
            // A day that uses places gets a «Где» column after the time.
            let places = day.slots.contains { $0.place != nil }
            var header: [MarkdownTable.Cell] = [.text(ProgramCatalogue.time.text(in: language))]
            if places { header.append(.text(ProgramWords.whereHeader(in: language))) }
            header += [.text(ProgramCatalogue.program.text(in: language)),
                       .text(ProgramCatalogue.speakers.text(in: language))]
            var table = MarkdownTable(header: header)
            for slot in day.slots {
                var text = "**" + escape(slot.title) + "**"
                for line in slot.details { text += " " + escape("(" + line + ")") }
                if let notes = slot.notes { text += " " + escape(notes) }
                let speakers = slot.speakers.map { escape($0.nameWithPosition) }.joined(separator: "; ")
                var row: [MarkdownTable.Cell] = [.text(slot.times[0])]
                if places {
                    var cell = escape(slot.place?.name ?? document.venue ?? "")
                    if let url = slot.place?.link, let link = autolink(url) { cell += " · " + link }
                    row.append(.markdown(cell))
                }
                table.rows.append(row + [.markdown(text), .markdown(speakers)])
            }
            blocks.append(String(table.markdown.dropLast()))
        }

        // The session's notes.
        if !document.notes.isEmpty {
            blocks.append("## " + escape(ProgramCatalogue.notes.text(in: language)))
            blocks.append(document.notes.map { "- " + escape($0) }.joined(separator: "\n"))
        }

        // The organizing team with duties (the public contact's e-mail and phone).
        if !document.team.isEmpty {
            blocks.append("## " + escape(document.teamHeading))
            blocks.append(document.team.map { "- " + escape($0) }.joined(separator: "\n"))
        }

        // The directions, their leaders and statements, and with --include-groups their groups.
        if !document.directions.isEmpty {
            blocks.append("## " + escape(ProgramCatalogue.directions.text(in: language)))
            for direction in document.directions {
                blocks.append("### " + escape(direction.heading))
                let leaders = direction.leaders.map { escape($0.nameWithPosition) }
                let label = "**" + escape(direction.leadersLabel) + "**"
                if leaders.count == 1 {
                    blocks.append(label + " " + leaders[0])
                } else if !leaders.isEmpty {
                    blocks.append(label + "\n\n" + leaders.map { "- " + $0 }.joined(separator: "\n"))
                }
                if let place = direction.place {
                    var line = "**" + escape(direction.placeLabel) + "** " + escape(place.name)
                    if let url = place.link { line += " · " + (autolink(url) ?? escape(url)) }
                    blocks.append(line)
                }
                for leader in direction.leaders {
                    guard let statement = nonBlank(leader.statement) else { continue }
                    let who = direction.leaders.count > 1 ? "**" + escape(leader.name) + ":** " : ""
                    blocks.append("> " + who + escape(statement))
                }
                for group in direction.groups {
                    var heading = "#### " + escape(group.heading)
                    if let kind = group.kind { heading += " " + escape("(" + kind + ")") }
                    blocks.append(heading)
                    var items = group.lines.map(escape)
                    if let room = group.room {
                        items.append(escape(group.roomLabel + ":") + " " + (autolink(room) ?? escape(room)))
                    }
                    if !items.isEmpty { blocks.append(items.map { "- " + $0 }.joined(separator: "\n")) }
                }
            }
        }

        // The role model.
        blocks.append("## " + escape(ProgramCatalogue.roleModel.text(in: language)))
        blocks.append(document.roleModel.map { "- **" + escape($0.term) + "** — " + escape($0.text) }
            .joined(separator: "\n"))

        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// `<https://…>` for a plain http(s) URL that an autolink can hold whole; nil otherwise
    /// (the URL is then left out rather than printed half-linked).
    private func autolink(_ url: String) -> String? {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://"),
              url.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F && $0 != "<" && $0 != ">" })
        else { return nil }
        return "<" + url + ">"
    }
}
