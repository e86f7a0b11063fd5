import Testing
@testable import SessionPlanKit

/// A complete small session with a hole for one slot's fields, and for extra top-level keys.
private func session(slot: String = #""start": "09:00", "end": "09:15", "title": "Открытие""#,
                     top: String = "", group: String = #""name": "Группа 1""#) -> String {
    """
    {
      "version": 1,
      "title": "Сессия",
      "timezone": "Europe/Moscow",\(top)
      "days": [
        { "date": "2021-09-21",
          "slots": [
            { \(slot) }
          ] }
      ],
      "directions": [
        { "id": "rural", "title": "Сельские библиотеки", "leaders": ["Орлова Надежда Павловна"],
          "groups": [ { \(group), "moderator": "М", "collector": "С", "members": ["А", "Б", "В", "Г", "Д"] } ] }
      ]
    }
    """
}

/// The structural findings of a marked source.
private func structural(_ source: MarkedSource) -> [Diagnostic] {
    source.load().structural
}

@Suite struct StructuralDiagnosticsTests {
    @Test func aCompleteSessionBuilds() {
        let loaded = MarkedSource(session()).load()
        #expect(loaded.structural.isEmpty)
        #expect(loaded.session?.days.first?.slots.first?.title == "Открытие")
    }

    @Test func encodingErrorIsLocated() {
        let file = SourceFile(name: "x.json", bytes: Array("{\"title\": \"".utf8) + [0xFF, 0x22, 0x7D])
        let loaded = SessionLoader.load(file)
        #expect(loaded.session == nil)
        #expect(loaded.structural.first?.code == .encoding)
        #expect(loaded.structural.first?.location?.line == 1)
    }

    @Test func syntaxErrorIsWhereReadingStopped() {
        let source = MarkedSource("{\n  \"version\": 1,\n1️⃣}")
        let found = structural(source)
        #expect(found.count == 1)
        #expect(found.first?.code == .jsonSyntax)
        #expect(isAt(found.first, source, 1))
    }

