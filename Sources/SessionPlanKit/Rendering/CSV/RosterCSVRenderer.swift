/// The roster as CSV for the administrative team's spreadsheets: one row per
/// person and role (a person who is host and architect has two rows), with
/// the columns direction, group, role, name, position, and e-mail and phone
/// with `--include-contacts`. The header row is in the session's language.
///
/// Public by default, as every export: without `--include-groups` the roster
/// lists the people the published program names — host, architects,
/// speakers and direction leaders — and no group member, moderator,
/// collector or group name. `--person`, `--role` and `--direction` keep their
/// rows (`RosterRow.rows`). RFC 4180 through `CSVWriter`: comma-separated,
/// CRLF, UTF-8 with a byte order mark (so Excel reads Cyrillic right), and
/// cells a spreadsheet would run as a formula neutralised.
public struct RosterCSVRenderer: Sendable {
    public var options: ExportOptions

    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    public func render(_ view: ProgramView) -> String {
        render(ProgramDocument(view: view, options: options))
    }

    public func render(_ document: ProgramDocument) -> String {
        let language = document.language
        let contacts = document.options.includeContacts
        var header = language == .ru
            ? ["Направление", "Группа", "Роль", "ФИО", "Должность"]
            : ["Direction", "Group", "Role", "Name", "Position"]
        if contacts { header += language == .ru ? ["E-mail", "Телефон"] : ["E-mail", "Phone"] }
        var records = [header]
        for row in document.roster {
            var record = [row.direction, row.group, row.role.word(in: language), row.person.name, row.position ?? ""]
            if contacts { record += [row.email ?? "", row.phone ?? ""] }
            records.append(record)
        }
        return CSVWriter(options: CSVWriter.Options(includeBOM: true)).document(records)
    }
}
