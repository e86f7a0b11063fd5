extension Session {
    /// Every person reference of the session, in no particular order: host,
    /// architects, `people`, the team, speakers and moderators of slots, leaders,
    /// group moderators, collectors, members.
    func forEachPersonReference(_ visit: (PersonReference) -> Void) {
        do {
            host.map(visit)
            architects.forEach(visit)
            people.forEach { visit($0.name) }
            team.forEach { visit($0.name) }
        }
        for day in days {
            for slot in day.slots {
                slot.speakers.forEach(visit)
                slot.moderators.forEach(visit)
            }
        }
        for direction in directions {
            direction.leaders.forEach(visit)
            // By index: a `Group` copied out of the array would retain every string it holds.
            for g in direction.groups.indices {
                direction.groups[g].moderator.map(visit)
                direction.groups[g].collector.map(visit)
                direction.groups[g].members.forEach(visit)
            }
        }
    }
}

extension PersonReference {
    /// The text as the file has it (what columns are counted in).
    var asWritten: String { written ?? name }

    /// The place of the scalar at `offset` of `asWritten`, one character after the
    /// opening quote. Exact unless the file writes a character of the name as a `\u` escape.
    func location(ofScalar offset: Int) -> SourceLocation {
        let prefix = asWritten.unicodeScalars.prefix(offset)
        let bytes = prefix.reduce(0) { $0 + String($1).utf8.count }
        return SourceLocation(line: location.line, column: location.column + 1 + offset, offset: location.offset + 1 + bytes)
    }
}
