/// The roster as an Excel workbook: the first sheet has the CSV's columns
/// (direction, group, role, name, position; e-mail, phone, organization and
/// region with `--include-contacts`), every cell text; with `--include-groups`, one more
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
        if contacts { columns += ProgramCatalogue.contactColumns + ProgramCatalogue.detailColumns }
        let header = columns.map { $0.text(in: language) }
        func cells(_ row: RosterRow, withDirection: Bool) -> [Workbook.Cell] {
            var values = (withDirection ? [row.direction] : []) + [row.group, row.roleText(in: language), row.person.name, row.position ?? ""]
            if contacts { values += [row.email ?? "", row.phone ?? "", row.organization ?? "", row.region ?? ""] }
            return text(values)
        }
        var sheets = [Workbook.Sheet(name: LocalizedText(en: "People", ru: "Участники").text(in: language),
                                     rows: [text(header)] + roster.map { cells($0, withDirection: true) })]
        if document.options.includeGroups {
            // The rows of each direction's groups, sorted out in one pass over the roster.
            var rowsByDirection: [Int: [RosterRow]] = [:]
            for row in roster where !row.group.isEmpty {
                if let number = row.directionNumber { rowsByDirection[number, default: []].append(row) }
            }
            for direction in document.directions {
                guard let rows = rowsByDirection[direction.direction.number], !rows.isEmpty else { continue }
                sheets.append(Workbook.Sheet(name: "\(direction.direction.number). \(direction.direction.title)",
                                             rows: [text(Array(header.dropFirst()))] + rows.map { cells($0, withDirection: false) }))
            }
        }
        return Workbook(sheets: sheets)
    }
}
