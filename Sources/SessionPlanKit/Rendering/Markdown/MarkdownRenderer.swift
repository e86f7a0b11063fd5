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
public struct MarkdownRenderer: Sendable {
    public var options: ExportOptions

    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    public func render(_ view: ProgramView) -> String {
        let content = ExportContent(view: view, options: options)
        let places = PlaceIndex(view.session)
        var blocks: [String] = []
        func escape(_ text: String) -> String { MarkdownEscaping.escapeInline(text) }

        // The session.
        blocks.append("# " + escape(view.session.title))
        if let subtitle = nonEmpty(view.session.subtitle) { blocks.append(escape(subtitle)) }
        var facts: [String] = []
        if let dates = content.dates { facts.append("**" + escape(dates) + "**") }
        facts.append(escape(content.zone))
        if let venue = nonEmpty(view.session.venue) { facts.append(escape(content.venueLabel + ": " + venue)) }
        if let organizers = content.organizers { facts.append(escape(organizers)) }
        if let registration = content.registration {
            var line = escape(registration.text)
            if let url = registration.url, let link = autolink(url) { line += " — " + link }
            facts.append(line)
        }
        blocks.append(facts.map { "- " + $0 }.joined(separator: "\n"))
        if let whose = content.whose { blocks.append("**" + escape(whose) + "**") }

        // The days.
        for day in view.days {
            blocks.append("## " + escape(content.heading(of: day)))
            if let theme = content.theme(of: day) { blocks.append("**" + escape(theme) + "**") }
            if let hours = day.isContinuation ? nil : view.ownHours(of: day.day) {
                blocks.append(escape(ProgramDates.hours(from: hours.start, to: hours.end, in: content.language)))
            }
            guard !day.entries.isEmpty else {
                blocks.append(escape(content.nothingPlanned))
                continue
            }
            // A «Где» column only on a day that uses places: files without places print as before.
            let usesPlaces = day.entries.contains { places.place(of: $0.slot) != nil }
            var header: [MarkdownTable.Cell] = [.text(content.timeLabel)]
            if usesPlaces { header.append(.text(ProgramWords.whereHeader(in: content.language))) }
            var table = MarkdownTable(header: header + [.text(content.programLabel), .text(content.speakersLabel)])
            for entry in day.entries {
                var text = "**" + escape(entry.slot.title) + "**"
                for line in content.details(of: entry) { text += " " + escape("(" + line + ")") }
                if let notes = nonEmpty(entry.slot.notes) { text += " " + escape(notes) }
                var people = entry.slot.speakers.map(content.nameWithPosition).map(escape)
                if !entry.slot.moderators.isEmpty {
                    people.insert(escape(ProgramWords.moderators(entry.slot.moderators.map(content.nameWithPosition),
                                                                 in: content.language)), at: 0)
                }
                var row: [MarkdownTable.Cell] = [.text(content.time(of: entry))]
                if usesPlaces { row.append(.text(places.place(of: entry.slot).map { ProgramWords.placeName($0, link: options.includeLinks) } ?? "")) }
                table.rows.append(row + [.markdown(text), .markdown(people.joined(separator: "; "))])
            }
            blocks.append(String(table.markdown.dropLast()))
        }

        // The session's notes.
        let notes = view.session.notes.compactMap(nonEmpty)
        if !notes.isEmpty {
            blocks.append("## " + escape(content.notesHeading))
            blocks.append(notes.map { "- " + escape($0) }.joined(separator: "\n"))
        }

        // The organizing team, the public contact's e-mail and phone with them.
        if !view.session.team.isEmpty {
            let people = view.session.peopleByKey
            blocks.append("## " + escape(ProgramWords.team(in: content.language)))
            blocks.append(view.session.team.map {
                "- " + escape(ProgramWords.teamMember($0, people: people, includeContacts: options.includeContacts))
            }.joined(separator: "\n"))
        }

        // The directions, their leaders and statements, and with --include-groups their groups.
        let directions = content.directions
        if !directions.isEmpty {
            blocks.append("## " + escape(content.directionsHeading))
            for direction in directions {
                blocks.append("### " + escape(content.directionHeading(direction)))
                let leaders = direction.leaders.map(content.nameWithPosition).map(escape)
                let label = "**" + escape(content.leadersLabel(leaders.count)) + "**"
                if leaders.count == 1 {
                    blocks.append(label + " " + leaders[0])
                } else if !leaders.isEmpty {
                    blocks.append(label + "\n\n" + leaders.map { "- " + $0 }.joined(separator: "\n"))
                }
                for leader in direction.leaders {
                    guard let statement = nonEmpty(content.statement(of: leader)) else { continue }
                    let who = direction.leaders.count > 1 ? "**" + escape(leader.name) + ":** " : ""
                    blocks.append("> " + who + escape(statement))
                }
                for group in content.groups(of: direction) {
                    var heading = "#### " + escape(ProgramWords.quoted(group.name, in: content.language))
                    if let kind = content.kind(of: group) { heading += " " + escape("(" + kind + ")") }
                    blocks.append(heading)
                    var lines: [String] = []
                    if let moderator = group.moderator {
                        lines.append(content.groupLabel(.moderator) + ": " + content.name(moderator))
                    }
                    if let collector = group.collector {
                        lines.append(content.groupLabel(.collector) + ": " + content.name(collector))
                    }
                    if !group.members.isEmpty {
                        lines.append(content.groupLabel(.members, count: group.members.count) + ": "
                                     + group.members.map(content.name).joined(separator: ", "))
                    }
                    var items = lines.map(escape)
                    if let room = nonEmpty(group.room) {
                        items.append(escape(content.groupLabel(.room) + ":") + " " + (autolink(room) ?? escape(room)))
                    }
                    if !items.isEmpty { blocks.append(items.map { "- " + $0 }.joined(separator: "\n")) }
                }
            }
        }

        // The role model.
        blocks.append("## " + escape(content.roleModelHeading))
        blocks.append(content.roleModel.map { "- **" + escape($0.term) + "** — " + escape($0.text) }
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

    private func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return text
    }
}
