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
        let contacts = document.options.includeContacts
        func text(_ values: [String]) -> [Workbook.Cell] { values.map { .text($0) } }
        var header = language == .ru
            ? ["Направление", "Группа", "Роль", "ФИО", "Должность"]
            : ["Direction", "Group", "Role", "Name", "Position"]
        if contacts { header += language == .ru ? ["E-mail", "Телефон"] : ["E-mail", "Phone"] }
        func cells(_ row: RosterRow, withDirection: Bool) -> [Workbook.Cell] {
            var values = (withDirection ? [row.direction] : []) + [row.group, row.role.word(in: language), row.person.name, row.position ?? ""]
            if contacts { values += [row.email ?? "", row.phone ?? ""] }
            return text(values)
        }
        var sheets = [Workbook.Sheet(name: language == .ru ? "Участники" : "People",
                                     rows: [text(header)] + document.roster.map { cells($0, withDirection: true) })]
        if document.options.includeGroups {
            for direction in document.directions {
                let rows = document.roster.filter { $0.directionNumber == direction.direction.number && !$0.group.isEmpty }
                guard !rows.isEmpty else { continue }
                sheets.append(Workbook.Sheet(name: "\(direction.direction.number). \(direction.direction.title)",
                                             rows: [text(Array(header.dropFirst()))] + rows.map { cells($0, withDirection: false) }))
            }
        }
        return Workbook(sheets: sheets)
    }
}
