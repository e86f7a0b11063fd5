import Foundation

/// Builds the session model from a JSON tree, reporting every structural
/// problem it meets and going on after each, so one run shows them all.
struct SessionBuilder {
    private(set) var diagnostics: [Diagnostic] = []
    /// The part of the file being built, and the parts that had a structural error.
    private var part = SessionPart.header
    private(set) var broken: Set<SessionPart> = []
    /// Directions already built from their elements (`DirectionsAhead`), by the element's offset in the file.
    var directionsAhead: [Int: BuiltDirection] = [:]

    /// The session, or nil when a structural error leaves it unusable, with every finding.
    static func build(_ root: JSONValue) -> (session: Session?, diagnostics: [Diagnostic]) {
        let built = buildPartial(root)
        return (built.broken.isEmpty ? built.session : nil, built.diagnostics)
    }

    /// What could be built even with structural errors (nil only when the root
    /// is not an object), and the parts those errors leave incomplete: the
    /// rules that read only the other parts can still run on it.
    /// `directionsAhead`: directions built while the file was read; the result is the same as without them.
    static func buildPartial(_ root: JSONValue, directionsAhead: [Int: BuiltDirection] = [:])
        -> (session: Session?, diagnostics: [Diagnostic], broken: Set<SessionPart>) {
        var builder = SessionBuilder()
        builder.directionsAhead = directionsAhead
        let session = builder.session(root)
        var broken = builder.broken
        if session == nil || builder.diagnostics.hasStructuralError && broken.isEmpty { broken.insert(.header) }
        return (session, builder.diagnostics, broken)
    }

    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
        if diagnostic.severity == .error && diagnostic.code.isStructural { broken.insert(part) }
    }

    /// Builds one part of the file, noting errors in it as that part's.
    mutating func building<T>(_ part: SessionPart, _ body: (inout SessionBuilder) -> T) -> T {
        let outer = self.part
        self.part = part
        defer { self.part = outer }
        return body(&self)
    }

    private mutating func session(_ root: JSONValue) -> Session? {
        let what = LocalizedText(en: "the session", ru: "сессия")
        guard let fields = object(root, what: what, keys: FormatKeys.session) else { return nil }

        var version = 1
        if let member = fields["version"], case .number(let number) = member.value.kind {
            // Any number but 1 is a version this sessionplan does not know, however it is written.
            version = number.integer ?? 0
            if version != 1 {
                let shown = number.text.count > 12 ? number.text.prefix(12) + "…" : Substring(number.text)
                invalid(LocalizedText(en: "format version \(shown) is not supported; this sessionplan reads version 1: write \"version\": 1",
                                      ru: "версия формата \(shown) не поддерживается; sessionplan читает версию 1: укажите \"version\": 1"),
                        at: member.value.location)
                // Another version's file cannot be read by this one's rules at all.
                broken.formUnion(SessionPart.allCases)
            }
        } else {
            _ = integer("version", in: fields, required: true)   // reports a missing or non-number version
        }
        let title = string("title", in: fields, required: true, nonEmpty: true)?.text
        let subtitle = string("subtitle", in: fields)?.text
        var language = Language.ru
        if let (text, location) = string("language", in: fields) {
            language = choice(text, at: location, as: Language.self,
                              what: LocalizedText(en: "a supported language", ru: "поддерживаемый язык")) ?? .ru
        }
        let zone = timeZone("timezone", in: fields)
        let hours = building(.hours) { builder in
            fields["hours"].flatMap { builder.hoursObject($0.value, what: LocalizedText(en: "the session's hours", ru: "часы сессии")) }
        }
        let venue = string("venue", in: fields)?.text
        let host = building(.people) { $0.person("host", in: fields) }
        let architects = building(.people) { $0.people("architects", in: fields) }
        let organizers = strings("organizers", in: fields).map(\.text)
        let registration = building(.registration) { builder in fields["registration"].flatMap { builder.registrationObject($0.value) } }
        let notes = strings("notes", in: fields).map(\.text)
        let rules = building(.rules) { builder in fields["rules"].flatMap { builder.rulesObject($0.value) } } ?? Rules()
        let people = building(.people) { $0.peopleList(in: fields) }
        let days = building(.days) { $0.dayList(in: fields) }
        let directions = building(.directions) { $0.directionList(in: fields) }
        let versions = versionFields(in: fields)
        let places = building(.places) { $0.placeList(in: fields) }
        let team = building(.places) { $0.teamList(in: fields) }
        building(.places) { $0.checkReferences(days: days, directions: directions, places: places) }

        // Without a title or a zone the session cannot be printed, but the rules
        // that need neither still run on it (the header counts as broken).
        if title == nil || zone == nil { broken.insert(.header) }
        var session = Session(version: version, title: title ?? "", subtitle: subtitle, language: language,
                       timeZone: zone ?? TimeZone(secondsFromGMT: 0) ?? .current,
                       hours: hours, venue: venue, host: host, architects: architects, organizers: organizers,
                       registration: registration, notes: notes, rules: rules, people: people, days: days,
                       directions: directions, location: root.location, places: places, team: team)
        (session.revision, session.updated) = versions
        return session
    }

    mutating func hoursObject(_ value: JSONValue, what: LocalizedText) -> Hours? {
        guard let fields = object(value, what: what, keys: FormatKeys.hours) else { return nil }
        let start = time("start", in: fields, required: true)
        let end = time("end", in: fields, required: true)
        guard let start, let end else { return nil }
        if end.time <= start.time {
            invalid(LocalizedText(en: "the hours end (\(end.time)) no later than they start (\(start.time)); the end must come after the start",
                                  ru: "часы заканчиваются (\(end.time)) не позже, чем начинаются (\(start.time)); конец должен быть позже начала"),
                    at: end.location)
            return nil
        }
        return Hours(start: start.time, end: end.time, location: value.location)
    }

    private mutating func registrationObject(_ value: JSONValue) -> Registration? {
        let what = LocalizedText(en: "the registration", ru: "регистрация")
        guard let fields = object(value, what: what, keys: FormatKeys.registration) else { return nil }
        let platform = string("platform", in: fields)?.text
        var url: String?
        if let (text, location) = string("url", in: fields) {
            let lowered = text.lowercased()
            if (lowered.hasPrefix("http://") || lowered.hasPrefix("https://")) && text.count > 8
                && !text.contains(where: \.isWhitespace) {
                url = text
            } else {
                invalid(LocalizedText(en: "\"\(text)\" is not a web address; write it in full, starting with https://",
                                      ru: "\"\(text)\" — не адрес сайта; впишите его полностью, начиная с https://"),
                        at: location)
            }
        }
        let deadline = dateTime("deadline", in: fields)
        return Registration(platform: platform, url: url, deadline: deadline?.dateTime,
                            deadlineLocation: deadline?.location, location: value.location)
    }

    private mutating func rulesObject(_ value: JSONValue) -> Rules? {
        guard let fields = object(value, what: LocalizedText(en: "the rules", ru: "правила"), keys: FormatKeys.rules),
              let member = fields["groupSize"],
              let size = object(member.value, what: LocalizedText(en: "the group size", ru: "размер группы"),
                                keys: FormatKeys.groupSize) else { return nil }
        let low = integer("min", in: size)
        let high = integer("max", in: size)
        let minimum = low?.value ?? Rules.defaultGroupSize.lowerBound
        let maximum = high?.value ?? Rules.defaultGroupSize.upperBound
        if let low, minimum < 1 {
            invalid(LocalizedText(en: "a group needs at least 1 member, so \"min\" must be 1 or more, not \(minimum)",
                                  ru: "в группе должен быть хотя бы 1 участник: \"min\" должно быть не меньше 1, а не \(minimum)"),
                    at: low.location)
            return nil
        }
        if maximum < minimum {
            invalid(LocalizedText(en: "\"max\" (\(maximum)) is less than \"min\" (\(minimum))",
                                  ru: "\"max\" (\(maximum)) меньше, чем \"min\" (\(minimum))"),
                    at: high?.location ?? member.value.location)
            return nil
        }
        return Rules(groupSize: minimum...maximum, location: member.value.location)
    }

    private mutating func peopleList(in fields: Fields) -> [Person] {
        guard let (elements, _) = array("people", in: fields) else { return [] }
        var result: [Person] = []
        result.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            let what = LocalizedText(en: "entry \(index + 1) of \"people\"", ru: "запись \(index + 1) в \"people\"")
            guard let entry = object(element, what: what, keys: FormatKeys.person) else { continue }
            let name = person("name", in: entry, required: true)
            let position = string("position", in: entry)?.text
            let statement = string("statement", in: entry)?.text
            let email = string("email", in: entry)?.text
            let phone = string("phone", in: entry)?.text
            let organization = string("organization", in: entry)?.text
            let region = string("region", in: entry)?.text
            let zone = timeZone("timezone", in: entry, required: false)
            guard let name else { continue }
            result.append(Person(name: name, position: position, statement: statement, email: email, phone: phone,
                                 organization: organization, region: region, timezone: zone,
                                 location: element.location))
        }
        return result
    }
}
