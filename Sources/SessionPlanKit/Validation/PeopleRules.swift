/// People across the whole session: `multiple-groups`, `parallel-duty`, and a
/// name listed twice in `people` (`duplicate-person`).
///
/// All groups work at once during group work, so one person can hold only one
/// place in one group. This is checked whether or not the program has a
/// group-work slot yet: the plan is what the session will run on.
struct PeopleRules: RuleFamily {
    var reads: Set<SessionPart> { [.people, .directions, .places] }
    init() {}

    func check(_ session: Session, into findings: inout [Diagnostic]) {
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
    /// Groups are named only when a finding is made, so a large valid plan costs no wording.
    private struct Place {
        let role: PersonAssignment.GroupRole
        /// Running number of the group in the session: identifies it.
        let group: Int32
        let direction: Int32
        let groupIndex: Int32
        /// The set of directions whose groups work at the same time (`GroupWorkTimes`).
        let together: Int32
        let location: SourceLocation
    }

    /// The earliest place, in file order, and the earliest in a group other
    /// than that one's: enough to find, for any group, the earliest place elsewhere.
    private struct Earliest {
        var first: Place?
        var firstElsewhere: Place?

        func before(outside group: Int32) -> Place? {
            first?.group != group ? first : firstElsewhere
        }

        mutating func add(_ place: Place) {
            if first == nil { first = place } else if firstElsewhere == nil, first?.group != place.group { firstElsewhere = place }
        }
    }

    private func checkGroupRoles(_ session: Session, into findings: inout [Diagnostic]) {
        // The places of everyone with more than one, from the person index; people numbered in its order.
        let index = session.personIndex
        var firstGroup: [Int32] = []
        var groupCount: Int32 = 0
        for direction in session.directions {
            firstGroup.append(groupCount)
            groupCount += Int32(clamping: direction.groups.count)
        }
        let together = GroupWorkTimes.together(session)
        var places: [(person: Int32, place: Place)] = []
        for (person, entry) in index.entries.enumerated() {
            guard entry.assigned.count > 1, entry.assigned.count(where: { $0.assignment.group != nil }) > 1 else { continue }
            for assigned in entry.assigned {
                guard let role = assigned.assignment.groupRole, let group = assigned.assignment.group else { continue }
                let d = group.directionNumber - 1, g = group.groupNumber - 1
                places.append((Int32(clamping: person), Place(role: role, group: firstGroup[d] + Int32(clamping: g),
                                                              direction: Int32(clamping: d), groupIndex: Int32(clamping: g),
                                                              together: together[d], location: assigned.reference.location)))
            }
        }
        // Each person's places together, by the groups that work at the same time, in file order.
        places.sort {
            ($0.person, $0.place.together, $0.place.location.offset) < ($1.person, $1.place.together, $1.place.location.offset)
        }

        var start = 0
        while start < places.count {
            var end = start + 1
            while end < places.count, places[end].person == places[start].person,
                  places[end].place.together == places[start].place.together { end += 1 }
            if end - start > 1 {
                var memberships = Earliest(), duties = Earliest()
                for (person, place) in places[start..<end] {
                    let otherMembership = memberships.before(outside: place.group)
                    let otherDuty = duties.before(outside: place.group)
                    func report(_ code: DiagnosticCode, _ other: Place) {
                        findings.append(finding(code, index.entries[Int(person)].name, place, other, in: session))
                    }
                    if place.role == .member {
                        if let other = otherMembership { report(.multipleGroups, other) }
                        if let other = otherDuty { report(.parallelDuty, other) }
                    } else if let other = [otherMembership, otherDuty].compactMap({ $0 })
                                .min(by: { $0.location < $1.location }) {
                        report(.parallelDuty, other)
                    }
                    if place.role.isDuty { duties.add(place) } else { memberships.add(place) }
                }
            }
            start = end
        }
    }

    /// A finding at the later place, with a note at the earlier one.
    private func finding(_ code: DiagnosticCode, _ name: String, _ place: Place, _ other: Place,
                         in session: Session) -> Diagnostic {
        func names(_ place: Place) -> (name: LocalizedText, genitive: LocalizedText) {
            let direction = session.directions[Int(place.direction)]
            let group = direction.groups[Int(place.groupIndex)]
            return (RuleText.group(group, of: direction), RuleText.group(group, of: direction, .genitive))
        }
        let this = names(place), that = names(other)
        let message: LocalizedText
        if code == .multipleGroups {
            message = LocalizedText(
                en: "\(name) is a member of \(this.name.en) and also of \(that.name.en); all groups work at the same time, so a person can be in only one",
                ru: "\(name) — участник \(this.genitive.ru) и одновременно \(that.genitive.ru); все группы работают в одно время, поэтому человек может быть только в одной")
        } else {
            message = LocalizedText(
                en: "\(name) is \(place.role.phrase) of \(this.name.en) and also \(other.role.phrase) of \(that.name.en); all groups work at the same time, so one person cannot serve two groups",
                ru: "\(name) — \(place.role.name.ru) \(this.genitive.ru) и одновременно \(other.role.name.ru) \(that.genitive.ru); все группы работают в одно время, поэтому один человек не может быть в двух группах")
        }
        return .error(code, message, at: place.location, notes: [
            .init(LocalizedText(en: "\(other.role.phrase) of \(that.name.en)",
                                ru: "\(other.role.name.ru) \(that.genitive.ru)"),
                  at: other.location),
        ])
    }
}
