import Foundation

/// The program as one self-contained web page: inline CSS, no script, no
/// outside resource (no font, image or style sheet is fetched; the only URLs
/// are the registration link and, with `--include-groups`, the rooms, as
/// `<a href>`). Readable at phone width; printed on A4 with each day on its
/// own pages, its heading repeated at the top of each, and no slot or
/// leader's statement split between two pages. Each day has a timeline drawn to scale, coloured by slot kind,
/// with a legend. All text from the file goes through `HTMLEscaping`.
struct HTMLRenderer: ProgramSerializer {
    init() {}

    func render(_ document: ProgramDocument) -> String {
        let language = document.language
        // Prose, escaped after its words are kept together; a line met again is not joined again.
        var joiner = NoBreakRuns.Joiner()
        func text(_ string: String) -> String { HTMLEscaping.escapeText(joiner.joined(string)) }
        func words(_ words: LocalizedText) -> String { text(words.text(in: language)) }

        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>" + text(document.title) + "</title>\n"
        out += "<style>\n" + HTMLRenderer.style + "</style>\n</head>\n<body>\n"

        // The session.
        out += "<header>\n<h1>" + text(document.title) + "</h1>\n"
        if let subtitle = document.subtitle { out += "<p class=\"subtitle\">" + text(subtitle) + "</p>\n" }
        out += "<ul class=\"facts\">\n"
        if let dates = document.dates { out += "<li><strong>" + text(dates) + "</strong></li>\n" }
        for zone in document.zones { out += "<li>" + text(zone) + "</li>\n" }
        if let venue = document.venue {
            out += "<li>" + text(ProgramCatalogue.venue.text(in: language) + ": " + venue) + "</li>\n"
        }
        if let organizers = document.organizers { out += "<li>" + text(organizers) + "</li>\n" }
        if let registration = document.registration {
            out += "<li>" + text(registration.text)
            if let url = registration.url, let link = link(url) { out += " — " + link }
            out += "</li>\n"
        }
        out += "</ul>\n"
        for line in document.whose { out += "<p class=\"whose\">" + text(line) + "</p>\n" }
        out += "</header>\n"

        // The days.
        let places = PlaceIndex(document.view.session)
        for day in document.days {
            // The heading is a table header so that print repeats it on every page the day takes.
            out += "<section class=\"day\">\n<table class=\"day-pages\" role=\"presentation\">\n"
            out += "<thead><tr><th><h2>" + text(day.heading) + "</h2></th></tr></thead>\n<tbody><tr><td>\n"
            if let theme = day.theme { out += "<p class=\"theme\">" + text(theme) + "</p>\n" }
            if let hours = day.hours { out += "<p>" + text(hours) + "</p>\n" }
            guard !day.slots.isEmpty else {
                out += "<p>" + words(ProgramCatalogue.nothingPlanned) + "</p>\n" + Self.dayEnd
                continue
            }
            let entries = day.day.entries
            // A day with parallel slots gets one lane per place.
            let timeline = HTMLTimeline(entries: entries, places: places)
            let first = entries[0].times[0].start
            let last = entries.map { $0.times[0].end }.max() ?? first
            let label = ProgramCatalogue.dayToScale.text(in: language) + "\(first)–\(last)"
            out += timeline.html(label: label, language: language)
            out += "<ol class=\"slots\">\n"
            for (index, slot) in day.slots.enumerated() {
                out += "<li class=\"k-\(slot.slot.kind.rawValue)\"><span class=\"num\">\(index + 1)</span>"
                out += "<span class=\"when\">" + HTMLTime.range(slot.entry) + "</span>"
                out += "<div class=\"what\"><p class=\"title\">" + text(slot.title) + "</p>"
                if let place = slot.place {
                    out += "<p class=\"place\">" + text(ProgramWords.place(place.place, in: language))
                    if let url = place.link { out += " · " + (link(url) ?? text(url)) }
                    out += "</p>"
                }
                let speakers = slot.speakers
                if !speakers.isEmpty {
                    out += "<ul class=\"speakers\">"
                    for speaker in speakers { out += person(speaker) }
                    out += "</ul>"
                }
                for line in slot.details { out += "<p class=\"for\">" + text(line) + "</p>" }
                if let notes = slot.notes { out += "<p class=\"notes\">" + text(notes) + "</p>" }
                out += "</div></li>\n"
            }
            out += "</ol>\n" + Self.dayEnd
        }

        // Notes, the team, directions and roles: after the days, on a page of their own when printed.
        out += "<section class=\"about\">\n"
        if !document.team.isEmpty {
            out += "<h2>" + text(document.teamHeading) + "</h2>\n<ul class=\"team\">\n"
            for member in document.team { out += "<li>" + text(member) + "</li>\n" }
            out += "</ul>\n"
        }
        if !document.notes.isEmpty {
            out += "<h2>" + words(ProgramCatalogue.notes) + "</h2>\n<ul class=\"session-notes\">\n"
            for note in document.notes { out += "<li>" + text(note) + "</li>\n" }
            out += "</ul>\n"
        }
        if !document.directions.isEmpty {
            out += "<h2>" + words(ProgramCatalogue.directions) + "</h2>\n"
            for direction in document.directions {
                out += "<article class=\"direction\">\n<h3>" + text(direction.heading) + "</h3>\n"
                out += "<p class=\"leaders\"><strong>" + text(direction.leadersLabel) + "</strong></p>\n"
                out += "<ul class=\"leaders\">"
                for leader in direction.leaders { out += person(leader) }
                out += "</ul>\n"
                if let place = direction.place {
                    out += "<p class=\"place\"><strong>" + text(direction.placeLabel) + "</strong> " + text(place.name)
                    if let url = place.link { out += " · " + (link(url) ?? text(url)) }
                    out += "</p>\n"
                }
                for leader in direction.leaders {
                    guard let statement = nonBlank(leader.statement) else { continue }
                    out += "<blockquote>"
                    if direction.leaders.count > 1 { out += "<strong>" + text(leader.name) + ":</strong> " }
                    out += text(statement) + "</blockquote>\n"
                }
                for group in direction.groups {
                    out += "<div class=\"group\"><h4>" + text(group.heading)
                    if let kind = group.kind { out += " <small>(" + text(kind) + ")</small>" }
                    out += "</h4><ul>"
                    for line in group.lines { out += "<li>" + text(line) + "</li>" }
                    if let room = group.room {
                        out += "<li>" + text(group.roomLabel + ": ") + (link(room) ?? text(room)) + "</li>"
                    }
                    out += "</ul></div>\n"
                }
                out += "</article>\n"
            }
        }
        out += "<h2>" + words(ProgramCatalogue.roleModel) + "</h2>\n<dl class=\"roles\">\n"
        for role in document.roleModel {
            out += "<dt>" + text(role.term) + "</dt><dd>" + text(role.text) + "</dd>\n"
        }
        out += "</dl>\n</section>\n</body>\n</html>\n"
        return out
    }

