import Foundation

/// The change notice as text, Markdown or HTML: a heading, one item per
/// change, and a last line with how many changes there are.
enum ChangesNotice {
    static func render(_ changes: SessionChanges, session: Session, person: String?, format: ChangesCommand.Format,
                       zone: TimeZone? = nil) -> String {
        let language = session.language
        let count = changes.lines.count
        var heading = LocalizedText(en: "Changes to the program: ", ru: "Изменения в программе: ").text(in: language) + session.title
        if let person { heading += " — " + person }
        if let zone, zone.identifier != session.timeZone.identifier {
            heading += LocalizedText(en: " (times in \(zone.identifier))", ru: " (время — \(zone.identifier))").text(in: language)
        }
        if session.revision > 0 {
            heading += LocalizedText(en: " (revision \(session.revision))", ru: " (версия \(session.revision))").text(in: language)
        }
        let total = count == 0
            ? LocalizedText(en: "No changes.", ru: "Изменений нет.").text(in: language)
            : LocalizedText(en: "\(count) " + Plural.english(count, one: "change", other: "changes") + " in all.",
                            ru: "Всего \(count) " + Plural.russian(count, one: "изменение", few: "изменения", many: "изменений") + ".")
                .text(in: language)
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
