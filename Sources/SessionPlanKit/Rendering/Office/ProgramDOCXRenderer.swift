/// The program as a Word document, the way organizers print it: the title
/// block, each day on a new page (Heading 1, its theme and hours) with its
/// program as a two-column table (time | the title in bold, speakers in
/// italics with their positions, audience and group marks, notes), then the
/// notes, the directions with their leaders and statements (and groups with
/// `--include-groups`) and the role model. A serializer of `ProgramDocument`.
struct ProgramDOCXRenderer: Sendable {
    func render(_ document: ProgramDocument) -> Result<[UInt8], ZipError> {
        WordDocumentWriter.write(wordDocument(document))
    }

    func wordDocument(_ document: ProgramDocument) -> WordDocument {
        typealias P = WordDocument.Paragraph
        typealias R = WordDocument.Run
        let language = document.language
        var blocks: [WordDocument.Block] = [.paragraph(P(.title, text: document.title))]
        if let subtitle = document.subtitle { blocks.append(.paragraph(P(.subtitle, text: subtitle))) }
        var facts: [String] = []
        if let dates = document.dates { facts.append(dates) }
        facts += document.zones
        if let venue = document.venue { facts.append(venue) }
        if let organizers = document.organizers { facts.append(organizers) }
        if let registration = document.registration {
            facts.append(registration.text + (registration.url.map { " — " + $0 } ?? ""))
        }
        facts += document.whose
        blocks += facts.map { .paragraph(P(text: $0)) }

        for day in document.days {
            blocks.append(.pageBreak)
            blocks.append(.paragraph(P(.heading1, text: day.heading)))
            if let theme = day.theme { blocks.append(.paragraph(P([R(text: theme, bold: true)]))) }
            if let hours = day.hours { blocks.append(.paragraph(P(text: hours))) }
            guard !day.slots.isEmpty else { continue }
            var rows: [[[P]]] = []
            for slot in day.slots {
                var content: [P] = [P([R(text: slot.title, bold: true)])]
                if let place = slot.place { content.append(P(text: place.line)) }
                for person in slot.speakers { content.append(P([R(text: person.nameWithPosition, italic: true)])) }
                for line in slot.details { content.append(P(text: line)) }
                for group in slot.workingGroups { content.append(P(text: group.line)) }
                if let notes = slot.notes { content.append(P(text: notes)) }
                rows.append([[P(text: slot.times.joined(separator: "\n"))], content])
            }
            blocks.append(.table(WordDocument.Table(columnWidths: [1800, 7555], rows: rows)))
        }

        if !document.notes.isEmpty {
            blocks.append(.paragraph(P(.heading1, text: ProgramCatalogue.notes.text(in: language))))
            blocks += document.notes.map { .paragraph(P(text: $0)) }
        }
        if !document.team.isEmpty {
            blocks.append(.paragraph(P(.heading1, text: document.teamHeading)))
            blocks += document.team.map { .paragraph(P(text: $0)) }
        }
        if !document.directions.isEmpty {
            blocks.append(.pageBreak)
            blocks.append(.paragraph(P(.heading1, text: ProgramCatalogue.directions.text(in: language))))
        }
        for direction in document.directions {
            blocks.append(.paragraph(P(.heading2, text: direction.heading)))
            if !direction.leaders.isEmpty {
                blocks.append(.paragraph(P([R(text: direction.leadersLabel + " ", bold: true)]
                                           + [R(text: direction.leaders.map(\.nameWithPosition).joined(separator: "; "), italic: true)])))
            }
            if let place = direction.place {
                blocks.append(.paragraph(P([R(text: direction.placeLabel + " ", bold: true), R(text: place.nameWithLink)])))
            }
            for leader in direction.leaders {
                if let statement = leader.statement { blocks.append(.paragraph(P([R(text: leader.name + ": ", italic: true), R(text: statement)]))) }
            }
            for group in direction.groups {
                blocks.append(.paragraph(P([R(text: group.heading + (group.kind.map { " (" + $0 + ")" } ?? ""), bold: true)])))
                blocks += group.lines.map { .paragraph(P(text: $0)) }
                if let room = group.room { blocks.append(.paragraph(P(text: group.roomLabel + ": " + room))) }
            }
        }
        if !document.roleModel.isEmpty {
            blocks.append(.paragraph(P(.heading1, text: ProgramCatalogue.roleModel.text(in: language))))
            blocks += document.roleModel.map { .paragraph(P([R(text: $0.term, bold: true), R(text: " — " + $0.text)])) }
        }
        return WordDocument(language: Self.proofingTag(language), title: document.title, blocks: blocks)
    }

    /// The language tag Word checks the spelling in: `ru-RU`, `en-GB`.
    static func proofingTag(_ language: Language) -> String {
        switch language {
        case .ru: "ru-RU"
        case .en: "en-GB"
        }
    }
}
