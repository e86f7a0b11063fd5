import Testing
@testable import SessionPlanKit

/// `nonexistent-time` and `template-placeholder` (README.md, «What `validate` checks»).
@Suite struct ClockChangeAndPlaceholderTests {
    private func berlin(_ slot: String, date: String = "2026-03-29") -> String {
        Plan.session(days: [Plan.day(date, slot, #"{"start": "10:00", "end": "12:00", "title": "Работа в группах", "kind": "group-work"}"#)])
            .replacingOccurrences(of: "Europe/Moscow", with: "Europe/Berlin")
    }

    @Test func aSlotInTheSkippedHourIsAnError() {
        expectFinding(RuleCase("02:00–03:30 on the night clocks go forward", .nonexistentTime, .error,
                               berlin(#"{"start": 1️⃣"02:30", "end": "03:30", "title": "Ночной пункт", "audience": ["organizers"]}"#), also: [.gap]))
        let source = MarkedSource(berlin(#"{"start": 1️⃣"02:00", "end": "03:30", "title": "Ночной пункт", "audience": ["organizers"]}"#))
        let found = ruleFindings(source).filter { $0.code == .nonexistentTime }
        #expect(found.count == 1)
        #expect(isAt(found.first, source, 1))
        #expect(found.first?.message.ru.contains("часы переводят вперёд") == true)

        let whole = ruleFindings(MarkedSource(berlin(#"{"start": "02:30", "end": "03:30", "title": "Ночной пункт", "audience": ["organizers"]}"#)))
        #expect(whole.first { $0.code == .nonexistentTime }?.message.en == "02:30 on 2026-03-29 does not exist in Europe/Berlin: the clocks go forward that night and skip it (02:30–03:30 «Ночной пункт»); move the slot out of the skipped hour")
    }

    @Test(arguments: [("2026-03-29", "03:00"), ("2026-03-28", "02:30"), ("2026-10-25", "02:30")])
    func timesThatExistAreFine(date: String, start: String) {
        let source = MarkedSource(berlin(#"{"start": "\#(start)", "end": "03:45", "title": "Ночной пункт", "audience": ["organizers"]}"#, date: date))
        #expect(!ruleFindings(source).contains { $0.code == .nonexistentTime })
    }

    @Test(arguments: Language.allCases)
    func aFreshTemplateWarnsAboutItsPlaceholdersButHasNoErrors(language: Language) throws {
        let first = try #require(CalendarDate(year: 2026, month: 12, day: 1))
        let text = JSONWriter.string(SessionTemplate.session(language: language, firstDay: first))
        let loaded = SessionLoader.load(SourceFile(name: "t.json", bytes: Array(text.utf8)))
        #expect(loaded.diagnostics.errorCount == 0)
        let placeholders = loaded.findings.filter { $0.code == .templatePlaceholder }
        #expect(placeholders.count == loaded.diagnostics.count)
        #expect(placeholders.count >= 20)
        #expect(placeholders.allSatisfy { $0.severity == .warning && $0.location != nil })
        // Every placeholder text is one the template really writes.
        let written = Set(placeholders.compactMap { finding in
            TemplatePlaceholders.texts.first { finding.message.en.hasPrefix("\"\(JSONReaderMessage.shortened($0))\"") }
        })
        #expect(written.count >= 20)
    }

    @Test func aPlaceholderIsFoundWhereItIs() {
        let source = MarkedSource(Plan.session(top: #""host": 1️⃣"Ведущий сессии","#))
        let found = ruleFindings(source).filter { $0.code == .templatePlaceholder }
        #expect(found.count == 1)
        #expect(isAt(found.first, source, 1))
        #expect(found.first?.message.ru.contains("заготовка из шаблона") == true)
    }

    @Test("a placeholder deep in a large direction (one the reader hands over to be built ahead) is found once, where it is")
    func aPlaceholderInALargeDirectionIsFoundOnce() {
        let members = (1...9).map { "\"Участникова Мария \($0)\"" }.joined(separator: ", ")
        let group = Plan.group(1, fields: "\"moderator\": 1️⃣\"Модератор группы\", \"collector\": \"Сборщик 1\", \"members\": [\(members)]")
        let direction = Plan.direction(groups: group, Plan.group(2), Plan.group(3))
        #expect(direction.utf8.count >= DirectionsAhead.smallest)
        let source = MarkedSource(Plan.session(directions: [direction]))
        let found = ruleFindings(source).filter { $0.code == .templatePlaceholder }
        #expect(found.count == 1)
        #expect(isAt(found.first, source, 1))
    }

    @Test("a placeholder written with escapes is the same text; a key and a value with more text are not values to replace")
    func placeholdersAreDecodedValuesOnly() {
        let escaped = MarkedSource(Plan.session(top: #""host": 1️⃣"\u0412едущий сессии","#))
        let found = ruleFindings(escaped).filter { $0.code == .templatePlaceholder }
        #expect(found.count == 1)
        #expect(isAt(found.first, escaped, 1))
        let notValues = MarkedSource(Plan.session(top: #""notes": ["Ведущий сессии — Орлова Н. П."], "x-draft": {"Ведущий сессии": "Орлова"},"#))
        #expect(!notValues.load().findings.contains { $0.code == .templatePlaceholder })
    }

    @Test("a placeholder written with a decomposed «ё» (other bytes, the same text) is found all the same")
    func aDecomposedPlaceholderIsFound() {
        #expect(TemplatePlaceholders.isPlaceholder("Приглашённый эксперт"))
        #expect(TemplatePlaceholders.isPlaceholder("Пригла\u{0448}е\u{0308}нный эксперт"))
        #expect(!TemplatePlaceholders.isPlaceholder("Приглашённый экспертъ"))
    }

    /// The eight-bytes-at-a-time scan says what a byte-by-byte look says, wherever the other
    /// character stands: one of the C0–FF lead bytes that are not D0 or D1, or a D0/D1 letter.
    @Test func thePlainTextScanAgreesWithAByteByByteLook() {
        func byteByByte(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0xC0 || $0 == 0xD0 || $0 == 0xD1 } }
        let others = ["ё", "я", "Ґ", "é", "\u{0306}", "€", "😀", "\u{00A0}", "z", "ӧ", "ϕ"]
        for base in ["Иванова Мария Петровна", "Session Host", "Ёж", ""] {
            for other in others {
                for position in 0...base.count {
                    var text = base
                    text.insert(contentsOf: other, at: text.index(text.startIndex, offsetBy: position))
                    let scanned = text.withUTF8Bytes(TemplatePlaceholders.isPlain)
                    #expect(scanned == byteByByte(text), "«\(text)»")
                }
            }
        }
    }

    @Test func placeholdersDoNotFailValidateWithoutStrict() {
        let text = JSONWriter.string(SessionTemplate.session(language: .ru, firstDay: CalendarDate(daysSinceEpoch: 20_000)))
        #expect(runCLI(["validate", "-"], input: text).status == .success)
        #expect(runCLI(["validate", "--strict", "-"], input: text).status == .invalid)
    }
}