    @Test func duplicateKeyHasANoteAtTheFirst() {
        let source = MarkedSource(session(slot: #"1️⃣"start": "09:00", "end": "09:15", "title": "А", 2️⃣"title": "Б""#))
        let found = structural(source).filter { $0.code == .duplicateKey }
        #expect(found.count == 1)
        #expect(isAt(found.first, source, 2))
        let note = found.first?.notes.first?.location
        #expect(note?.line == source.place(1)?.line)
    }

    @Test func unknownKeySuggestsTheClosest() {
        let source = MarkedSource(session(group: #""name": "Группа 1", 1️⃣"moderater": "Х""#))
        let found = structural(source).filter { $0.code == .unknownKey }
        #expect(found.count == 1)
        #expect(isAt(found.first, source, 1))
        #expect(found.first?.message.en.contains("did you mean \"moderator\"") == true)
        #expect(found.first?.message.ru.contains("\"moderator\"") == true)
    }

    @Test func schemaKeyIsAllowedAtTheTop() {
        let found = structural(MarkedSource(session(top: #" "$schema": "session.schema.json","#)))
        #expect(found.isEmpty)
    }

    @Test func wrongTypeIsLocatedAtTheValue() {
        let source = MarkedSource(session(slot: #""start": "09:00", "end": "09:15", "title": 1️⃣42"#))
        let found = structural(source)
        #expect(found.map(\.code) == [.type])
        #expect(isAt(found.first, source, 1))
    }

    @Test func missingFieldIsLocatedAtTheObject() {
        let source = MarkedSource(session(slot: #""start": "09:00", "end": "09:15""#).replacingOccurrences(of: "{ \"start\"", with: "1️⃣{ \"start\""))
        let found = structural(source)
        #expect(found.map(\.code) == [.missingField])
        #expect(isAt(found.first, source, 1))
        #expect(found.first?.message.en.contains("\"title\"") == true)
    }

    @Test func missingModeratorIsNotStructural() {
        let text = session().replacingOccurrences(of: #""moderator": "М", "#, with: "")
        let loaded = MarkedSource(text).load()
        #expect(loaded.structural.isEmpty)
        #expect(loaded.session != nil)
    }

    @Test(arguments: [
        (#""start": 1️⃣"09.00", "end": "09:15", "title": "А""#, "\"09:00\""),
        (#""start": 1️⃣"25:00", "end": "09:15", "title": "А""#, "HH:MM"),
        (#""start": "09:00", "end": "09:15", "title": "А", "kind": 1️⃣"groupwork""#, "\"group-work\""),
        // A kind written in Russian, as the program says it: the kind those words name is suggested.
        (#""start": "09:00", "end": "09:15", "title": "А", "kind": 1️⃣"перерыв""#, "did you mean \"break\"?"),
        (#""start": "09:00", "end": "09:15", "title": "А", "kind": 1️⃣"Кофе-брейк""#, "did you mean \"meal\"?"),
        (#""start": "09:00", "end": "09:15", "title": "А", "kind": 1️⃣"работа в группах""#, "did you mean \"group-work\"?"),
        (#""start": "09:00", "end": "09:15", "title": "А", "kind": 1️⃣"Пленарное заседание""#, "did you mean \"plenary\"?"),
        (#""start": "09:00", "end": "09:15", "title": "А", "audience": [1️⃣"leader"]"#, "\"leaders\""),
        (#""start": "09:00", "end": "09:15", "title": 1️⃣"  ""#, "empty"),
    ])
    func invalidSlotValues(slot: String, hint: String) {
        let source = MarkedSource(session(slot: slot))
        let found = structural(source)
        #expect(found.map(\.code) == [.invalidValue])
        #expect(isAt(found.first, source, 1))
        #expect(found.first?.message.en.contains(hint) == true, "\(found.first?.message.en ?? "")")
    }

    @Test("a kind in words that name no kind («разное») suggests none")
    func aKindInOtherWordsSuggestsNone() {
        let source = MarkedSource(session(slot: #""start": "09:00", "end": "09:15", "title": "А", "kind": 1️⃣"разное""#))
        let found = structural(source)
        #expect(found.map(\.code) == [.invalidValue])
        #expect(isAt(found.first, source, 1))
        #expect(found.first?.message.en.contains("did you mean") == false)
        #expect(found.first?.message.ru.contains("может быть") == false)
    }

    @Test(arguments: [
        (#""timezone": 1️⃣"Europe/Moskow","#, "\"Europe/Moscow\""),
        // A city or region of Russia, as `--tz` takes it: the file wants the zone's name, which is suggested.
        (#""timezone": 1️⃣"Москва","#, "did you mean \"Europe/Moscow\"?"),
        (#""timezone": 1️⃣"Благовещенск","#, "did you mean \"Asia/Yakutsk\"?"),
        // A Russian city in Latin letters as if it had a zone of its own: the zone it is in, not «Europe/Kiev».
        (#""timezone": 1️⃣"Europe/Kazan","#, "did you mean \"Europe/Moscow\"?"),
        (#""timezone": 1️⃣"Asia/Ufa","#, "did you mean \"Asia/Yekaterinburg\"?"),
        (#""timezone": 1️⃣"Asia/Khabarovsk","#, "did you mean \"Asia/Vladivostok\"?"),
        (#""version": 1️⃣2,"#, "version 1"),
        (#""language": 1️⃣"de","#, "allowed: ru, en"),
        (#""registration": { "url": 1️⃣"leader-id.ru" },"#, "https://"),
        (#""registration": { "deadline": 1️⃣"2021-09-17T24:00" },"#, "YYYY-MM-DDTHH:MM"),
        (#""rules": { "groupSize": { "min": 1️⃣0, "max": 10 } },"#, "at least 1"),
        (#""rules": { "groupSize": { "min": 6, "max": 1️⃣5 } },"#, "less than"),
    ])
    func invalidTopLevelValues(replacement: String, hint: String) {
        var text = session()
        if replacement.hasPrefix("\"timezone\"") {
            text = text.replacingOccurrences(of: #""timezone": "Europe/Moscow","#, with: replacement)
        } else if replacement.hasPrefix("\"version\"") {
            text = text.replacingOccurrences(of: #""version": 1,"#, with: replacement)
        } else {
            text = text.replacingOccurrences(of: #""timezone": "Europe/Moscow","#, with: #""timezone": "Europe/Moscow", "# + replacement)
        }
        let source = MarkedSource(text)
        let found = structural(source)
        #expect(found.map(\.code) == [.invalidValue])
        #expect(isAt(found.first, source, 1))
        #expect(found.first?.message.en.contains(hint) == true, "\(found.first?.message.en ?? "")")
    }

    @Test func invalidDateAndDirectionID() {
        let text = session()
            .replacingOccurrences(of: #""date": "2021-09-21""#, with: #""date": 1️⃣"2021-02-29""#)
            .replacingOccurrences(of: #""id": "rural""#, with: #""id": 2️⃣"Rural Libraries""#)
        let source = MarkedSource(text)
        let found = structural(source)
        #expect(found.map(\.code) == [.invalidValue, .invalidValue])
        #expect(isAt(found.first, source, 1))
        #expect(isAt(found.last, source, 2))
        #expect(found.last?.message.en.contains("\"rural-libraries\"") == true)
    }

    @Test(arguments: ["9:00", "09:00", "00:00", "23:59"])
    func acceptedTimes(time: String) {
        #expect(structural(MarkedSource(session(slot: #""start": "\#(time)", "end": "23:59", "title": "А""#))).isEmpty || time == "23:59")
        #expect(ValueParsing.time(time) != nil)
    }

    @Test func leapDayExistsIn2020() {
        #expect(ValueParsing.date("2020-02-29") != nil)
        #expect(ValueParsing.date("2021-02-29") == nil)
        #expect(ValueParsing.date("2021-9-21") == nil)
    }

    @Test func buildingGoesOnAfterAnError() {
        let text = session(slot: #""start": 1️⃣"9.00", "end": 2️⃣"10.00", "title": 3️⃣7"#)
        let source = MarkedSource(text)
        let found = structural(source)
        #expect(found.count == 3)
        #expect(isAt(found[0], source, 1) && isAt(found[1], source, 2) && isAt(found[2], source, 3))
    }

    @Test func peopleAreOneWhenNamesAreEqualAfterNormalization() {
        let decomposed = "Рогаче\u{0308}ва  Мария\tВасильевна"   // е + combining diaeresis, doubled space, a tab
        #expect(PersonKey(decomposed) == PersonKey(" Рогачёва Мария Васильевна "))
        #expect(PersonKey("Рогачева Мария Васильевна") != PersonKey("Рогачёва Мария Васильевна"))
    }

    @Test func columnsCountCharactersNotBytes() {
        let source = MarkedSource(session(slot: #""start": "09:00", "end": "09:15", "title": "Открытие", "kind": 1️⃣"открытие""#))
        let found = structural(source)
        #expect(isAt(found.first, source, 1))
    }

    @Test func twoDirectionsWithOneIDAreAnErrorWithANote() {
        let text = session().replacingOccurrences(of: #""directions": ["#, with: #""directions": [ { "id": 1️⃣"rural", "title": "Другое", "leaders": ["Л"] },"#)
            .replacingOccurrences(of: #"{ "id": "rural", "title": "Сельские"#, with: #"{ "id": 2️⃣"rural", "title": "Сельские"#)
        let source = MarkedSource(text)
        let found = structural(source)
        #expect(found.map(\.code) == [.invalidValue])
        #expect(isAt(found.first, source, 2))
        #expect(found.first?.notes.first?.location?.line == source.place(1)?.line)
    }

    @Test(arguments: ["Asia/Kolkata", "Etc/UTC", "Etc/GMT-3", "America/Argentina/Buenos_Aires"])
    func everyIANAZoneFoundationKnowsIsAccepted(zone: String) {
        let text = session().replacingOccurrences(of: "Europe/Moscow", with: zone)
        #expect(structural(MarkedSource(text)).isEmpty)
    }

    @Test(arguments: [("Moscow", "\"Europe/Moscow\""), ("MSK", "\"Europe/Moscow\""), ("UTC+3", "IANA")])
    func zonesThatAreNotIANANamesGetAHint(zone: String, hint: String) {
        let found = structural(MarkedSource(session().replacingOccurrences(of: "Europe/Moscow", with: zone)))
        #expect(found.map(\.code) == [.invalidValue])
        #expect(found.first?.message.en.contains(hint) == true, "\(found.first?.message.en ?? "")")
    }

    @Test func aDateWrittenTheRussianWaySuggestsTheRightForm() {
        let found = structural(MarkedSource(session().replacingOccurrences(of: #""2021-09-21""#, with: #""21.09.2021""#)))
        #expect(found.first?.message.en.contains("\"2021-09-21\"") == true)
        #expect(found.first?.message.ru.contains("\"2021-09-21\"") == true)
    }

    @Test func aHugeVersionIsAnUnsupportedVersion() {
        let text = session().replacingOccurrences(of: #""version": 1,"#, with: #""version": 1️⃣1000000000000000000000000000000,"#)
        let source = MarkedSource(text)
        let found = structural(source)
        #expect(found.map(\.code) == [.invalidValue])
        #expect(isAt(found.first, source, 1))
        #expect(found.first?.message.en.contains("is not supported") == true)
    }

    @Test func hoursThatEndBeforeTheyStartSaySo() {
        let text = session(top: #" "hours": { "start": "13:00", "end": 1️⃣"09:00" },"#)
        let source = MarkedSource(text)
        let found = structural(source)
        #expect(isAt(found.first, source, 1))
        #expect(found.first?.message.ru.contains("конец должен быть позже начала") == true)
    }
}

/// A date of the right form that is not in the calendar says why, with no example date to copy.
@Suite struct ImpossibleDateTests {
    @Test(arguments: [
        ("2021-09-31", "September has 30 days", "в сентябре 30 дней"),
        ("2021-02-29", "2021 is not a leap year", "2021 год не високосный"),
        ("2021-04-31", "April has 30 days", "в апреле 30 дней"),
        ("2021-13-01", "no month 13", "месяца 13 нет"),
        ("2021-09-00", "from 01", "с 01"),
        ("0000-01-01", "years are numbered from 0001", "годы нумеруются с 0001"),
    ])
    func saysWhyTheDateDoesNotExist(date: String, en: String, ru: String) {
        let text = session().replacingOccurrences(of: #""date": "2021-09-21""#, with: #""date": 1️⃣"\#(date)""#)
        let source = MarkedSource(text)
        let found = structural(source)
        #expect(found.map(\.code) == [.invalidValue])
        #expect(isAt(found.first, source, 1))
        #expect(found.first?.message.en.contains(en) == true, "\(found.first?.message.en ?? "")")
        #expect(found.first?.message.ru.contains(ru) == true, "\(found.first?.message.ru ?? "")")
        #expect(found.first?.message.ru.contains("2021-09-21") == false)
    }

    @Test func aDeadlineOnADayThatDoesNotExistSaysWhy() {
        let text = session(top: #" "registration": { "deadline": 1️⃣"2021-09-31T18:00" },"#)
        let source = MarkedSource(text)
        let found = structural(source)
        #expect(isAt(found.first, source, 1))
        #expect(found.first?.message.ru.contains("в сентябре 30 дней") == true, "\(found.first?.message.ru ?? "")")
    }
}
