/// The columns of a registration list the tool understands.
enum RegistrationField: String, Sendable, Hashable, CaseIterable {
    case name, direction, organization, region, email, phone

    /// The headers recognised for the field, in order of preference: when two
    /// columns could both be the name (`ФИО` and `Имя`), the one whose header
    /// comes first here wins. Compared ignoring case, white space, `ё`/`е`,
    /// quotation marks and a trailing `:` or `*`.
    var headers: [String] {
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
struct RegistrationColumns: Sendable, Hashable {
    /// The column of the full name, or of the surname when the name is split.
    var name: Int
    /// When the list has separate columns for the surname, first name and
    /// patronymic (a common export), all of them in that order; else empty.
    var nameParts: [Int] = []
    var direction: Int
    var organization: Int?
    var region: Int?
    var email: Int?
    var phone: Int?

    init(name: Int, direction: Int, organization: Int? = nil, region: Int? = nil,
                email: Int? = nil, phone: Int? = nil) {
        self.name = name
        self.direction = direction
        self.organization = organization
        self.region = region
        self.email = email
        self.phone = phone
    }

    /// The details the list has columns for, of organization, region, e-mail and phone, in that order.
    var detailFields: [RegistrationField] {
        [(RegistrationField.organization, organization), (.region, region), (.email, email), (.phone, phone)]
            .filter { $0.1 != nil }.map(\.0)
    }

    /// The person's full name in a record: the name column, or the surname,
    /// first name and patronymic columns joined.
    func fullName(in record: CSVRecord) -> String {
        guard !nameParts.isEmpty else { return record[field: name] }
        return nameParts.map { record[field: $0] }.joined(separator: " ")
    }

    /// Recognises the columns of a header row; a header that is no known
    /// field is ignored. A header that only contains a known word
    /// («ФИО участника», «Выберите направление») is taken when no column has
    /// the exact header. Fails with a `roster-columns` diagnostic when there
    /// is no name or no direction column.
    static func recognize(_ header: CSVRecord) -> Result<RegistrationColumns, Diagnostic> {
        var found: [RegistrationField: (index: Int, rank: Int)] = [:]
        var parts: [NamePart: Int] = [:]
        for (index, text) in header.fields.enumerated() {
            let folded = TextFolding.foldHeader(text)
            if let part = namePartLookup[folded], parts[part] == nil { parts[part] = index }
            let match = headerLookup[folded] ?? containedHeader(folded)
            guard let (field, rank) = match else { continue }
            if let previous = found[field], previous.rank <= rank { continue }
            found[field] = (index, rank)
        }
        // Фамилия / Имя / Отчество in columns of their own: never take «Имя» alone for the full name.
        var nameParts: [Int] = []
        if let surname = parts[.surname], let firstName = parts[.firstName],
           (found[.name]?.rank ?? Int.max) >= firstNameRank {
            nameParts = [surname, firstName] + [parts[.patronymic]].compactMap { $0 }
            found[.name] = (surname, 0)
        }
        // One cell naming both («ФИО и направления участников») is a title, not the two columns.
        if let name = found[.name], name.index == found[.direction]?.index {
            found[name.rank <= (found[.direction]?.rank ?? Int.max) ? .direction : .name] = nil
        }
        let missing = [RegistrationField.name, .direction].filter { found[$0] == nil }
        guard let name = found[.name]?.index, let direction = found[.direction]?.index else {
            return .failure(missingColumns(missing, header: header))
        }
        var columns = RegistrationColumns(
            name: name, direction: direction, organization: found[.organization]?.index,
            region: found[.region]?.index, email: found[.email]?.index, phone: found[.phone]?.index)
        columns.nameParts = nameParts
        return .success(columns)
    }

    private enum NamePart { case surname, firstName, patronymic }

    private static let namePartLookup: [String: NamePart] = {
        var lookup: [String: NamePart] = [:]
        for header in ["Фамилия", "surname", "last name", "family name"] { lookup[TextFolding.foldHeader(header)] = .surname }
        for header in ["Имя", "first name", "given name"] { lookup[TextFolding.foldHeader(header)] = .firstName }
        for header in ["Отчество", "patronymic", "middle name"] { lookup[TextFolding.foldHeader(header)] = .patronymic }
        return lookup
    }()

    /// The rank of «Имя» among the name headers: anything ranked there or after is not a full name.
    private static let firstNameRank = RegistrationField.name.headers.firstIndex(of: "Имя") ?? Int.max

    /// A field whose key word the header contains, ranked after every exact header.
    private static func containedHeader(_ folded: String) -> (RegistrationField, Int)? {
        // «Адрес электронной почты» (Google Forms), «Место работы», «Субъект Российской Федерации»;
        // «Почта участника»; not «почт» alone: «Почтовый адрес» is no e-mail. The header is folded without spaces.
        let words: [(String, RegistrationField)] = [
            ("фио", .name), ("направлен", .direction), ("direction", .direction),
            ("организац", .organization), ("месторабот", .organization), ("регион", .region), ("субъект", .region),
            ("e-mail", .email), ("email", .email), ("электронн", .email), ("почта", .email), ("телефон", .phone), ("phone", .phone),
        ]
        guard let (_, field) = words.first(where: { folded.contains($0.0) }) else { return nil }
        return (field, 100)
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
            en: "the registration list has no column of \(whatEN) (\(foundEN)); the header, the first row or one of the first \(RegistrationList.headerRowsSearched) under a title, must have \(needEN)",
            ru: "в списке регистраций нет столбца \(whatRU) (\(foundRU)); в строке заголовков (первой или одной из первых \(RegistrationList.headerRowsSearched) строк под названием списка) нужен \(needRU)"),
            at: header.location(ofField: 0))
    }
}
