/// People across the whole session: `multiple-groups`, `parallel-duty`, and a
/// name listed twice in `people` (`duplicate-person`).
///
/// All groups work at once during group work, so one person can hold only one
/// place in one group. This is checked whether or not the program has a
/// group-work slot yet: the plan is what the session will run on.
public struct PeopleRules: RuleFamily {
    public init() {}

    public func check(_ session: Session, into findings: inout [Diagnostic]) {
        checkPeopleList(session, into: &findings)
        checkGroupRoles(session, into: &findings)
    }

    private func checkPeopleList(_ session: Session, into findings: inout [Diagnostic]) {
        var first: [PersonKey: PersonReference] = [:]
        for person in session.people {
            guard let earlier = first[person.name.key] else {
                first[person.name.key] = person.name
                continue
            }
            findings.append(.error(.duplicatePerson, LocalizedText(
                en: "\(person.name.name) is described twice in \"people\"; keep one entry per person",
                ru: "\(person.name.name) — вторая запись в \"people\"; о каждом человеке должна быть одна запись"),
                at: person.name.location,
                notes: [.init(LocalizedText(en: "first described here", ru: "первая запись — здесь"), at: earlier.location)]))
        }
    }

    /// One place a person holds: their role in one group, and where it is written.
    private struct Place {
        let role: GroupRole
        /// Direction and group position: identifies the group.
        let group: Int
        let groupName: LocalizedText
        let groupGenitive: LocalizedText
        let reference: PersonReference
    }

    /// The earliest place, in file order, and the earliest in a group other
    /// than that one's: enough to find, for any group, the earliest place elsewhere.
    private struct Earliest {
        var first: Place?
        var firstElsewhere: Place?

        func before(outside group: Int) -> Place? {
            first?.group != group ? first : firstElsewhere
        }

        mutating func add(_ place: Place) {
            if first == nil { first = place } else if firstElsewhere == nil, first?.group != place.group { firstElsewhere = place }
        }
    }

    private func checkGroupRoles(_ session: Session, into findings: inout [Diagnostic]) {
        // Every place of every person, people in order of first appearance, places in file order.
        var index: [PersonKey: Int] = [:]
        var places: [[Place]] = []
        var groupNumber = 0
        for direction in session.directions {
            for group in direction.groups {
                groupNumber += 1
                let name = RuleText.group(group, of: direction)
                let genitive = RuleText.group(group, of: direction, .genitive)
                var held: [(GroupRole, PersonReference)] = []
                if let moderator = group.moderator { held.append((.moderator, moderator)) }
                if let collector = group.collector { held.append((.collector, collector)) }
                held += group.members.map { (.member, $0) }
                held.sort { $0.1.location < $1.1.location }
                for (role, reference) in held {
                    let place = Place(role: role, group: groupNumber, groupName: name, groupGenitive: genitive,
                                      reference: reference)
                    if let i = index[reference.key] {
                        places[i].append(place)
                    } else {
                        index[reference.key] = places.count
                        places.append([place])
                    }
                }
            }
        }

        for personPlaces in places where personPlaces.count > 1 {
            var memberships = Earliest(), duties = Earliest()
            for place in personPlaces {
                let otherMembership = memberships.before(outside: place.group)
                let otherDuty = duties.before(outside: place.group)
                if place.role == .member {
                    if let other = otherMembership { report(.multipleGroups, place, other, into: &findings) }
                    if let other = otherDuty { report(.parallelDuty, place, other, into: &findings) }
                } else if let other = [otherMembership, otherDuty].compactMap({ $0 })
                            .min(by: { $0.reference.location < $1.reference.location }) {
                    report(.parallelDuty, place, other, into: &findings)
                }
                if place.role.isDuty { duties.add(place) } else { memberships.add(place) }
            }
        }
    }

    /// A finding at the later place, with a note at the earlier one.
    private func report(_ code: DiagnosticCode, _ place: Place, _ other: Place, into findings: inout [Diagnostic]) {
        let name = place.reference.name
        let message: LocalizedText
        if code == .multipleGroups {
            message = LocalizedText(
                en: "\(name) is a member of \(place.groupName.en) and also of \(other.groupName.en); all groups work at the same time, so a person can be in only one",
                ru: "\(name) — участник \(place.groupGenitive.ru) и одновременно \(other.groupGenitive.ru); все группы работают в одно время, поэтому человек может быть только в одной")
        } else {
            message = LocalizedText(
                en: "\(name) is \(place.role.phrase) of \(place.groupName.en) and also \(other.role.phrase) of \(other.groupName.en); all groups work at the same time, so one person cannot serve two groups",
                ru: "\(name) — \(place.role.name.ru) \(place.groupGenitive.ru) и одновременно \(other.role.name.ru) \(other.groupGenitive.ru); все группы работают в одно время, поэтому один человек не может быть в двух группах")
        }
        findings.append(.error(code, message, at: place.reference.location, notes: [
            .init(LocalizedText(en: "\(other.role.phrase) of \(other.groupName.en)",
                                ru: "\(other.role.name.ru) \(other.groupGenitive.ru)"),
                  at: other.reference.location),
        ]))
    }
}
