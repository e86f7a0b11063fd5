import Foundation

/// The program as one self-contained web page: inline CSS, no script, no
/// outside resource (no font, image or style sheet is fetched; the only URLs
/// are the registration link and, with `--include-groups`, the rooms, as
/// `<a href>`). Readable at phone width; printed on A4 with each day on its
/// own page. Each day has a timeline drawn to scale, coloured by slot kind,
/// with a legend. All text from the file goes through `HTMLEscaping`.
public struct HTMLRenderer: Sendable {
    public var options: ExportOptions

    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    public func render(_ view: ProgramView) -> String {
        let content = ExportContent(view: view, options: options)
        let language = content.language
        func text(_ string: String) -> String { HTMLEscaping.escapeText(string) }
        let places = PlaceIndex(view.session)

        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>" + text(view.session.title) + "</title>\n"
        out += "<style>\n" + HTMLRenderer.style + "</style>\n</head>\n<body>\n"

        // The session.
        out += "<header>\n<h1>" + text(view.session.title) + "</h1>\n"
        if let subtitle = nonEmpty(view.session.subtitle) { out += "<p class=\"subtitle\">" + text(subtitle) + "</p>\n" }
        out += "<ul class=\"facts\">\n"
        if let dates = content.dates { out += "<li><strong>" + text(dates) + "</strong></li>\n" }
        out += "<li>" + text(content.zone) + "</li>\n"
        if let venue = nonEmpty(view.session.venue) { out += "<li>" + text(content.venueLabel + ": " + venue) + "</li>\n" }
        if let organizers = content.organizers { out += "<li>" + text(organizers) + "</li>\n" }
        if let registration = content.registration {
            out += "<li>" + text(registration.text)
            if let url = registration.url, let link = link(url) { out += " — " + link }
            out += "</li>\n"
        }
        out += "</ul>\n"
        if let whose = content.whose { out += "<p class=\"whose\">" + text(whose) + "</p>\n" }
        out += "</header>\n"

        // The days.
        for day in view.days {
            out += "<section class=\"day\">\n<h2>" + text(content.heading(of: day)) + "</h2>\n"
            if let theme = content.theme(of: day) { out += "<p class=\"theme\">" + text(theme) + "</p>\n" }
            if let hours = day.isContinuation ? nil : view.ownHours(of: day.day) {
                out += "<p>" + text(ProgramDates.hours(from: hours.start, to: hours.end, in: language)) + "</p>\n"
            }
            guard !day.entries.isEmpty else {
                out += "<p>" + text(content.nothingPlanned) + "</p>\n</section>\n"
                continue
            }
            let timeline = HTMLTimeline(entries: day.entries, places: places)
            let first = day.entries[0].times[0].start
            let last = day.entries.map { $0.times[0].end }.max() ?? first
            let label = (language == .ru ? "Шкала дня: " : "The day to scale: ") + "\(first)–\(last)"
            out += timeline.html(label: label, language: language)
            out += "<ol class=\"slots\">\n"
            for (index, entry) in day.entries.enumerated() {
                out += "<li class=\"k-\(entry.slot.kind.rawValue)\"><span class=\"num\">\(index + 1)</span>"
                out += "<time>" + text(content.time(of: entry)) + "</time>"
                out += "<div class=\"what\"><p class=\"title\">" + text(entry.slot.title) + "</p>"
                if let place = places.place(of: entry.slot) {
                    out += "<p class=\"place\">" + text(ProgramWords.place(place, link: options.includeLinks, in: language)) + "</p>"
                }
                if !entry.slot.moderators.isEmpty {
                    out += "<p class=\"moderators\">" + text(ProgramWords.moderators(
                        entry.slot.moderators.map(content.nameWithPosition), in: language)) + "</p>"
                }
                if !entry.slot.speakers.isEmpty {
                    out += "<ul class=\"speakers\">"
                    for speaker in entry.slot.speakers {
                        out += "<li><span class=\"name\">" + text(content.name(speaker)) + "</span>"
                        if let position = content.position(of: speaker) { out += ", " + text(position) }
                        out += "</li>"
                    }
                    out += "</ul>"
                }
                for line in content.details(of: entry) { out += "<p class=\"for\">" + text(line) + "</p>" }
                if let notes = nonEmpty(entry.slot.notes) { out += "<p class=\"notes\">" + text(notes) + "</p>" }
                out += "</div></li>\n"
            }
            out += "</ol>\n</section>\n"
        }

        // Notes, directions and roles: after the days, on a page of their own when printed.
        out += "<section class=\"about\">\n"
        let notes = view.session.notes.compactMap(nonEmpty)
        if !notes.isEmpty {
            out += "<h2>" + text(content.notesHeading) + "</h2>\n<ul class=\"session-notes\">\n"
            for note in notes { out += "<li>" + text(note) + "</li>\n" }
            out += "</ul>\n"
        }
        if !view.session.team.isEmpty {
            let people = view.session.peopleByKey
            out += "<h2>" + text(ProgramWords.team(in: language)) + "</h2>\n<ul class=\"team\">\n"
            for member in view.session.team {
                out += "<li>" + text(ProgramWords.teamMember(member, people: people, includeContacts: options.includeContacts)) + "</li>\n"
            }
            out += "</ul>\n"
        }
        let directions = content.directions
        if !directions.isEmpty {
            out += "<h2>" + text(content.directionsHeading) + "</h2>\n"
            for direction in directions {
                out += "<article class=\"direction\">\n<h3>" + text(content.directionHeading(direction)) + "</h3>\n"
                out += "<p class=\"leaders\"><strong>" + text(content.leadersLabel(direction.leaders.count)) + "</strong></p>\n"
                out += "<ul class=\"leaders\">"
                for leader in direction.leaders {
                    out += "<li><span class=\"name\">" + text(content.name(leader)) + "</span>"
                    if let position = content.position(of: leader) { out += ", " + text(position) }
                    out += "</li>"
                }
                out += "</ul>\n"
                for leader in direction.leaders {
                    guard let statement = nonEmpty(content.statement(of: leader)) else { continue }
                    out += "<blockquote>"
                    if direction.leaders.count > 1 { out += "<strong>" + text(leader.name) + ":</strong> " }
                    out += text(statement) + "</blockquote>\n"
                }
                for group in content.groups(of: direction) {
                    out += "<div class=\"group\"><h4>" + text(ProgramWords.quoted(group.name, in: language))
                    if let kind = content.kind(of: group) { out += " <small>(" + text(kind) + ")</small>" }
                    out += "</h4><ul>"
                    if let moderator = group.moderator {
                        out += "<li>" + text(content.groupLabel(.moderator) + ": " + content.name(moderator)) + "</li>"
                    }
                    if let collector = group.collector {
                        out += "<li>" + text(content.groupLabel(.collector) + ": " + content.name(collector)) + "</li>"
                    }
                    if !group.members.isEmpty {
                        out += "<li>" + text(content.groupLabel(.members, count: group.members.count) + ": "
                                             + group.members.map(content.name).joined(separator: ", ")) + "</li>"
                    }
                    if let room = nonEmpty(group.room) {
                        out += "<li>" + text(content.groupLabel(.room) + ": ") + (link(room) ?? text(room)) + "</li>"
                    }
                    out += "</ul></div>\n"
                }
                out += "</article>\n"
            }
        }
        out += "<h2>" + text(content.roleModelHeading) + "</h2>\n<dl class=\"roles\">\n"
        for role in content.roleModel {
            out += "<dt>" + text(role.term) + "</dt><dd>" + text(role.text) + "</dd>\n"
        }
        out += "</dl>\n</section>\n</body>\n</html>\n"
        return out
    }

