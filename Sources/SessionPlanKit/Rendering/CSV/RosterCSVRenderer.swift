/// The roster as CSV for the administrative team's spreadsheets: one row per
/// person and role (a person who is host and architect has two rows), with
/// the columns direction, group, role, name, position, and e-mail and phone
/// with `--include-contacts`. The header row is in the session's language.
///
/// Public by default, as every export: without `--include-groups` the roster
/// lists the people the published program names — host, architects,
/// speakers and direction leaders — and no group member, moderator,
/// collector or group name. `--person`, `--role` and `--direction` keep their
/// rows (`RosterRow.rows`). Organization and region are private like
/// contacts: they come with `--include-contacts`, after e-mail and phone.
/// RFC 4180 through `CSVWriter`: `;`-separated for a Russian session (Excel
/// in a Russian locale splits on `;`), `,` for an English one, or as
/// `--separator` says;
/// CRLF, UTF-8 with a byte order mark (so Excel reads Cyrillic right), and
/// cells a spreadsheet would run as a formula neutralised.
struct RosterCSVRenderer: ProgramSerializer {
    init() {}

    func render(_ document: ProgramDocument) -> String {
        String(decoding: bytes(document), as: UTF8.self)
    }

    /// The document as UTF-8 bytes, written into one buffer (what `export` writes).
    func bytes(_ document: ProgramDocument) -> [UInt8] {
        let language = document.language
        let roster = document.roster
        // The public contact of the team brings the contact columns even without --include-contacts.
        let contacts = document.options.includeContacts || roster.contains { $0.email != nil || $0.phone != nil }
        var header = ProgramCatalogue.rosterColumns
        if contacts { header += ProgramCatalogue.contactColumns + ProgramCatalogue.detailColumns }
        let separator = document.options.separator?.character ?? CSVWriter.Separator.spreadsheet(for: language).character
        let writer = CSVWriter(options: CSVWriter.Options(includeBOM: true, delimiter: separator))
        var out = writer.documentStart
        writer.append(record: header.map { $0.text(in: language) }, to: &out)
        var record: [String] = []   // one buffer for every row's fields
        for row in roster {
            record.removeAll(keepingCapacity: true)
            record.append(row.direction)
            record.append(row.group)
            record.append(row.roleText(in: language))
            record.append(row.person.name)
            record.append(row.position ?? "")
            if contacts {
                for value in [row.email, row.phone, row.organization, row.region] { record.append(value ?? "") }
            }
            writer.append(record: record, to: &out)
        }
        return out
    }
}