    /// Closes what a day opens: its table of pages and its section.
    private static let dayEnd = "</td></tr></tbody>\n</table>\n</section>\n"

    /// `<li><span class="name">Name (contacts)</span>, position</li>`.
    private func person(_ person: DocumentPerson) -> String {
        var out = "<li><span class=\"name\">" + HTMLEscaping.escapeProse(person.nameWithContacts) + "</span>"
        if let position = person.position { out += ", " + HTMLEscaping.escapeProse(position) }
        return out + "</li>"
    }

    /// `<a href="…">…</a>` for an http or https URL; nil for anything else
    /// (a `javascript:` URL never becomes a link).
    private func link(_ url: String) -> String? {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return nil }
        return "<a href=\"" + HTMLEscaping.escapeAttribute(url) + "\">" + HTMLEscaping.escapeText(url) + "</a>"
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
        .day-pages { width: 100%; border-collapse: collapse; }
        .day-pages th, .day-pages td { padding: 0; text-align: left; font-weight: normal; vertical-align: top; }
        .timeline { margin: .8rem 0 .2rem; }
        .lane { position: relative; height: 1.6rem; background: #f7fafc; border-radius: 3px; margin-bottom: 2px; }
        .timeline.places { padding-left: 8.5rem; }
        .lane-place { position: absolute; right: 100%; top: 50%; transform: translateY(-50%); width: 8.5rem; padding-right: .4rem; text-align: right; font-size: .7em; line-height: 1.1; color: #4a5568; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden; }
        .seg { position: absolute; top: 0; bottom: 0; overflow: hidden; border-right: 1px solid #fff; background: var(--k); color: #fff; font-size: .7em; line-height: 1.6rem; text-align: center; white-space: nowrap; }
        .callouts { position: relative; height: 1.1rem; font-size: .7em; }
        .callouts span { position: absolute; bottom: 2px; transform: translateX(-50%); padding: 0 2px; line-height: 1.1; font-weight: 600; font-variant-numeric: tabular-nums; color: #2d3748; border-bottom: 2px solid var(--k); white-space: nowrap; }
        .ticks { position: relative; height: 1.1rem; font-size: .7em; color: #4a5568; white-space: nowrap; }
        .ticks span { position: absolute; top: 0; transform: translateX(-50%); }
        .ticks span.start { transform: none; }
        .ticks span.end { transform: translateX(-100%); }
        .legend { list-style: none; padding: 0; margin: .2rem 0 .8rem; display: flex; flex-wrap: wrap; gap: .2rem .9rem; font-size: .8em; color: #4a5568; }
        .swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; margin-right: .3rem; vertical-align: -.1rem; background: var(--k); }
        .slots { list-style: none; padding: 0; margin: 0; }
        .slots > li { display: grid; grid-template-columns: 1.6rem 6.6rem 1fr; gap: 0 .5rem; padding: .45rem 0 .45rem .5rem; border-left: 5px solid var(--k); border-bottom: 1px solid #edf2f7; break-inside: avoid; }
        .num { color: #718096; font-size: .8em; padding-top: .15rem; }
        .when, time { font-variant-numeric: tabular-nums; font-weight: 600; white-space: nowrap; }
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
        .k-registration { --k: #434190; } .k-meal { --k: #744210; } .k-social { --k: #285e61; }
        @media (max-width: 32rem) {
          body { padding: .75rem; }
          h1 { font-size: 1.35em; }
          .slots > li { grid-template-columns: 1.4rem 1fr; }
          .slots > li .what { grid-column: 2; }
          .timeline.places { padding-left: 5.5rem; }
          .lane-place { width: 5.5rem; font-size: .62em; }
        }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.3; }
          h1 { font-size: 15pt; }
          .slots > li { grid-template-columns: 1.2rem 5.8rem 1fr; padding: .2rem 0 .2rem .4rem; }
          .speakers, .for, p.notes { font-size: 8.5pt; }
          blockquote { font-size: 9pt; }
          .day + .day, .about { break-before: page; }
          .day-pages thead { display: table-header-group; }
          h2 { border-top: none; margin-top: 0; }
          a { color: inherit; text-decoration: none; }
          .timeline, .callouts span, .legend, .slots > li, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          h2, h3, h4 { break-after: avoid; }
          blockquote { break-inside: avoid; }
        }

        """
}
