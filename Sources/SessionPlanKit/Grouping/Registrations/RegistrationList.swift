/// A registration list read from a spreadsheet's CSV export: one registrant a
/// row under a header row.
struct RegistrationList: Sendable, Hashable {
    var encoding: TextEncoding
    var separator: CSVSeparator
    var columns: RegistrationColumns
    /// The people, in file order: rows without a name and repeated names left out.
    var registrants: [Registrant]
    /// Problems with single rows (`roster-name`, `roster-duplicate`), in file order.
    var diagnostics: [Diagnostic]
    /// Names the list wrote in capitals or without any, and how they are written now (`TextFolding.nameCase`).
    var recased: [RecasedName] = []

    struct RecasedName: Sendable, Hashable {
        let written: String
        let name: String
    }

    init(encoding: TextEncoding, separator: CSVSeparator, columns: RegistrationColumns,
                registrants: [Registrant], diagnostics: [Diagnostic]) {
        self.encoding = encoding
        self.separator = separator
        self.columns = columns
        self.registrants = registrants
        self.diagnostics = diagnostics
    }

    /// Reads a registration list from a file's bytes. Fails with one diagnostic
    /// when the file cannot be used at all: not text (`roster-encoding`), a
    /// quotation mark never closed (`roster-syntax`), no name or direction
    /// column (`roster-columns`). Problems with single rows are in `diagnostics`.
    static func read(_ bytes: [UInt8]) -> Result<RegistrationList, Diagnostic> {
        TextDecoding.decode(bytes).flatMap { read($0) }
    }

    /// Reads a registration list from decoded text.
    static func read(_ decoded: DecodedText) -> Result<RegistrationList, Diagnostic> {
        CSVReader.read(decoded.text, baseOffset: decoded.byteOrderMarkLength).flatMap { table in
            read(table, encoding: decoded.encoding)
        }
    }

    /// Reads a registration list from CSV records under a header: the first row, or the first of the
    /// first `headerRowsSearched` with a name and a direction column (a list saved with its title above
    /// the table). Without one, the first row's diagnostic.
    static func read(_ table: CSVTable, encoding: TextEncoding) -> Result<RegistrationList, Diagnostic> {
        guard let first = table.records.first else {
            return .failure(.error(.rosterColumns, LocalizedText(
                en: "the registration list is empty; its first row must be the header, for example «ФИО;Направление;Организация;Регион;E-mail»",
                ru: "список регистраций пуст; первой строкой должен идти заголовок, например «ФИО;Направление;Организация;Регион;E-mail»"),
                at: SourceLocation(line: 1, column: 1, offset: 0)))
        }
        // The first row's answer is the one reported when no row is a header.
        var recognized = RegistrationColumns.recognize(first), position = 0
        for (index, record) in table.records.prefix(headerRowsSearched).enumerated().dropFirst() {
            guard case .failure = recognized else { break }
            let candidate = RegistrationColumns.recognize(record)
            if case .success = candidate { (recognized, position) = (candidate, index) }
        }
        return recognized.map { columns in
            var registrants: [Registrant] = []
            var diagnostics: [Diagnostic] = []
            var firstByName: [String: Registrant] = [:]
            var recased: [RecasedName] = []
            for record in table.records.dropFirst(position + 1) where !record.isBlank {
                let written = TextFolding.normalizedName(columns.fullName(in: record))
                let name = TextFolding.normalizedName(TextFolding.nameCase(written))
                if name != written { recased.append(RecasedName(written: written, name: name)) }
                if name.isEmpty {
                    diagnostics.append(.error(.rosterName, LocalizedText(
                        en: "this row has no name; fill in the person's full name or delete the row",
                        ru: "в этой строке не указаны ФИО; впишите фамилию, имя и отчество или удалите строку"),
                        at: record.location(ofField: columns.name)))
                    continue
                }
                func optional(_ index: Int?) -> String? {
                    guard let index else { return nil }
                    let value = TextFolding.collapseWhitespace(record[field: index])
                    return value.isEmpty ? nil : value
                }
                let registrant = Registrant(
                    row: record.row, name: name,
                    direction: TextFolding.collapseWhitespace(record[field: columns.direction]),
                    organization: optional(columns.organization), region: optional(columns.region),
                    email: optional(columns.email), phone: optional(columns.phone),
                    nameLocation: record.location(ofField: columns.name),
                    directionLocation: record.location(ofField: columns.direction))
                // One person registered twice, however the name was typed the second time.
                let folded = FoldedNames.foldSlowly(PersonKey(name).identity)
                if let first = firstByName[folded] {
                    let both = first.name == name ? Quotes.guillemets(name)
                        : "\(Quotes.guillemets(first.name)) / \(Quotes.guillemets(name))"
                    diagnostics.append(.error(.rosterDuplicate, LocalizedText(
                        en: "\(both) is registered twice (rows \(first.row) and \(registrant.row)); a person takes part in one group only, so delete one of the rows",
                        ru: "\(both) встречается в списке дважды (строки \(first.row) и \(registrant.row)); человек может участвовать только в одной группе — удалите одну из строк"),
                        at: registrant.nameLocation,
                        notes: [Diagnostic.Note(LocalizedText(
                            en: "the first registration of \(Quotes.guillemets(name)) is here",
                            ru: "первая регистрация \(Quotes.guillemets(name)) здесь"), at: first.nameLocation)]))
                    continue
                }
                firstByName[folded] = registrant
                registrants.append(registrant)
            }
            var list = RegistrationList(encoding: encoding, separator: table.separator, columns: columns,
                                        registrants: registrants, diagnostics: diagnostics)
            list.recased = recased
            return list
        }
    }

