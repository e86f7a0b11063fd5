/// Reading what makes one published version of a session tell itself from
/// another: the slots' `id`s, the session's `revision` and `updated`.
extension SessionBuilder {
    /// `revision` (a whole number ≥ 0, default 0) and `updated` (a date-time).
    mutating func versionFields(in fields: Fields) -> (revision: Int, updated: LocalDateTime?) {
        var revision = 0
        if let (value, location) = integer("revision", in: fields) {
            if value >= 0 {
                revision = value
            } else {
                invalid(LocalizedText(en: "\"revision\" must be 0 or more, not \(value); raise it by one each time you publish a changed program",
                                      ru: "\"revision\" должно быть не меньше 0, а не \(value); увеличивайте его на 1 при каждой публикации изменённой программы"),
                        at: location)
            }
        }
        return (revision, dateTime("updated", in: fields)?.dateTime)
    }

    /// A slot's `id`: `[a-z0-9-]+`, a suggestion otherwise.
    mutating func slotID(in fields: Fields) -> (text: String, location: SourceLocation)? {
        guard let (text, location) = string("id", in: fields) else { return nil }
        if ValueParsing.isValidID(text) { return (text, location) }
        let hint = ValueParsing.suggestedID(for: text).map {
            LocalizedText(en: ", e.g. \"\($0)\"", ru: ", например \"\($0)\"")
        } ?? LocalizedText(en: ", e.g. \"opening\"", ru: ", например \"opening\"")
        invalid(LocalizedText(en: "slot id \"\(text)\" may contain only lowercase Latin letters, digits and \"-\"\(hint.en)",
                              ru: "идентификатор пункта программы \"\(text)\" может содержать только строчные латинские буквы, цифры и \"-\"\(hint.ru)"),
                at: location)
        return nil
    }

    /// Two slots with one `id`: the second is an error with a note at the first
    /// (the id is the slot's identity in calendars and change notices).
    mutating func reportRepeatedSlotIDs(in days: [Day]) {
        var first: [String: (day: Int, slot: Int, location: SourceLocation)] = [:]
        for day in days {
            for slot in day.slots {
                guard let id = slot.id, let location = slot.idLocation else { continue }
                guard let earlier = first[id] else {
                    first[id] = (day.number, slot.number, location)
                    continue
                }
                invalid(LocalizedText(
                    en: "slot \(slot.number) of day \(day.number) has the id \"\(id)\" of slot \(earlier.slot) of day \(earlier.day); give each slot its own id",
                    ru: "у пункта \(slot.number) дня \(day.number) тот же идентификатор \"\(id)\", что у пункта \(earlier.slot) дня \(earlier.day); у каждого пункта он должен быть свой"),
                    at: location,
                    notes: [.init(LocalizedText(en: "first used here", ru: "впервые — здесь"), at: earlier.location)])
            }
        }
    }
}
