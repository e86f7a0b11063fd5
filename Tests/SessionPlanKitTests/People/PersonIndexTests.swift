import Testing
@testable import SessionPlanKit

/// The person index: everyone once, in file order, with one vocabulary of assignments.
@Suite struct PersonIndexTests {
    /// A session whose `people` come after `directions` and whose host is written last.
    static let directionsFirst = """
    {"version": 1, "title": "Сессия", "timezone": "Europe/Moscow",
     "days": [{"date": "2021-09-21", "slots": [{"start": "09:00", "end": "10:00", "title": "Открытие",
       "speakers": ["Сулейманова Лариса Александровна"], "moderators": ["Белов Пётр Ильич"]}]}],
     "directions": [{"id": "rural", "title": "Сельские библиотеки", "leaders": ["Сулейманова Лариса Александровна"],
       "groups": [{"name": "Группа 1", "moderator": "Белов Пётр Ильич", "members": ["Гусева Вера Аркадьевна"]}]}],
     "people": [{"name": "Орлова Надежда Павловна", "email": "orlova@example.org"},
                {"name": "Гусева Вера Аркадьевна", "position": "библиотекарь"}],
     "host": "Орлова Надежда Павловна"}
    """

    static func session(_ text: String) throws -> Session {
        try #require(SourceFile(name: "test.json", bytes: Array(text.utf8)).loadedSession().session)
    }

    @Test func entriesAreInTheOrderNamesAreFirstWrittenInTheFile() throws {
        let index = try Self.session(Self.directionsFirst).personIndex
        #expect(index.entries.map(\.name) == ["Сулейманова Лариса Александровна", "Белов Пётр Ильич",
                                              "Гусева Вера Аркадьевна", "Орлова Надежда Павловна"])
        // The same people with `people` and the host written first come in that order.
        let peopleFirst = """
        {"version": 1, "title": "Сессия", "timezone": "Europe/Moscow", "host": "Орлова Надежда Павловна",
         "people": [{"name": "Гусева Вера Аркадьевна"}],
         "days": [{"date": "2021-09-21", "slots": [{"start": "09:00", "end": "10:00", "title": "Открытие",
           "speakers": ["Сулейманова Лариса Александровна"]}]}],
         "directions": [{"id": "rural", "title": "Сельские библиотеки", "leaders": ["Сулейманова Лариса Александровна"],
           "groups": [{"name": "Группа 1", "moderator": "Белов Пётр Ильич", "members": ["Гусева Вера Аркадьевна"]}]}]}
        """
        #expect(try Self.session(peopleFirst).personIndex.entries.map(\.name)
                == ["Орлова Надежда Павловна", "Гусева Вера Аркадьевна", "Сулейманова Лариса Александровна", "Белов Пётр Ильич"])
    }

    @Test func anEntryHoldsItsFirstMentionDetailsAndAssignments() throws {
        let session = try Self.session(Self.directionsFirst)
        let index = session.personIndex
        let leader = try #require(index[PersonKey("Сулейманова Лариса Александровна")])
        // Written first among the speakers (line 3), then as the leader: the summary reads the leader first.
        #expect(leader.firstMention.location.line == 3)
        #expect(leader.assignments == [.leader(directionNumber: 1, directionTitle: "Сельские библиотеки"), .speaker])
        #expect(leader.details == nil)
        let member = try #require(index[PersonKey("Гусева Вера Аркадьевна")])
        #expect(member.details?.position == "библиотекарь")
        #expect(member.groups.map(\.groupName) == ["Группа 1"])
        #expect(member.groups.first?.groupNumber == 1)
        let moderator = try #require(index[PersonKey("Белов Пётр Ильич")])
        #expect(moderator.assignments.map(\.groupRole) == [.moderator, nil])
        #expect(index[PersonKey("Орлова Надежда Павловна")]?.assignments == [.host])
        #expect(index.position(of: PersonKey("Белов Пётр Ильич")) == 1)
        #expect(PersonRoles.everyone(in: session).map(\.key) == index.entries.map(\.key))
    }

    /// `SimilarNames` numbers the people itself (beside the index, on its own thread):
    /// its order must be the index's, or its findings would name another spelling first.
    @Test func theNumberingAloneGivesTheIndexOrder() throws {
        let peopleFirst = """
        {"version": 1, "title": "Сессия", "timezone": "Europe/Moscow", "host": "Орлова Надежда Павловна",
         "people": [{"name": "Гусева Вера Аркадьевна"}, {"name": "гусева вера аркадьевна"}],
         "directions": [{"id": "rural", "title": "Сельские библиотеки", "leaders": ["Белов Пётр Ильич"],
           "groups": [{"name": "Группа 1", "moderator": "Белов Пётр Ильич",
                       "members": ["Гусева Вера Аркадьевна", "Сулейманова Лариса Александровна"]}]}],
         "days": [{"date": "2021-09-21", "slots": [{"start": "09:00", "end": "10:00", "title": "Открытие",
           "speakers": ["Новиков Иван Петрович", "Орлова Надежда Павловна"]}]}]}
        """
        for text in [Self.directionsFirst, peopleFirst] {
            let session = try Self.session(text)
            let parts = PersonIndex.Parts(session)
            let numbered = PersonIndex.Numbering.everyone(in: parts).firstsInFileOrder().map { parts.reference($0) }
            let indexed = session.personIndex.entries.map(\.firstMention)
            #expect(numbered.map(\.name) == indexed.map(\.name))
            #expect(numbered.map(\.location) == indexed.map(\.location))
        }
    }

    @Test func theFingerprintAndPlaceReadInPlaceAreTheReferences() throws {
        let session = try Self.session(Self.directionsFirst)
        let parts = PersonIndex.Parts(session)
        var kinds: Set<String> = []
        PersonIndex.forEachMention(in: parts) { mention in
            let reference = parts.reference(mention), read = parts.fingerprintAndOffset(mention)
            #expect(read.fingerprint == reference.key.fingerprint)
            #expect(read.offset == reference.location.offset)
            kinds.insert("\(mention.kind)")
        }
        #expect(kinds.count >= 6)
    }

    @Test func builtOnceAndAgainAfterAChangeToThePeople() throws {
        var session = try Self.session(Self.directionsFirst)
        let copy = session
        #expect(session.personIndex.entries.count == 4)
        #expect(copy.personIndexCache === session.personIndexCache)
        session.directions[0].groups[0].members.append(PersonReference(name: "Новиков Иван", location: session.location))
        #expect(copy.personIndexCache !== session.personIndexCache)
        #expect(session.personIndex[PersonKey("Новиков Иван")]?.groups.map(\.groupName) == ["Группа 1"])
        #expect(copy.personIndex[PersonKey("Новиков Иван")] == nil)
    }
}

private extension SourceFile {
    func loadedSession() -> LoadedSession { SessionLoader.load(self) }
}