    /// Rows looked at for the header: a title, a blank row and a note above the table fit, and a list
    /// with no header at all is not searched to its end.
    static let headerRowsSearched = 10

    /// The list with a recased name written back as the list wrote it where the session already has
    /// the person so («ИВАНОВА МАРИЯ ПЕТРОВНА» placed by an earlier run): what the file holds is not changed.
    func keepingSpellings(of session: Session) -> RegistrationList {
        guard !recased.isEmpty else { return self }
        let index = session.personIndex
        let kept = Dictionary(recased.filter { index[PersonKey($0.written)] != nil }.map { ($0.name, $0.written) },
                              uniquingKeysWith: { first, _ in first })
        guard !kept.isEmpty else { return self }
        var list = self
        for position in list.registrants.indices {
            if let written = kept[list.registrants[position].name] { list.registrants[position].name = written }
        }
        list.recased.removeAll { kept[$0.name] != nil }
        return list
    }

    /// Sorts the registrants by direction. `byDirection[i]` holds, in file
    /// order, the registrants of `matcher.directions[i]`; a row whose direction
    /// matches none is left out and reported (`roster-direction`).
    /// An unknown direction typed on many rows is one error, at its first cell, with a note at the
    /// second naming the other rows: the organizer corrects one value, not fifty.
    func sortedByDirection(_ matcher: DirectionMatcher) -> (byDirection: [[Registrant]], diagnostics: [Diagnostic]) {
        // A session with no direction yet (a program just imported): one error saying so, not one per direction.
        if matcher.directions.isEmpty, let first = registrants.first {
            var named: [String] = [], seen: Set<String> = []
            for registrant in registrants where !registrant.direction.isEmpty && seen.insert(TextFolding.fold(registrant.direction)).inserted {
                named.append(Quotes.guillemets(registrant.direction))
                if named.count == Self.rowsNamed { break }
            }
            let list = named.joined(separator: ", ")
            return ([], [.error(.rosterDirection, LocalizedText(
                en: "the session has no directions yet; add them to \"directions\" (the list names \(list)), then run groups again",
                ru: "в сессии ещё нет направлений; добавьте их в \"directions\" (в списке указаны: \(list)) и запустите groups снова"),
                at: first.directionLocation)])
        }
        var byDirection = [[Registrant]](repeating: [], count: matcher.directions.count)
        var cache: [String: Result<Int, Diagnostic>] = [:]
        // Per unknown direction (folded, so «Театры» and «театры» are one), in order of first appearance.
        var unknown: [(diagnostic: Diagnostic, rows: [Registrant])] = []
        var unknownIndex: [String: Int] = [:]
        for registrant in registrants {
            let result: Result<Int, Diagnostic>
            if let cached = cache[registrant.direction] {
                result = cached
            } else {
                result = matcher.match(registrant.direction, at: nil)
                cache[registrant.direction] = result
            }
            switch result {
            case .success(let index):
                byDirection[index].append(registrant)
            case .failure(let diagnostic):
                let folded = TextFolding.fold(registrant.direction)
                if let index = unknownIndex[folded] {
                    unknown[index].rows.append(registrant)
                } else {
                    unknownIndex[folded] = unknown.count
                    unknown.append((diagnostic, [registrant]))
                }
            }
        }
        let diagnostics = unknown.compactMap { entry -> Diagnostic? in
            guard let first = entry.rows.first else { return nil }
            let diagnostic = entry.diagnostic
            return Diagnostic(diagnostic.severity, diagnostic.code, diagnostic.message, at: first.directionLocation,
                              notes: diagnostic.notes + Self.sameDirectionNote(entry.rows.dropFirst()))
        }
        return (byDirection, diagnostics)
    }

    /// Rows listed in the note, beyond which «…» stands for the rest.
    private static let rowsNamed = 10

    /// «то же направление ещё в 2 строках: 4, 6», at the first of `others`; none when there are none.
    private static func sameDirectionNote(_ others: ArraySlice<Registrant>) -> [Diagnostic.Note] {
        guard let second = others.first else { return [] }
        var rows = others.prefix(rowsNamed).map { String($0.row) }.joined(separator: ", ")
        if others.count > rowsNamed { rows += ", …" }
        let count = others.count
        return [Diagnostic.Note(LocalizedText(
            en: "the same direction in \(count) more \(Plural.english(count, one: "row", other: "rows")): \(rows)",
            ru: "то же направление ещё в \(count) \(Plural.russian(count, one: "строке", few: "строках", many: "строках")): \(rows)"),
            at: second.directionLocation)]
    }
}
