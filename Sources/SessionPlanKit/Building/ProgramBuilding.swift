extension SessionBuilder {
    mutating func dayList(in fields: Fields) -> [Day] {
        guard let (elements, location) = array("days", in: fields, required: true) else { return [] }
        if elements.isEmpty {
            invalid(LocalizedText(en: "the session has no days; add at least one day with its program",
                                  ru: "в сессии нет ни одного дня; добавьте хотя бы один день с программой"),
                    at: location)
        }
        var days: [Day] = []
        days.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            if let day = day(element, number: index + 1) { days.append(day) }
        }
        reportRepeatedSlotIDs(in: days)
        return days
    }

    private mutating func day(_ value: JSONValue, number: Int) -> Day? {
        let what = LocalizedText(en: "day \(number)", ru: "день \(number)")
        guard let fields = object(value, what: what, keys: FormatKeys.day) else { return nil }
        let date = self.date("date", in: fields, required: true)
        let title = string("title", in: fields)?.text
        let hours = fields["hours"].flatMap {
            hoursObject($0.value, what: LocalizedText(en: "the hours of day \(number)", ru: "часы дня \(number)"))
        }
        var slots: [Slot] = []
        if let (elements, _) = array("slots", in: fields, required: true) {
            slots.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() {
                if let slot = slot(element, number: index + 1, day: number) { slots.append(slot) }
            }
        }
        guard let date else { return nil }
        return Day(number: number, date: date.date, title: title, hours: hours, slots: slots,
                   location: value.location, dateLocation: date.location)
    }

    private mutating func slot(_ value: JSONValue, number: Int, day: Int) -> Slot? {
        let what = LocalizedText(en: "slot \(number) of day \(day)", ru: "день \(day), пункт программы \(number)")
        guard let fields = object(value, what: what, keys: FormatKeys.slot) else { return nil }
        let start = time("start", in: fields, required: true)
        let end = time("end", in: fields, required: true)
        let title = string("title", in: fields, required: true, nonEmpty: true)?.text
        var kind = SlotKind.other
        if let (text, location) = string("kind", in: fields) {
            kind = choice(text, at: location, as: SlotKind.self,
                          what: LocalizedText(en: "a slot kind", ru: "вид пункта программы"), meaning: SlotWords.kindNamed) ?? .other
        }
        let speakers = people("speakers", in: fields)
        let audience = fields["audience"] == nil ? nil : roles("audience", in: fields)
        let optional = roles("optional", in: fields)
        let closed = boolean("closed", in: fields) ?? false
        let notes = string("notes", in: fields)?.text
        let id = slotID(in: fields)
        let place = placeReference("place", in: fields)
        let directions = strings("directions", in: fields)
        let moderators = people("moderators", in: fields)
        guard let start, let end, let title else { return nil }
        return Slot(number: number, id: id?.text, idLocation: id?.location, start: start.time, end: end.time, title: title, kind: kind, speakers: speakers,
                    audience: audience, optional: optional, closed: closed, notes: notes,
                    location: value.location, startLocation: start.location, endLocation: end.location,
                    place: place?.text, placeLocation: place?.location, directions: directions.map(\.text),
                    directionLocations: directions.map(\.location), moderators: moderators)
    }

    private mutating func roles(_ key: String, in fields: Fields) -> [Role] {
        strings(key, in: fields).compactMap {
            choice($0.text, at: $0.location, as: Role.self, what: LocalizedText(en: "a role", ru: "роль"))
        }
    }
}
