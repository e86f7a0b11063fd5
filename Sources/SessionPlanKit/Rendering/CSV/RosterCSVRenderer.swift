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
        bytes(document.roster, language: document.language, options: document.options)
    }

    /// The roster of `view`, showing what `options` allow, as `export` writes it:
    /// from the view's people, with no program document built around it.
    func bytes(of view: ProgramView, options: ExportOptions) -> [UInt8] {
        bytes(RosterRow.rows(of: view, options: options), language: view.session.language, options: options)
    }

    private func bytes(_ roster: [RosterRow], language: Language, options: ExportOptions) -> [UInt8] {
        // The public contact of the team brings the contact columns even without --include-contacts.
        let contacts = options.includeContacts || roster.contains { $0.email != nil || $0.phone != nil }
        var header = ProgramCatalogue.rosterColumns
        if contacts { header += ProgramCatalogue.contactColumns + ProgramCatalogue.detailColumns }
        let separator = options.separator?.character ?? CSVSeparator.spreadsheet(for: language).character
        let writer = CSVWriter(options: CSVWriter.Options(includeBOM: true, delimiter: separator))
        var out = writer.documentStart
        out.reserveCapacity(128 * (roster.count + 1))   // a row is some 120 bytes: one buffer, grown rarely
        writer.append(record: header.map { $0.text(in: language) }, to: &out)
        for row in roster.indices {
            writer.append(field: roster[row].direction, at: 0, to: &out)
            writer.append(field: roster[row].group, at: 1, to: &out)
            writer.append(field: roster[row].roleText(in: language), at: 2, to: &out)
            writer.append(field: roster[row].person.name, at: 3, to: &out)
            writer.append(field: roster[row].position ?? "", at: 4, to: &out)
            if contacts {
                writer.append(field: roster[row].email ?? "", at: 5, to: &out)
                writer.append(field: roster[row].phone ?? "", at: 6, to: &out)
                writer.append(field: roster[row].organization ?? "", at: 7, to: &out)
                writer.append(field: roster[row].region ?? "", at: 8, to: &out)
            }
            writer.endRecord(&out)
        }
        return out
    }
}
