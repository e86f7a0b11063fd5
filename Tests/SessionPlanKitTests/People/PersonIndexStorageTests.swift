import Testing
@testable import SessionPlanKit

/// The person index kept as positions in the session: the same entries as the
/// walk gives, each assignment once at its earliest place, whatever the sizes.
@Suite struct PersonIndexStorageTests {
    static func session() throws -> Session {
        try PersonIndexTests.session(PersonIndexTests.directionsFirst)
    }

    static func reference(_ name: String, offset: Int) -> PersonReference {
        PersonReference(name: name, location: SourceLocation(line: 1, column: offset + 1, offset: offset))
    }

    @Test func anEntryIsAFewNumbers() {
        #expect(MemoryLayout<PersonIndex.Mention>.stride == 16)
        #expect(MemoryLayout<PersonIndex.Entry>.stride <= 32)
        #expect(MemoryLayout<PersonRoles>.stride == 16)
    }

    @Test func slotsOfOneTitleAndDutiesOfOneNameAreOneAssignmentEach() throws {
        var session = try Self.session()
        var second = session.days[0].slots[0]
        second.title = "Панель"
        second.moderators = [Self.reference("Белов Пётр Ильич", offset: 5000)]
        var third = session.days[0].slots[0]
        third.moderators = [Self.reference("Белов Пётр Ильич", offset: 1)]
        session.days[0].slots += [second, third]
        session.team = [TeamMember(name: Self.reference("Орлова Надежда Павловна", offset: 6000), duty: "координатор",
                                   contact: false, location: session.location),
                        TeamMember(name: Self.reference("Орлова Надежда Павловна", offset: 6100), duty: "администратор чата",
                                   contact: false, location: session.location),
                        TeamMember(name: Self.reference("Орлова Надежда Павловна", offset: 2), duty: "координатор",
                                   contact: false, location: session.location)]
        let moderator = try #require(session.personIndex[PersonKey("Белов Пётр Ильич")])
        #expect(moderator.assignments.map(\.groupRole) == [.moderator, nil, nil])
        #expect(moderator.assignments.dropFirst() == [.slotModerator(slotTitle: "Открытие"), .slotModerator(slotTitle: "Панель")])
        // The third slot repeats the first one's title, written earlier: that place is kept, and is the first mention.
        #expect(moderator.assigned.map(\.reference.location.offset).dropFirst() == [1, 5000])
        #expect(moderator.firstMention.location.offset == 1)
        let organizer = try #require(session.personIndex[PersonKey("Орлова Надежда Павловна")])
        #expect(organizer.assignments == [.host, .team(duty: "координатор"), .team(duty: "администратор чата")])
        #expect(organizer.assigned.map(\.reference.location.offset).dropFirst() == [2, 6100])
        #expect(session.personIndex.entries.first?.name == "Белов Пётр Ильич")
    }

    @Test func manyAssignmentsAreEachKeptOnceInTheOrderOfTheWalk() throws {
        var session = try Self.session()
        let group = session.directions[0].groups[0]
        session.directions[0].groups = (1...12).map { number in
            var copy = group
            copy.name = "Группа \(number)"
            copy.moderator = nil
            copy.members = [Self.reference("Новиков Иван", offset: 9000 + number)]
            return copy
        }
        // Written again in group 3, earlier in the file, and again in group 5, later.
        session.directions[0].groups[2].members.append(Self.reference("Новиков Иван", offset: 3))
        session.directions[0].groups[4].members.append(Self.reference("Новиков Иван", offset: 9999))
        let member = try #require(session.personIndex[PersonKey("Новиков Иван")])
        #expect(member.groups.map(\.groupName) == (1...12).map { "Группа \($0)" })
        #expect(member.groups.map(\.groupNumber) == Array(1...12))
        #expect(member.assigned.count == 12)
        #expect(member.assigned[2].reference.location.offset == 3)
        #expect(member.assigned[4].reference.location.offset == 9005)
    }

    @Test func moreNamesThanTheTableWasMadeForAreAllFound() throws {
        var session = try Self.session()
        let speakers = (0..<300).map { Self.reference("Докладчик \($0)", offset: 20_000 - $0) }
        session.days[0].slots[0].speakers += speakers
        let index = session.personIndex
        #expect(index.entries.count == 4 + 300)
        for speaker in speakers {
            #expect(index[speaker.key]?.assignments == [.speaker])
        }
        // In file order: the last speaker is written first of them.
        #expect(index.entries.suffix(300).map(\.name) == speakers.reversed().map(\.name))
        #expect(index.position(of: PersonKey("Докладчик 0")) == 4 + 299)
        #expect(index[PersonKey("Докладчик 300")] == nil)
    }
}

/// The table of positions by key, on its own.
@Suite struct PersonKeyTableTests {
    @Test func findsEveryKeyAfterGrowingAndRenumbering() {
        let keys = (0..<1000).map { PersonKey("Имя \($0)") }
        var table = PersonKeyTable(capacity: 1)
        for position in keys.indices { table.insert(position, for: keys[position]) { keys[$0] } }
        #expect(table.count == 1000)
        #expect(keys.indices.allSatisfy { table.position(of: keys[$0]) { keys[$0] } == $0 })
        #expect(table.position(of: PersonKey("Имя 1000")) { keys[$0] } == nil)
        let reversed = keys.indices.map { keys.count - 1 - $0 }
        table.renumber(reversed)
        #expect(keys.indices.allSatisfy { table.position(of: keys[$0]) { keys[keys.count - 1 - $0] } == keys.count - 1 - $0 })
    }

    /// A probe asks for the whole key only where the fingerprints agree, and a key of the same
    /// fingerprint that is not the one sought (a collision) is passed over, not returned.
    @Test func comparesWholeKeysOnlyWhereFingerprintsAgree() {
        var table = PersonKeyTable(capacity: 4)
        let fingerprints: [UInt64] = [7, 7, 9]
        for position in fingerprints.indices {
            table.insert(position, fingerprint: fingerprints[position]) { fingerprints[$0] }
        }
        var compared: [Int] = []
        let found = table.position(fingerprint: 7, fingerprintAt: { fingerprints[$0] },
                                   matches: { compared.append($0); return $0 == 1 })
        #expect(found == 1)
        #expect(compared.sorted() == [0, 1] || compared == [1])
        #expect(table.position(fingerprint: 9, fingerprintAt: { fingerprints[$0] }, matches: { _ in false }) == nil)
        #expect(table.position(fingerprint: 8, fingerprintAt: { fingerprints[$0] }, matches: { _ in true }) == nil)
    }
}
