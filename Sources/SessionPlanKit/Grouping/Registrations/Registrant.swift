/// One person from a registration list.
struct Registrant: Sendable, Hashable {
    /// The spreadsheet row the person is on (the header is row 1).
    var row: Int
    /// The name as the session compares names: NFC, trimmed, white space collapsed.
    var name: String
    /// The direction cell as written (white space collapsed): an id, number or title.
    var direction: String
    var organization: String?
    var region: String?
    var email: String?
    var phone: String?
    /// Where the name cell is (line = row, column = spreadsheet column).
    var nameLocation: SourceLocation
    /// Where the direction cell is.
    var directionLocation: SourceLocation

    init(row: Int, name: String, direction: String, organization: String? = nil,
                region: String? = nil, email: String? = nil, phone: String? = nil,
                nameLocation: SourceLocation? = nil, directionLocation: SourceLocation? = nil) {
        self.row = row
        self.name = name
        self.direction = direction
        self.organization = organization
        self.region = region
        self.email = email
        self.phone = phone
        self.nameLocation = nameLocation ?? SourceLocation(line: row, column: 1, offset: 0)
        self.directionLocation = directionLocation ?? SourceLocation(line: row, column: 2, offset: 0)
    }
}
