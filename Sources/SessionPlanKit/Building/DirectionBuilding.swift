extension SessionBuilder {
    mutating func directionList(in fields: Fields) -> [Direction] {
        guard let (elements, _) = array("directions", in: fields) else { return [] }
        var directions: [Direction] = []
        directions.reserveCapacity(elements.count)
        var firstWithID: [String: Direction] = [:]
        for (index, element) in elements.enumerated() {
            let built: Direction?
            // Taken out as it is used: its findings are the builder's from here on.
            if let ahead = directionsAhead.removeValue(forKey: element.location.offset), ahead.number == index + 1 {
                // Built while the file was read: the same direction, its findings reported here, in order.
                for diagnostic in ahead.diagnostics { report(diagnostic) }
                built = ahead.direction
            } else {
                built = direction(element, number: index + 1)
            }
            guard let direction = built else { continue }
            if let first = firstWithID[direction.id] {
                // The id names the direction on the command line (`--direction`), so it must name one.
                invalid(LocalizedText(
                    en: "directions \(first.number) and \(direction.number) both have the id \"\(direction.id)\"; give each direction its own id",
                    ru: "у направлений \(first.number) и \(direction.number) одинаковый идентификатор \"\(direction.id)\"; у каждого направления он должен быть свой"),
                    at: direction.idLocation,
                    notes: [.init(LocalizedText(en: "direction \(first.number) has it here", ru: "направление \(first.number) — здесь"),
                                  at: first.idLocation)])
                continue
            }
            firstWithID[direction.id] = direction
            directions.append(direction)
        }
        return directions
    }

    /// Direction `number` built from its element alone, as `directionList` builds it: nothing in a
    /// direction depends on the rest of the file (ids are compared, and places checked, afterwards).
    static func buildDirection(_ value: JSONValue, number: Int) -> BuiltDirection {
        var builder = SessionBuilder()
        let direction = builder.building(.directions) { $0.direction(value, number: number) }
        return BuiltDirection(number: number, direction: direction, diagnostics: builder.diagnostics)
    }

    private mutating func direction(_ value: JSONValue, number: Int) -> Direction? {
        let what = LocalizedText(en: "direction \(number)", ru: "направление \(number)")
        guard let fields = object(value, what: what, keys: FormatKeys.direction) else { return nil }
        var id: String?
        if let (text, location) = string("id", in: fields, required: true) {
            if ValueParsing.isValidID(text) {
                id = text
            } else {
                let hint = ValueParsing.suggestedID(for: text).map {
                    LocalizedText(en: ", e.g. \"\($0)\"", ru: ", например \"\($0)\"")
                } ?? LocalizedText(en: ", e.g. \"school\"", ru: ", например \"school\"")
                invalid(LocalizedText(en: "direction id \"\(text)\" may contain only lowercase Latin letters, digits and \"-\"\(hint.en)",
                                      ru: "идентификатор направления \"\(text)\" может содержать только строчные латинские буквы, цифры и \"-\"\(hint.ru)"),
                        at: location)
            }
        }
        let title = string("title", in: fields, required: true, nonEmpty: true)?.text
        let leaders = array("leaders", in: fields, required: true) != nil ? people("leaders", in: fields) : []
        var groups: [Group] = []
        if let (elements, _) = array("groups", in: fields) {
            groups.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() {
                if let group = group(element, number: index + 1, direction: number) { groups.append(group) }
            }
        }
        let place = placeReference("place", in: fields)
        guard let id, let title else { return nil }
        return Direction(number: number, id: id, title: title, leaders: leaders, groups: groups,
                         location: value.location, idLocation: fields["id"]?.value.location ?? value.location,
                         leadersLocation: fields["leaders"]?.value.location,
                         place: place?.text, placeLocation: place?.location)
    }

    private mutating func group(_ value: JSONValue, number: Int, direction: Int) -> Group? {
        let what = LocalizedText(en: "group \(number) of direction \(direction)",
                                 ru: "направление \(direction), группа \(number)")
        guard let fields = object(value, what: what, keys: FormatKeys.group) else { return nil }
        let name = string("name", in: fields, required: true, nonEmpty: true)
        var kind = GroupKind.participants
        if let (text, location) = string("kind", in: fields) {
            kind = choice(text, at: location, as: GroupKind.self,
                          what: LocalizedText(en: "a group kind", ru: "вид группы")) ?? .participants
        }
        let moderator = person("moderator", in: fields)
        let collector = person("collector", in: fields)
        let members = array("members", in: fields, required: true) != nil ? people("members", in: fields) : []
        let room = string("room", in: fields)?.text
        guard let name else { return nil }
        return Group(name: name.text, kind: kind, moderator: moderator, collector: collector, members: members,
                     room: room, location: value.location, nameLocation: name.location,
                     membersLocation: fields["members"]?.value.location)
    }
}

/// A direction built on its own from its element of `directions` (`SessionBuilder.buildDirection`):
/// its number, the direction (nil when the element cannot be one) and what building it reported.
struct BuiltDirection: Sendable {
    let number: Int
    let direction: Direction?
    let diagnostics: [Diagnostic]
}
