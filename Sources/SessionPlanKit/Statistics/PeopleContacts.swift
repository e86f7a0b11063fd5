/// What `stats` says about people beyond head counts: who has neither an
/// e-mail nor a phone in `people` (no way to send them the links), and, with
/// a registration list, who registered and is not yet in any group.
struct PeopleContacts: Sendable {
    /// Everyone with a role in the session (as `SessionStatistics.everyone` counts them):
    /// someone only in `people` is sent no link.
    let everyone: Int
    /// Those without an e-mail and a phone, in order of first mention.
    let withoutContacts: [String]
    /// Registrants in no group and with no role (nil without a list).
    let notInGroup: [String]?

    /// At most this many names are listed; the count says the rest.
    static let listed = 10

    init(_ session: Session, registrants: [Registrant]? = nil) {
        let people = session.personIndex.entries.filter { !$0.assignments.isEmpty }
        everyone = people.count
        withoutContacts = people.filter { person in
            (person.details?.email ?? "").isEmpty && (person.details?.phone ?? "").isEmpty
        }.map(\.name)
        notInGroup = registrants.map { list in
            let index = session.personIndex
            // Leaders and people of groups are placed; a speaker or someone only in `people` is not.
            return list.filter { registrant in
                !(index[PersonKey(registrant.name)]?.assignments.contains { $0.directionNumber != nil } ?? false)
            }.map(\.name)
        }
    }

    func render(in language: Language) -> String {
        func names(_ list: [String]) -> String {
            var line = list.prefix(Self.listed).joined(separator: ", ")
            if list.count > Self.listed {
                let more = list.count - Self.listed
                line += LocalizedText(en: " and \(more) more", ru: " и ещё \(more)").text(in: language)
            }
            return line
        }
        var out = LocalizedText(en: "Contacts", ru: "Контакты").text(in: language) + "\n"
        if withoutContacts.isEmpty {
            out += "  " + LocalizedText(en: "Everyone has an e-mail or a phone.", ru: "У всех есть e-mail или телефон.").text(in: language) + "\n"
        } else {
            let count = withoutContacts.count
            out += "  " + LocalizedText(en: "Without an e-mail and a phone: \(count) of \(everyone): \(names(withoutContacts)).",
                                        ru: "Без e-mail и телефона: \(count) из \(everyone) — \(names(withoutContacts)).").text(in: language) + "\n"
        }
        if let notInGroup {
            if notInGroup.isEmpty {
                out += "  " + LocalizedText(en: "Every registrant is in a group.", ru: "Все зарегистрированные уже в группах.").text(in: language) + "\n"
            } else {
                let count = Plural.count(notInGroup.count, en: ("registrant", "registrants"), ru: ("человек", "человека", "человек"))
                out += "  " + LocalizedText(
                    en: "Registered but not yet in a group: \(count.en): \(names(notInGroup)); form the groups: sessionplan groups",
                    ru: "Зарегистрированы, но ещё не в группе: \(count.ru) — \(names(notInGroup)); сформируйте группы: sessionplan groups"
                ).text(in: language) + "\n"
            }
        }
        return out
    }
}
