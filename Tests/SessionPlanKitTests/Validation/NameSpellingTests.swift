import Testing
@testable import SessionPlanKit

/// One person however their name is typed: characters that do not print and
/// look-alike letters are reported, and the role rules see through them.
@Suite struct NameSpellingTests {
    static let cases: [RuleCase] = [
        RuleCase("a Latin «e» in a Cyrillic surname", .lookAlikeLetters, .error, Plan.session(
            top: #""host": "Андр1️⃣eева Мария Сергеевна","#)),
        RuleCase("Latin «е» and «а» in two words, the caret at the first", .lookAlikeLetters, .error, Plan.session(
            top: #""host": "Андр1️⃣eева Мария Сергеевнa","#)),
        RuleCase("a Cyrillic «о» in a Latin name", .lookAlikeLetters, .error, Plan.session(
            top: #""host": "Ivan1️⃣оva Maria","#)),
        RuleCase("a Latin initial", .lookAlikeLetters, .error, Plan.session(
            top: #""host": "Андреева М. 1️⃣C.","#)),
        RuleCase("a zero-width space", .invisibleCharacters, .warning, Plan.session(
            top: "\"host\": \"Андреева1️⃣\u{200B} Мария Сергеевна\",")),
        RuleCase("a soft hyphen", .invisibleCharacters, .warning, Plan.session(
            top: "\"host\": \"Андре1️⃣\u{00AD}ева Мария Сергеевна\",")),
        RuleCase("a non-breaking space", .invisibleCharacters, .warning, Plan.session(
            top: "\"host\": \"Андреева1️⃣\u{00A0}Мария Сергеевна\",")),
        RuleCase("zero-width space: the same member in two groups", .multipleGroups, .error, Plan.session(directions: [
            Plan.direction(groups:
                Plan.group(1, fields: #""moderator": "Модератор 1", "collector": "Сборщик 1", "members": ["Участник 1", "Участник 2", "Участник 3", "Участник 4", 2️⃣"Андреева Мария Сергеевна"]"#),
                Plan.group(2, fields: "\"moderator\": \"Модератор 2\", \"collector\": \"Сборщик 2\", \"members\": [1️⃣\"Андре\u{200B}ева Мария Сергеевна\", \"Участник 6\", \"Участник 7\", \"Участник 8\", \"Участник 9\"]"))]), also: [.invisibleCharacters]),
        RuleCase("soft hyphen: the same member in two groups", .multipleGroups, .error, Plan.session(directions: [
            Plan.direction(groups:
                Plan.group(1, fields: #""moderator": "Модератор 1", "collector": "Сборщик 1", "members": ["Участник 1", "Участник 2", "Участник 3", "Участник 4", 2️⃣"Андреева Мария Сергеевна"]"#),
                Plan.group(2, fields: "\"moderator\": \"Модератор 2\", \"collector\": \"Сборщик 2\", \"members\": [1️⃣\"Андре\u{00AD}ева Мария Сергеевна\", \"Участник 6\", \"Участник 7\", \"Участник 8\", \"Участник 9\"]"))]), also: [.invisibleCharacters]),
        RuleCase("Latin letters: the same member in two groups", .multipleGroups, .error, Plan.session(directions: [
            Plan.direction(groups:
                Plan.group(1, fields: #""moderator": "Модератор 1", "collector": "Сборщик 1", "members": ["Участник 1", "Участник 2", "Участник 3", "Участник 4", 2️⃣"Андреева Мария Сергеевна"]"#),
                Plan.group(2, fields: #""moderator": "Модератор 2", "collector": "Сборщик 2", "members": [1️⃣"Андрeева Мария Сергеевнa", "Участник 6", "Участник 7", "Участник 8", "Участник 9"]"#))]), also: [.lookAlikeLetters]),
        RuleCase("one Latin letter: moderator of two groups", .parallelDuty, .error, Plan.session(directions: [Plan.direction(groups:
            Plan.group(1, fields: #""moderator": 2️⃣"Петров Пётр", "collector": "Сборщик 1", "members": \#(Plan.members(1))"#),
            Plan.group(2, fields: #""moderator": 1️⃣"Пeтров Пётр", "collector": "Сборщик 2", "members": \#(Plan.members(2))"#))]), also: [.lookAlikeLetters]),
        RuleCase("one Latin letter: moderator is the collector", .roleConflict, .error, Plan.session(directions: [Plan.direction(groups:
            Plan.group(1, fields: #""moderator": 2️⃣"Петров Пётр", "collector": 1️⃣"Петрoв Пётр", "members": \#(Plan.members(1))"#))]), also: [.lookAlikeLetters]),
        RuleCase("one Latin letter: twice in people", .duplicatePerson, .error, Plan.session(
            top: #""people": [{"name": 2️⃣"Орлова Надежда Павловна"}, {"name": 1️⃣"Орлoва Надежда Павловна"}],"#), also: [.lookAlikeLetters]),
        RuleCase("initials of the one full name", .initials, .warning, Plan.session(
            top: #""people": [{"name": 2️⃣"Сулейманова Лариса Александровна", "position": "директор"}],"#,
            days: [Plan.day("2021-09-21", #"{"start": "09:00", "end": "09:15", "title": "Открытие", "kind": "opening", "speakers": [1️⃣"Сулейманова Л. А."]}"#, Plan.groupWork)])),
        RuleCase("initials without spaces", .initials, .warning, Plan.session(
            top: #""host": 2️⃣"Лешков Юрий Львович", "architects": [1️⃣"Лешков Ю.Л."],"#)),
    ]

    @Test(arguments: cases)
    func ruleIsFoundAndLocated(_ rule: RuleCase) {
        expectFinding(rule)
    }

    static let nearMisses: [NearMiss] = [
        NearMiss("all Cyrillic", .lookAlikeLetters, Plan.session(top: #""host": "Андреева Мария Сергеевна","#)),
        NearMiss("an English name", .lookAlikeLetters, Plan.session(top: #""host": "Maria Andreeva","#)),
        NearMiss("one word in each alphabet", .lookAlikeLetters, Plan.session(top: #""host": "Андреева Maria","#)),
        NearMiss("plain spaces", .invisibleCharacters, Plan.session(top: #""host": "Андреева  Мария Сергеевна","#)),
        NearMiss("two full names with those initials", .initials, Plan.session(
            top: #""host": "Сулейманова Лариса Александровна", "architects": ["Сулейманова Лидия Андреевна", "Сулейманова Л. А."],"#)),
        NearMiss("initials and nobody's full name", .initials, Plan.session(top: #""host": "Сулейманова Л. А.","#)),
    ]

    @Test(arguments: nearMisses)
    func nearMissIsNotFlagged(_ miss: NearMiss) {
        let source = MarkedSource(miss.source)
        #expect(!ruleFindings(source).contains { $0.code == miss.code })
    }

    @Test func lookAlikeMessageNamesTheLettersTheAlphabetAndTheFix() throws {
        let findings = ruleFindings(MarkedSource(Plan.session(top: #""host": "Андрeева Мария Сергеевнa","#)))
        let finding = try #require(findings.first { $0.code == .lookAlikeLetters })
        #expect(finding.message.ru.contains("латинская «e» в слове «Андрeева» (5-я буква)"))
        #expect(finding.message.ru.contains("латинская «a» в слове «Сергеевнa» (9-я буква)"))
        #expect(finding.message.ru.contains("«Андреева Мария Сергеевна»"))
        #expect(finding.message.en.contains("the Latin «e» in «Андрeева» (letter 5)"))
        #expect(!findings.contains { $0.code == .similarNames })
    }

    @Test func invisibleMessageNamesTheCharacterAndWhereItIs() throws {
        let findings = ruleFindings(MarkedSource(Plan.session(top: "\"host\": \"Андреева\u{200B} Мария Сергеевна\",")))
        let finding = try #require(findings.first { $0.code == .invisibleCharacters })
        #expect(finding.message.ru.contains("пробел нулевой ширины (U+200B) после «Андреева»"))
        #expect(finding.message.en.contains("a zero-width space (U+200B) after «Андреева»"))
        #expect(!finding.message.ru.contains("\u{200B}"))
    }

    @Test func identityDropsInvisibleCharactersAndMapsLookAlikes() {
        let plain = PersonKey("Андреева Мария Сергеевна")
        #expect(PersonKey("Андрeева Мария Сергеевнa") == plain)
        #expect(PersonKey("Андре\u{200B}ева Мария Сергеевна") == plain)
        #expect(PersonKey("Андре\u{00AD}ева Мария\u{00A0}Сергеевна") == plain)
        #expect(PersonKey("Андреева \u{2060} Мария Сергеевна") == plain)
        #expect(PersonKey("Андрeева Мария Сергеевнa").normalized == "Андрeева Мария Сергеевнa")
        // Case and ё/е stay different people: similar-names asks about them.
        #expect(PersonKey("АНДРЕЕВА МАРИЯ СЕРГЕЕВНА") != plain)
        #expect(PersonKey("Семёнова Алла") != PersonKey("Семенова Алла"))
    }

    @Test func initialsTakeThePositionOfTheFullName() throws {
        let source = Plan.session(
            top: #""people": [{"name": "Сулейманова Лариса Александровна", "position": "директор библиотеки"}],"#,
            days: [Plan.day("2021-09-21", #"{"start": "09:00", "end": "09:15", "title": "Открытие", "kind": "opening", "speakers": ["Сулейманова Л. А."]}"#, Plan.groupWork)])
        let session = try #require(SessionLoader.load(SourceFile(name: "t.json", bytes: Array(source.utf8))).session)
        #expect(session.peopleByKey[PersonKey("Сулейманова Л. А.")]?.position == "директор библиотеки")
    }
}
