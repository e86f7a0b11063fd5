/// The members of one JSON object of the format, by key, after duplicate and
/// unknown keys have been reported. `what` names the object in messages.
struct Fields {
    let location: SourceLocation
    let what: LocalizedText
    /// The members used: the first of each known key. There are never more of them than the
    /// format has keys for the object (a dozen or so), so a key is found by looking through them,
    /// which costs less than hashing it, and no input can make that longer.
    private let members: [JSONMember]

    init(location: SourceLocation, what: LocalizedText, members: [JSONMember]) {
        self.location = location
        self.what = what
        self.members = members
    }

    /// Lengths first: `==` of two different keys takes Unicode's path even for ASCII, and most
    /// keys looked through differ in length from the one looked for.
    subscript(key: String) -> JSONMember? { members.first { $0.key.utf8.count == key.utf8.count && $0.key == key } }

    /// Whether the text is empty or only white space. A first byte that is a printing
    /// ASCII character or a Cyrillic lead (U+0400–U+047F) settles it without looking
    /// at `Character`s, which is every name of a real plan.
    static func isBlank(_ text: String) -> Bool {
        let settled = text.withUTF8Bytes { bytes in
            guard let first = bytes.first else { return false }
            return (0x21...0x7E).contains(first) || first == 0xD0 || first == 0xD1
        }
        return !settled && text.allSatisfy(\.isWhitespace)
    }
}

extension SessionBuilder {
    /// Reads `value` as an object of the format with the given keys. Reports a
    /// wrong type, every duplicate key (note at the first) and every unknown key
    /// (with the closest known one); the first of duplicates is the one used.
    mutating func object(_ value: JSONValue, what: LocalizedText, keys: [String]) -> Fields? {
        guard case .object(let members) = value.kind else {
            typeError(value, expected: .object, what: what)
            return nil
        }
        var kept: [JSONMember] = []
        kept.reserveCapacity(min(members.count, keys.count))
        for member in members {
            let length = member.key.utf8.count   // compared first, as in `Fields.subscript`
            if let first = kept.first(where: { $0.key.utf8.count == length && $0.key == member.key }) {
                report(.error(.duplicateKey,
                              LocalizedText(en: "\"\(member.key)\" is given twice in \(what.en); only the first is used",
                                            ru: "ключ \"\(member.key)\" указан дважды (\(what.ru)); учитывается только первый"),
                              at: member.keyLocation,
                              notes: [.init(LocalizedText(en: "first given here", ru: "впервые указан здесь"),
                                            at: first.keyLocation)]))
                continue
            }
            guard keys.contains(where: { $0.utf8.count == length && $0 == member.key }) else {
                let suggestion = EditDistance.closest(to: member.key, among: keys)
                let hint = suggestion.map {
                    LocalizedText(en: "; did you mean \"\($0)\"?", ru: "; может быть, имелось в виду \"\($0)\"?")
                } ?? LocalizedText(en: "; known keys: \(keys.joined(separator: ", "))",
                                   ru: "; допустимые ключи: \(keys.joined(separator: ", "))")
                report(.error(.unknownKey,
                              LocalizedText(en: "unknown key \"\(member.key)\" in \(what.en)\(hint.en)",
                                            ru: "неизвестный ключ \"\(member.key)\" (\(what.ru))\(hint.ru)"),
                              at: member.keyLocation))
                continue
            }
            kept.append(member)
        }
        return Fields(location: value.location, what: what, members: kept)
    }

    mutating func typeError(_ value: JSONValue, expected: ExpectedType, what: LocalizedText) {
        report(.error(.type,
                      LocalizedText(en: "\(what.en) must be \(expected.mustBe.en), not \(value.typeName.en)",
                                    ru: "\(what.ru): значение должно быть \(expected.mustBe.ru), а здесь \(value.typeName.ru)"),
                      at: value.location))
    }

    mutating func missing(_ key: String, in fields: Fields, hint: LocalizedText? = nil) {
        report(.error(.missingField,
                      LocalizedText(en: "\(fields.what.en) has no \"\(key)\", which is required\(hint.map { "; \($0.en)" } ?? "")",
                                    ru: "\(fields.what.ru): нет обязательного ключа \"\(key)\"\(hint.map { "; \($0.ru)" } ?? "")"),
                      at: fields.location))
    }

    mutating func invalid(_ message: LocalizedText, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        report(.error(.invalidValue, message, at: location, notes: notes))
    }

