/// Reading `places` and `team`, and checking that every place and direction
/// a slot or a direction names exists.
extension SessionBuilder {
    mutating func placeList(in fields: Fields) -> [Place] {
        guard let (elements, _) = array("places", in: fields) else { return [] }
        var places: [Place] = []
        var firstWithID: [String: Place] = [:]
        for (index, element) in elements.enumerated() {
            guard let place = place(element, number: index + 1) else { continue }
            if let first = firstWithID[place.id] {
                invalid(LocalizedText(
                    en: "places \(first.number) and \(place.number) both have the id \"\(place.id)\"; give each place its own id",
                    ru: "у мест \(first.number) и \(place.number) одинаковый идентификатор \"\(place.id)\"; у каждого места он должен быть свой"),
                    at: place.idLocation,
                    notes: [.init(LocalizedText(en: "place \(first.number) has it here", ru: "место \(first.number) — здесь"),
                                  at: first.idLocation)])
                continue
            }
            firstWithID[place.id] = place
            places.append(place)
        }
        return places
    }

    private mutating func place(_ value: JSONValue, number: Int) -> Place? {
        let what = LocalizedText(en: "place \(number)", ru: "место \(number)")
        guard let fields = object(value, what: what, keys: FormatKeys.place) else { return nil }
        let id = identifier("id", in: fields, what: LocalizedText(en: "place id", ru: "идентификатор места"),
                            example: "hall", required: true)
        let name = string("name", in: fields, required: true, nonEmpty: true)?.text
        let address = string("address", in: fields)?.text
        var link: String?
        if let (text, location) = string("link", in: fields) {
            if ValueParsing.isWebAddress(text) {
                link = text
            } else {
                invalid(LocalizedText(en: "\"\(text)\" is not a web address; write the room's link in full, starting with https://",
                                      ru: "\"\(text)\" — не адрес сайта; впишите ссылку на комнату полностью, начиная с https://"),
                        at: location)
            }
        }
        guard let id, let name else { return nil }
        return Place(number: number, id: id.text, name: name, address: address, link: link,
                     location: value.location, idLocation: id.location)
    }

    mutating func teamList(in fields: Fields) -> [TeamMember] {
        guard let (elements, _) = array("team", in: fields) else { return [] }
        var team: [TeamMember] = []
        for (index, element) in elements.enumerated() {
            let what = LocalizedText(en: "entry \(index + 1) of \"team\"", ru: "запись \(index + 1) в \"team\"")
            guard let entry = object(element, what: what, keys: FormatKeys.teamMember) else { continue }
            let name = person("name", in: entry, required: true)
            let duty = string("duty", in: entry, required: true, nonEmpty: true)?.text
            let contact = boolean("contact", in: entry) ?? false
            guard let name, let duty else { continue }
            team.append(TeamMember(name: name, duty: duty, contact: contact, location: element.location))
        }
        return team
    }

    /// A place id as a slot or a direction writes it; its existence is checked once everything is read.
    mutating func placeReference(_ key: String, in fields: Fields) -> (text: String, location: SourceLocation)? {
        identifier(key, in: fields, what: LocalizedText(en: "place id", ru: "идентификатор места"), example: "hall")
    }

    /// A `[a-z0-9-]+` identifier; nil (reported with a suggested spelling) otherwise.
    private mutating func identifier(_ key: String, in fields: Fields, what: LocalizedText, example: String,
                                     required: Bool = false) -> (text: String, location: SourceLocation)? {
        guard let (text, location) = string(key, in: fields, required: required) else { return nil }
        if ValueParsing.isValidID(text) { return (text, location) }
        let suggestion = ValueParsing.suggestedID(for: text) ?? example
        invalid(LocalizedText(en: "\(what.en) \"\(text)\" may contain only lowercase Latin letters, digits and \"-\", e.g. \"\(suggestion)\"",
                              ru: "\(what.ru) \"\(text)\" может содержать только строчные латинские буквы, цифры и \"-\", например \"\(suggestion)\""),
                at: location)
        return nil
    }

    /// Every place a slot or direction names, and every direction a slot names, must exist;
    /// the closest existing id is suggested.
    mutating func checkReferences(days: [Day], directions: [Direction], places: [Place]) {
        let placeIDs = places.map(\.id), directionIDs = directions.map(\.id)
        let knownPlaces = Set(placeIDs), knownDirections = Set(directionIDs)
        let place = LocalizedText(en: "place", ru: "места"), direction = LocalizedText(en: "direction", ru: "направления")
        for item in directions {
            if let id = item.place, let at = item.placeLocation, !knownPlaces.contains(id) {
                unknown(id, at: at, among: placeIDs, word: place, list: "places")
            }
        }
        for day in days {
            for slot in day.slots {
                if let id = slot.place, let at = slot.placeLocation, !knownPlaces.contains(id) {
                    unknown(id, at: at, among: placeIDs, word: place, list: "places")
                }
                for (id, at) in zip(slot.directions, slot.directionLocations) where !knownDirections.contains(id) {
                    unknown(id, at: at, among: directionIDs, word: direction, list: "directions")
                }
            }
        }
    }

    /// `word` is the English noun and the Russian genitive («места», «направления»).
    private mutating func unknown(_ id: String, at location: SourceLocation, among ids: [String],
                                  word: LocalizedText, list: String) {
        let hint: LocalizedText
        if let closest = EditDistance.closest(to: id, among: ids) {
            hint = LocalizedText(en: "did you mean \"\(closest)\"?", ru: "может быть, \"\(closest)\"?")
        } else if ids.isEmpty {
            hint = LocalizedText(en: "the session has no \"\(list)\" yet; add it there",
                                 ru: "в сессии ещё нет \"\(list)\"; добавьте его туда")
        } else {
            hint = LocalizedText(en: "known: \(ids.joined(separator: ", "))", ru: "есть: \(ids.joined(separator: ", "))")
        }
        invalid(LocalizedText(en: "there is no \(word.en) with the id \"\(id)\" in \"\(list)\"; \(hint.en)",
                              ru: "в \"\(list)\" нет \(word.ru) с идентификатором \"\(id)\"; \(hint.ru)"),
                at: location)
    }
}

extension ValueParsing {
    /// An `http`/`https` address without spaces or control characters (a calendar writes it as it stands).
    static func isWebAddress(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return (lowered.hasPrefix("http://") || lowered.hasPrefix("https://")) && text.count > 8
            && !text.contains(where: \.isWhitespace)
            && !text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }
}
