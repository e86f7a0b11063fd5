/// What an export may show beyond the public program. Public by default:
/// groups, their members and rooms only with `includeGroups`; e-mail addresses
/// and phone numbers only with `includeContacts` — in every format.
/// A new `--include-…` option is one more field here, read where the
/// `ProgramDocument` is built.
struct ExportOptions: Sendable, Hashable {
    /// Groups with their moderators, collectors, members and rooms (`--include-groups`).
    var includeGroups: Bool
    /// E-mail addresses and phone numbers after names (`--include-contacts`).
    var includeContacts: Bool
    /// Places' private online rooms (`link`) after their names (`--include-links`).
    var includeLinks: Bool

    /// The CSV field separator (`--separator`); nil: `;` for a Russian session, `,` for an English one.
    var separator: CSVSeparator?

    init(includeGroups: Bool = false, includeContacts: Bool = false, includeLinks: Bool = false,
                separator: CSVSeparator? = nil) {
        self.includeGroups = includeGroups
        self.includeContacts = includeContacts
        self.includeLinks = includeLinks
        self.separator = separator
    }
}