    /// A string value; nil (reported) when absent but required, or of another type.
    /// `nonEmpty` reports an empty or blank string as an invalid value.
    mutating func string(_ key: String, in fields: Fields, required: Bool = false,
                         nonEmpty: Bool = false) -> (text: String, location: SourceLocation)? {
        guard let member = fields[key] else {
            if required { missing(key, in: fields) }
            return nil
        }
        guard case .string(let text) = member.value.kind else {
            typeError(member.value, expected: .string, what: label(key, in: fields))
            return nil
        }
        if nonEmpty, Fields.isBlank(text) {
            invalid(LocalizedText(en: "\"\(key)\" of \(fields.what.en) is empty; write what it is",
                                  ru: "пустое значение \"\(key)\" (\(fields.what.ru)); впишите текст"),
                    at: member.value.location)
            return nil
        }
        return (text, member.value.location)
    }

    mutating func boolean(_ key: String, in fields: Fields) -> Bool? {
        guard let member = fields[key] else { return nil }
        guard case .bool(let value) = member.value.kind else {
            typeError(member.value, expected: .boolean, what: label(key, in: fields))
            return nil
        }
        return value
    }

    mutating func integer(_ key: String, in fields: Fields, required: Bool = false) -> (value: Int, location: SourceLocation)? {
        guard let member = fields[key] else {
            if required { missing(key, in: fields) }
            return nil
        }
        guard case .number(let number) = member.value.kind else {
            typeError(member.value, expected: .integer, what: label(key, in: fields))
            return nil
        }
        guard let value = number.integer else {
            invalid(LocalizedText(en: "\"\(key)\" of \(fields.what.en) must be a whole number, not \(number.text.prefix(40))",
                                  ru: "\"\(key)\" (\(fields.what.ru)) должно быть целым числом, а не \(number.text.prefix(40))"),
                    at: member.value.location)
            return nil
        }
        return (value, member.value.location)
    }

    /// The elements of an array value; nil (reported) when of another type.
    mutating func array(_ key: String, in fields: Fields, required: Bool = false) -> (elements: [JSONValue], location: SourceLocation)? {
        guard let member = fields[key] else {
            if required { missing(key, in: fields) }
            return nil
        }
        guard case .array(let elements) = member.value.kind else {
            typeError(member.value, expected: .array, what: label(key, in: fields))
            return nil
        }
        return (elements, member.value.location)
    }

    /// An array of strings, each non-empty.
    mutating func strings(_ key: String, in fields: Fields) -> [(text: String, location: SourceLocation)] {
        elements(key, in: fields) { ($0, $1) }
    }

    /// `make` applied to each element of the array at `key` that is a non-empty string, with
    /// its place; any other element is reported and skipped.
    private mutating func elements<Element>(_ key: String, in fields: Fields,
                                            _ make: (String, SourceLocation) -> Element) -> [Element] {
        guard let (elements, _) = array(key, in: fields) else { return [] }
        var result: [Element] = []
        result.reserveCapacity(elements.count)
        for element in elements {
            guard case .string(let text) = element.kind else {
                typeError(element, expected: .string, what: label(key, in: fields))
                continue
            }
            if Fields.isBlank(text) {
                invalid(LocalizedText(en: "an entry of \"\(key)\" in \(fields.what.en) is empty",
                                      ru: "пустой элемент в \"\(key)\" (\(fields.what.ru))"),
                        at: element.location)
                continue
            }
            result.append(make(text, element.location))
        }
        return result
    }

    /// A person reference: a non-empty name.
    mutating func person(_ key: String, in fields: Fields, required: Bool = false) -> PersonReference? {
        guard let (text, location) = string(key, in: fields, required: required) else { return nil }
        guard !Fields.isBlank(text) else {
            invalid(LocalizedText(en: "\"\(key)\" of \(fields.what.en) is empty; write the person's full name",
                                  ru: "пустое значение \"\(key)\" (\(fields.what.ru)); впишите ФИО"),
                    at: location)
            return nil
        }
        return PersonReference(name: text, location: location)
    }

    /// An array of person references, made as the elements are read (no list of strings first).
    mutating func people(_ key: String, in fields: Fields) -> [PersonReference] {
        elements(key, in: fields) { PersonReference(name: $0, location: $1) }
    }

    /// `"title" of day 2` / «"title" (день 2)».
    func label(_ key: String, in fields: Fields) -> LocalizedText {
        // No brackets in the Russian: messages put the label in brackets themselves.
        LocalizedText(en: "\"\(key)\" of \(fields.what.en)", ru: "\"\(key)\", \(fields.what.ru)")
    }
}
