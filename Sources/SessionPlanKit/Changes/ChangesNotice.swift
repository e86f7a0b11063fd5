import Foundation

/// The change notice as text, Markdown or HTML: a heading, one item per
/// change, and a last line with how many changes there are.
enum ChangesNotice {
    static func render(_ changes: SessionChanges, session: Session, person: String?, format: ChangesCommand.Format,
                       zone: TimeZone? = nil) -> String {
        let ru = session.language == .ru
        let count = changes.lines.count
        var heading = (ru ? "Изменения в программе: " : "Changes to the program: ") + session.title
        if let person { heading += " — " + person }
        if let zone, zone.identifier != session.timeZone.identifier {
            heading += ru ? " (время — \(zone.identifier))" : " (times in \(zone.identifier))"
        }
        if session.revision > 0 { heading += ru ? " (версия \(session.revision))" : " (revision \(session.revision))" }
        let total = ru
            ? (count == 0 ? "Изменений нет." : "Всего \(count) " + Plural.russian(count, one: "изменение", few: "изменения", many: "изменений") + ".")
            : (count == 0 ? "No changes." : "\(count) " + Plural.english(count, one: "change", other: "changes") + " in all.")
        let clean = changes.lines.map(AgendaWrapping.printable)
        switch format {
        case .text:
            return ([AgendaWrapping.printable(heading), ""] + clean.map { "- " + $0 } + (clean.isEmpty ? [] : [""]) + [total])
                .joined(separator: "\n") + "\n"
        case .markdown:
            return (["# " + MarkdownEscaping.escapeInline(heading), ""] + clean.map { "- " + MarkdownEscaping.escapeInline($0) }
                    + (clean.isEmpty ? [] : [""]) + [total]).joined(separator: "\n") + "\n"
        case .html:
            let items = clean.map { "<li>" + HTMLEscaping.escapeText($0) + "</li>" }.joined(separator: "\n")
            return """
                <!DOCTYPE html>
                <html lang="\(session.language.rawValue)">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>\(HTMLEscaping.escapeText(heading))</title></head>
                <body>
                <h1>\(HTMLEscaping.escapeText(heading))</h1>
                \(clean.isEmpty ? "" : "<ul>\n" + items + "\n</ul>\n")<p>\(total)</p>
                </body>
                </html>

                """
        }
    }
}
