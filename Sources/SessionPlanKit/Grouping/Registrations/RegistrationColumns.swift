/// The columns of a registration list the tool understands.
public enum RegistrationField: String, Sendable, Hashable, CaseIterable {
    case name, direction, organization, region, email, phone

    /// The headers recognised for the field, in order of preference: when two
    /// columns could both be the name (`ФИО` and `Имя`), the one whose header
    /// comes first here wins. Compared ignoring case, white space, `ё`/`е`,
    /// quotation marks and a trailing `:` or `*`.
    public var headers: [String] {
        switch self {
        case .name: ["ФИО", "Фамилия Имя Отчество", "Ф.И.О.", "full name", "name", "Имя"]
        case .direction: ["Направление", "direction"]
        case .organization: ["Организация", "Учреждение", "organization", "organisation"]
        case .region: ["Регион", "Субъект РФ", "region"]
        case .email: ["E-mail", "Email", "Эл. почта", "Электронная почта"]
        case .phone: ["Телефон", "phone"]
        }
    }

    var displayName: LocalizedText {
        switch self {
        case .name: LocalizedText(en: "names", ru: "ФИО")
        case .direction: LocalizedText(en: "directions", ru: "направления")
        case .organization: LocalizedText(en: "organizations", ru: "организации")
        case .region: LocalizedText(en: "regions", ru: "региона")
        case .email: LocalizedText(en: "e-mail addresses", ru: "электронной почты")
        case .phone: LocalizedText(en: "phone numbers", ru: "телефона")
        }
    }
}

/// Which field of a record holds what: 0-based field indexes (the
/// spreadsheet column is the index + 1).
public struct RegistrationColumns: Sendable, Hashable {
    public var name: Int
    public var direction: Int
    public var organization: Int?
    public var region: Int?
    public var email: Int?
    public var phone: Int?

    public init(name: Int, direction: Int, organization: Int? = nil, region: Int? = nil,
                email: Int? = nil, phone: Int? = nil) {
        self.name = name
        self.direction = direction
        self.organization = organization
        self.region = region
        self.email = email
        self.phone = phone
    }

    /// Recognises the columns of a header row; a header that is no known
    /// field is ignored. Fails with a `roster-columns` diagnostic when there
    /// is no name or no direction column.
    public static func recognize(_ header: CSVRecord) -> Result<RegistrationColumns, Diagnostic> {
        var found: [RegistrationField: (index: Int, rank: Int)] = [:]
        for (index, text) in header.fields.enumerated() {
            let folded = TextFolding.foldHeader(text)
            guard let (field, rank) = headerLookup[folded] else { continue }
            if let previous = found[field], previous.rank <= rank { continue }
            found[field] = (index, rank)
        }
        let missing = [RegistrationField.name, .direction].filter { found[$0] == nil }
        guard let name = found[.name]?.index, let direction = found[.direction]?.index else {
            return .failure(missingColumns(missing, header: header))
        }
        return .success(RegistrationColumns(
            name: name, direction: direction, organization: found[.organization]?.index,
            region: found[.region]?.index, email: found[.email]?.index, phone: found[.phone]?.index))
    }

    private static let headerLookup: [String: (RegistrationField, Int)] = {
        var lookup: [String: (RegistrationField, Int)] = [:]
        for field in RegistrationField.allCases {
            for (rank, header) in field.headers.enumerated() {
                lookup[TextFolding.foldHeader(header)] = (field, rank)
            }
        }
        return lookup
    }()

    private static func missingColumns(_ missing: [RegistrationField], header: CSVRecord) -> Diagnostic {
        let foundHeaders = header.fields
            .map(TextFolding.collapseWhitespace)
            .filter { !$0.isEmpty }
            .map { "«\($0)»" }
        let foundEN = foundHeaders.isEmpty ? "the first row is empty"
            : "the first row has " + foundHeaders.joined(separator: ", ")
        let foundRU = foundHeaders.isEmpty ? "первая строка пуста"
            : "в первой строке: " + foundHeaders.joined(separator: ", ")
        let needEN = missing.map { field in
            "a column of \(field.displayName.en) headed " + field.headers.map { "«\($0)»" }.joined(separator: " or ")
        }.joined(separator: " and ")
        let needRU = missing.map { field in
            "столбец \(field.displayName.ru) с заголовком " + field.headers.map { "«\($0)»" }.joined(separator: " или ")
        }.joined(separator: " и ")
        let whatEN = missing.map(\.displayName.en).joined(separator: " and ")
        let whatRU = missing.map(\.displayName.ru).joined(separator: " и ")
        return .error(.rosterColumns, LocalizedText(
            en: "the registration list has no column of \(whatEN) (\(foundEN)); the first row must be the header, with \(needEN)",
            ru: "в списке регистраций нет столбца \(whatRU) (\(foundRU)); первая строка должна быть заголовком, в ней нужен \(needRU)"),
            at: header.location(ofField: 0))
    }
}
