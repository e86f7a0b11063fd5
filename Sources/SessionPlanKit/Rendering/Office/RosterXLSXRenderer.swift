/// The roster as an Excel workbook: the first sheet has the CSV's columns
/// (direction, group, role, name, position; e-mail and phone with
/// `--include-contacts`), every cell text; with `--include-groups`, one more
/// sheet per direction listing its groups' moderators, collectors and
/// members. A serializer of `ProgramDocument`.
struct RosterXLSXRenderer: Sendable {
    func render(_ document: ProgramDocument) -> Result<[UInt8], ZipError> {
        WorkbookWriter.write(workbook(document))
    }

    func workbook(_ document: ProgramDocument) -> Workbook {
        let language = document.language
        let roster = document.roster
        let contacts = document.options.includeContacts || roster.contains { $0.email != nil || $0.phone != nil }
        func text(_ values: [String]) -> [Workbook.Cell] { values.map { .text($0) } }
        var columns = ProgramCatalogue.rosterColumns
        if contacts { columns += ProgramCatalogue.contactColumns }
        let header = columns.map { $0.text(in: language) }
        func cells(_ row: RosterRow, withDirection: Bool) -> [Workbook.Cell] {
            var values = (withDirection ? [row.direction] : []) + [row.group, row.roleText(in: language), row.person.name, row.position ?? ""]
            if contacts { values += [row.email ?? "", row.phone ?? ""] }
            return text(values)
        }
        var sheets = [Workbook.Sheet(name: LocalizedText(en: "People", ru: "Участники").text(in: language),
                                     rows: [text(header)] + roster.map { cells($0, withDirection: true) })]
        if document.options.includeGroups {
            for direction in document.directions {
                let rows = roster.filter { $0.directionNumber == direction.direction.number && !$0.group.isEmpty }
                guard !rows.isEmpty else { continue }
                sheets.append(Workbook.Sheet(name: "\(direction.direction.number). \(direction.direction.title)",
                                             rows: [text(Array(header.dropFirst()))] + rows.map { cells($0, withDirection: false) }))
            }
        }
        return Workbook(sheets: sheets)
    }
}