    /// `<a href="…">…</a>` for an http or https URL; nil for anything else
    /// (a `javascript:` URL never becomes a link).
    private func link(_ url: String) -> String? {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return nil }
        return "<a href=\"" + HTMLEscaping.escapeAttribute(url) + "\">" + HTMLEscaping.escapeText(url) + "</a>"
    }

    private func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return text
    }

    /// The page's only style sheet. Colours by slot kind are CSS variables
    /// shared by the timeline, the legend and the list's left borders.
    static let style = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 52rem; padding: 1rem; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1a202c; background: #fff; overflow-wrap: anywhere; }
        h1 { font-size: 1.6em; line-height: 1.2; margin: 0 0 .4rem; }
        h2 { font-size: 1.25em; margin: 1.8rem 0 .3rem; padding-top: .6rem; border-top: 2px solid #e2e8f0; }
        h3 { font-size: 1.1em; margin: 1.4rem 0 .3rem; }
        h4 { font-size: 1em; margin: .8rem 0 .2rem; }
        p { margin: .3rem 0; }
        a { color: #2b6cb0; }
        .subtitle { font-style: italic; margin-top: 0; }
        .facts { list-style: none; padding: 0; margin: .6rem 0; color: #2d3748; }
        .whose { font-weight: 600; background: #f7fafc; border-left: 4px solid #2b6cb0; padding: .4rem .6rem; }
        .theme { font-weight: 600; font-size: 1.05em; }
        .timeline { margin: .8rem 0 .2rem; }
        .lane { position: relative; height: 1.6rem; background: #f7fafc; border-radius: 3px; margin-bottom: 2px; }
        .seg { position: absolute; top: 0; bottom: 0; overflow: hidden; border-right: 1px solid #fff; background: var(--k); color: #fff; font-size: .7em; line-height: 1.6rem; text-align: center; white-space: nowrap; }
        .ticks { position: relative; height: 1.1rem; font-size: .7em; color: #4a5568; white-space: nowrap; }
        .ticks span { position: absolute; top: 0; transform: translateX(-50%); }
        .ticks span.start { transform: none; }
        .ticks span.end { transform: translateX(-100%); }
        .legend { list-style: none; padding: 0; margin: .2rem 0 .8rem; display: flex; flex-wrap: wrap; gap: .2rem .9rem; font-size: .8em; color: #4a5568; }
        .swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; margin-right: .3rem; vertical-align: -.1rem; background: var(--k); }
        .slots { list-style: none; padding: 0; margin: 0; }
        .slots > li { display: grid; grid-template-columns: 1.6rem 6.6rem 1fr; gap: 0 .5rem; padding: .45rem 0 .45rem .5rem; border-left: 5px solid var(--k); border-bottom: 1px solid #edf2f7; break-inside: avoid; }
        .num { color: #718096; font-size: .8em; padding-top: .15rem; }
        time { font-variant-numeric: tabular-nums; font-weight: 600; white-space: nowrap; }
        .title { margin: 0; font-weight: 600; }
        .speakers { list-style: none; padding: 0; margin: .15rem 0 0; font-size: .92em; color: #2d3748; }
        .speakers li::before { content: "— "; }
        .name { font-weight: 500; }
        .for { font-size: .9em; color: #4a5568; font-style: italic; }
        p.notes { font-size: .9em; }
        blockquote { margin: .4rem 0; padding: .3rem .8rem; border-left: 3px solid #cbd5e0; color: #2d3748; font-size: .95em; }
        p.leaders { margin-bottom: 0; }
        ul.leaders { list-style: none; padding: 0; margin: .1rem 0 .4rem; }
        .group ul { margin: .1rem 0; padding-left: 1.2rem; }
        .roles dt { font-weight: 600; margin-top: .4rem; }
        .roles dd { margin: 0 0 0 1rem; }
        .k-opening { --k: #2b6cb0; } .k-talk { --k: #6b46c1; } .k-briefing { --k: #0987a0; }
        .k-group-work { --k: #dd6b20; } .k-plenary { --k: #c53030; } .k-presentation { --k: #b7791f; }
        .k-break { --k: #a0aec0; } .k-closing { --k: #2f855a; } .k-meeting { --k: #4a5568; }
        .k-reflection { --k: #b83280; } .k-other { --k: #718096; }
        @media (max-width: 32rem) {
          body { padding: .75rem; }
          h1 { font-size: 1.35em; }
          .slots > li { grid-template-columns: 1.4rem 1fr; }
          .slots > li .what { grid-column: 2; }
        }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.3; }
          h1 { font-size: 15pt; }
          .slots > li { grid-template-columns: 1.2rem 5.8rem 1fr; padding: .2rem 0 .2rem .4rem; }
          .speakers, .for, p.notes { font-size: 8.5pt; }
          blockquote { font-size: 9pt; }
          .day + .day, .about { break-before: page; }
          h2 { border-top: none; margin-top: 0; }
          a { color: inherit; text-decoration: none; }
          .timeline, .legend, .slots > li, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          h2, h3, h4 { break-after: avoid; }
        }

        """
}
