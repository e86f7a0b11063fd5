import Testing
@testable import SessionPlanKit

/// Places, a slot's place, directions and moderators, a direction's place, the team.
private let places = #""places": [{"id": "hall", "name": "Большой зал", "address": "ул. Ленина, 1", "link": "https://zoom.us/j/1"}, {"id": "room-201", "name": "Аудитория 201"}],"#

private func structuralOnly(_ source: MarkedSource, _ code: DiagnosticCode) -> [Diagnostic] {
    source.load().structural.filter { $0.code == code }
}

@Suite struct PlaceBuildingTests {
    @Test func placesSlotsDirectionsAndTeamAreRead() throws {
        let source = MarkedSource(Plan.session(
            top: places + #" "team": [{"name": "Ким Анна Сергеевна", "duty": "координатор", "contact": true}, {"name": "Ли Олег", "duty": "администратор чата"}],"#,
            days: [Plan.day("2021-09-21",
                #"{"start": "09:00", "end": "09:15", "title": "Регистрация", "kind": "registration", "place": "hall"}"#,
                #"{"start": "09:15", "end": "11:15", "title": "Работа в группах", "kind": "group-work", "directions": ["rural"], "moderators": ["Ким Анна Сергеевна"]}"#,
                #"{"start": "11:15", "end": "12:00", "title": "Обед", "kind": "meal"}"#,
                #"{"start": "12:00", "end": "13:00", "title": "Экскурсия", "kind": "social"}"#)],
            directions: [#"{"id": "rural", "title": "Сельские", "leaders": ["Орлова Надежда Павловна"], "place": "room-201", "groups": [\#(Plan.group(1))]}"#]))
        let loaded = source.load()
        #expect(loaded.structural.isEmpty, "\(loaded.structural.map(\.message.en))")
        let session = try #require(loaded.session)
        #expect(session.places.map(\.id) == ["hall", "room-201"])
        #expect(session.places[0].address == "ул. Ленина, 1" && session.places[0].link == "https://zoom.us/j/1")
        #expect(session.team.map(\.duty) == ["координатор", "администратор чата"])
        #expect(session.team.map(\.contact) == [true, false])
        let slots = session.days[0].slots
        let index = PlaceIndex(session)
        #expect(slots.map(\.kind) == [.registration, .groupWork, .meal, .social])
        #expect(slots[0].place == "hall" && index.place(of: slots[0])?.name == "Большой зал")
        #expect(slots[1].directions == ["rural"] && slots[1].moderators.map(\.name) == ["Ким Анна Сергеевна"])
        #expect(index.place(of: slots[1])?.id == "room-201", "a direction's own slot is at the direction's place")
        #expect(index.place(of: slots[2]) == nil)
    }

    @Test func unknownPlaceSuggestsTheClosest() {
        let source = MarkedSource(Plan.session(top: places, days: [Plan.day("2021-09-21",
            #"{"start": "09:00", "end": "09:15", "title": "Открытие", "place": 1️⃣"hal"}"#, Plan.groupWork)]))
        let found = structuralOnly(source, .invalidValue)
        #expect(found.count == 1)
        #expect(isAt(found.first, source, 1))
        #expect(found.first?.message.en.contains("did you mean \"hall\"") == true)
        #expect(found.first?.message.ru.contains("\"hall\"") == true)
    }

    @Test func unknownPlaceWithoutPlacesSaysWhereToAddIt() {
        let source = MarkedSource(Plan.session(days: [Plan.day("2021-09-21",
            #"{"start": "09:00", "end": "09:15", "title": "Открытие", "place": 1️⃣"hall"}"#, Plan.groupWork)]))
        let found = structuralOnly(source, .invalidValue)
        #expect(found.count == 1 && isAt(found.first, source, 1))
        #expect(found.first?.message.en.contains("no \"places\"") == true)
    }

    @Test func unknownDirectionOfASlotSuggestsTheClosest() {
        let source = MarkedSource(Plan.session(days: [Plan.day("2021-09-21", Plan.opening,
            #"{"start": "09:15", "end": "11:15", "title": "Работа в группах", "kind": "group-work", "directions": ["rural", 1️⃣"rurl"]}"#)]))
        let found = structuralOnly(source, .invalidValue)
        #expect(found.count == 1 && isAt(found.first, source, 1))
        #expect(found.first?.message.en.contains("did you mean \"rural\"") == true)
    }

    @Test func unknownPlaceOfADirection() {
        let source = MarkedSource(Plan.session(top: places,
            directions: [#"{"id": "rural", "title": "Сельские", "leaders": ["Орлова Надежда Павловна"], "place": 1️⃣"room-21", "groups": [\#(Plan.group(1))]}"#]))
        let found = structuralOnly(source, .invalidValue)
        #expect(found.count == 1 && isAt(found.first, source, 1))
        #expect(found.first?.message.en.contains("did you mean \"room-201\"") == true)
    }

    @Test func duplicatePlaceIDHasANoteAtTheFirst() {
        let source = MarkedSource(Plan.session(top: #""places": [{"id": 2️⃣"hall", "name": "Зал"}, {"id": 1️⃣"hall", "name": "Зал 2"}],"#))
        let found = structuralOnly(source, .invalidValue)
        #expect(found.count == 1 && isAt(found.first, source, 1))
        let note = found.first?.notes.first?.location
        #expect(note?.line == source.place(2)?.line && note?.column == source.place(2)?.column)
    }

    @Test func badPlaceIDAndLinkAndMissingDuty() {
        let source = MarkedSource(Plan.session(top: #""places": [{"id": 1️⃣"Зал", "name": "Зал"}, {"id": "b", "name": "Б", "link": 2️⃣"zoom.us/j/1"}], "team": [3️⃣{"name": "Ким Анна"}],"#))
        let loaded = source.load()
        let invalid = loaded.structural.filter { $0.code == .invalidValue }
        #expect(invalid.count == 2)
        #expect(isAt(invalid.first, source, 1) && isAt(invalid.last, source, 2))
        let missing = loaded.structural.filter { $0.code == .missingField }
        #expect(missing.count == 1 && missing.first?.message.en.contains("duty") == true)
    }

    @Test func unknownKeyInAPlaceSuggestsTheClosest() {
        let source = MarkedSource(Plan.session(top: #""places": [{"id": "hall", "name": "Зал", 1️⃣"adress": "ул. Ленина, 1"}],"#))
        let found = structuralOnly(source, .unknownKey)
        #expect(found.count == 1 && isAt(found.first, source, 1))
        #expect(found.first?.message.en.contains("\"address\"") == true)
    }
}
