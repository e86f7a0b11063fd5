/// Registrants' organization, region, e-mail and phone written into the
/// session's `people`: an entry is added for a person the list has and
/// `people` has not, a missing detail is completed, and a value the
/// organizer wrote is never replaced; where the list says otherwise, that is
/// reported so the organizer can decide.
enum PeopleDetails {
    /// What writing the details gave.
    struct Result {
        var root: JSONValue
        var added = 0
        var completed = 0
        /// «Name»: the list's value and the file's, for each detail that disagrees.
        var disagreements: [LocalizedText] = []
    }

    /// The keys written, with how the report names them.
    private static func fields(of registrant: Registrant) -> [(key: String, value: String?, name: LocalizedText)] {
        [
            ("organization", registrant.organization, LocalizedText(en: "organization", ru: "организация")),
            ("region", registrant.region, LocalizedText(en: "region", ru: "регион")),
            ("email", registrant.email, LocalizedText(en: "e-mail", ru: "e-mail")),
            ("phone", registrant.phone, LocalizedText(en: "phone", ru: "телефон")),
        ]
    }

    static func write(_ registrants: [Registrant], into root: JSONValue) -> Result {
        var result = Result(root: root)
        guard case .object(var members) = root.kind else { return result }
        var entries: [JSONValue] = []
        let peopleIndex = members.firstIndex { $0.key == "people" }
        if let peopleIndex, case .array(let values) = members[peopleIndex].value.kind { entries = values }
        // The first entry of each person, by the session's identity of names.
        var entryOf: [PersonKey: Int] = [:]
        for (index, entry) in entries.enumerated() {
            if let name = string("name", in: entry), entryOf[PersonKey(name)] == nil { entryOf[PersonKey(name)] = index }
        }
        let before = entries.count
        for registrant in registrants {
            let details = fields(of: registrant).compactMap { field in field.value.map { (field.key, $0, field.name) } }
            guard !details.isEmpty else { continue }
            let key = PersonKey(registrant.name)
            guard let index = entryOf[key] else {
                entryOf[key] = entries.count
                entries.append(.object([("name", .string(registrant.name))] + details.map { ($0.0, .string($0.1)) }))
                continue
            }
            guard case .object(var entry) = entries[index].kind else { continue }
            var changed = false
            for (field, value, name) in details {
                if let existing = entry.first(where: { $0.key == field }) {
                    guard case .string(let written) = existing.value.kind else { continue }
                    if TextFolding.fold(written) != TextFolding.fold(value) {
                        result.disagreements.append(LocalizedText(
                            en: "\(registrant.name) (row \(registrant.row)): \(name.en) «\(value)» in the list, «\(written)» in the file; the file's value is kept",
                            ru: "\(registrant.name) (строка \(registrant.row)): \(name.ru) в списке — «\(value)», в файле — «\(written)»; оставлено значение из файла"))
                    }
                } else {
                    entry.append(JSONMember(key: field, keyLocation: JSONValue.built, value: .string(value)))
                    changed = true
                }
            }
            if changed {
                entries[index].kind = .object(entry)
                if index < before { result.completed += 1 }
            }
        }
        result.added = entries.count - before
        guard result.added > 0 || result.completed > 0 else { return result }
        if let peopleIndex {
            members[peopleIndex].value.kind = .array(entries)
        } else {
            // A new `people` goes before the program, where the format lists it.
            let member = JSONMember(key: "people", keyLocation: JSONValue.built, value: .array(entries))
            members.insert(member, at: members.firstIndex { $0.key == "days" } ?? members.count)
        }
        result.root.kind = .object(members)
        return result
    }

    private static func string(_ key: String, in value: JSONValue) -> String? {
        guard case .object(let members) = value.kind,
              let member = members.first(where: { $0.key == key }),
              case .string(let text) = member.value.kind else { return nil }
        return text
    }
}
