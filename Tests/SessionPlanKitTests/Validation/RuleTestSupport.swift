import Testing
@testable import SessionPlanKit

/// Small session files for rule tests: a complete, finding-free plan whose
/// parts a test replaces, with keycap markers where a finding must point.
enum Plan {
    static let opening = #"{"start": "09:00", "end": "09:15", "title": "Открытие", "kind": "opening"}"#
    static let groupWork = #"{"start": "09:15", "end": "11:15", "title": "Работа в группах", "kind": "group-work"}"#

    /// One day, 2021-09-21, with the given slots (opening and group work by default).
    static func day(_ date: String = "2021-09-21", _ slots: String...) -> String {
        let body = slots.isEmpty ? [opening, groupWork] : slots
        return "{\"date\": \(quoted(date)), \"slots\": [\n      " + body.joined(separator: ",\n      ") + "\n    ]}"
    }

    /// A JSON string; a leading marker (`1️⃣2021-09-21`) goes before the quote, where the value starts.
    static func quoted(_ text: String) -> String {
        if let first = text.first, first.unicodeScalars.contains("\u{20E3}") {
            return "\(first)\"\(text.dropFirst())\""
        }
        return "\"\(text)\""
    }

    /// Five distinct members whose names differ only by digits (never `similar-names`).
    static func members(_ group: Int, count: Int = 5) -> String {
        "[" + (0..<count).map { "\"Участник \(group)-\($0 + 1)\"" }.joined(separator: ", ") + "]"
    }

    /// A complete group; `fields` replaces its moderator, collector and members.
    static func group(_ number: Int, name: String? = nil, fields: String? = nil) -> String {
        let people = fields ?? "\"moderator\": \"Модератор \(number)\", \"collector\": \"Сборщик \(number)\", \"members\": \(members(number))"
        return "{\"name\": \"\(name ?? "Группа \(number)")\", \(people)}"
    }

    /// A direction with one leader and the given groups (one complete group by default).
    static func direction(_ id: String = "rural", title: String = "Сельские библиотеки",
                          leaders: String = #"["Орлова Надежда Павловна"]"#, groups: String...) -> String {
        let body = groups.isEmpty ? [group(1)] : groups
        return "{\"id\": \"\(id)\", \"title\": \"\(title)\", \"leaders\": \(leaders),\n     \"groups\": [\n       "
            + body.joined(separator: ",\n       ") + "\n     ]}"
    }

    /// The whole file. `top` is inserted after the time zone (end it with a comma);
    /// `directions: nil` leaves the key out.
    static func session(top: String = "", days: [String] = [day()], directions: [String]? = [direction()]) -> String {
        var text = "{\n  \"version\": 1,\n  \"title\": \"Стратегическая сессия\",\n  \"timezone\": \"Europe/Moscow\",\n"
        if !top.isEmpty { text += "  " + top + "\n" }
        text += "  \"days\": [\n    " + days.joined(separator: ",\n    ") + "\n  ]"
        if let directions {
            text += ",\n  \"directions\": [\n    " + directions.joined(separator: ",\n    ") + "\n  ]"
        }
        return text + "\n}\n"
    }
}

/// One rule case: a marked session that must produce exactly one finding of
/// `code` at marker 1️⃣, with a note at 2️⃣ when the source has that marker.
struct RuleCase: Sendable, CustomTestStringConvertible {
    let label: String
    let code: DiagnosticCode
    let severity: Severity
    let source: String
    /// Codes that cannot help firing with this one on its fixture (two speakers'
    /// slots that overlap are also `slot-overlap`); every other code must stay silent.
    let also: Set<DiagnosticCode>

    init(_ label: String, _ code: DiagnosticCode, _ severity: Severity, _ source: String, also: Set<DiagnosticCode> = []) {
        self.label = label
        self.code = code
        self.severity = severity
        self.source = source
        self.also = also
    }

    var testDescription: String { "\(code.rawValue): \(label)" }
}

/// A session that must produce no finding of `code`.
struct NearMiss: Sendable, CustomTestStringConvertible {
    let label: String
    let code: DiagnosticCode
    let source: String

    init(_ label: String, _ code: DiagnosticCode, _ source: String) {
        self.label = label
        self.code = code
        self.source = source
    }

    var testDescription: String { "no \(code.rawValue): \(label)" }
}

/// Loads a marked source that must build without structural findings and returns its rule findings.
func ruleFindings(_ source: MarkedSource, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
    let loaded = source.load()
    #expect(loaded.structural.isEmpty, "\(loaded.structural.map { "\($0.location?.description ?? "-") \($0.message.en)" })\n\(source.text)",
            sourceLocation: sourceLocation)
    return loaded.findings
}

/// Checks a rule case: one finding of its code, its severity, at 1️⃣, with a note at 2️⃣ if marked,
/// and no finding of another code (but those the case names in `also`).
func expectFinding(_ rule: RuleCase, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let source = MarkedSource(rule.source)
    let all = ruleFindings(source, sourceLocation: sourceLocation)
    let found = all.filter { $0.code == rule.code }
    let described = all.map { "\($0.location?.description ?? "-") [\($0.code.rawValue)] \($0.message.en)" }.joined(separator: "\n")
    #expect(found.count == 1, "\(described)\n\(source.text)", sourceLocation: sourceLocation)
    // The case shows this rule alone: no finding of any other code fires on it.
    #expect(all.allSatisfy { $0.code == rule.code || rule.also.contains($0.code) }, "other findings:\n\(described)\n\(source.text)", sourceLocation: sourceLocation)
    guard let finding = found.first else { return }
    #expect(finding.severity == rule.severity, sourceLocation: sourceLocation)
    #expect(isAt(finding, source, 1), "at \(finding.location?.description ?? "-"), expected \(String(describing: source.place(1)))",
            sourceLocation: sourceLocation)
    if let place = source.place(2) {
        let note = finding.notes.first?.location
        #expect(note?.line == place.line && note?.column == place.column,
                "note at \(note?.description ?? "-"), expected \(place)", sourceLocation: sourceLocation)
    }
    #expect(!finding.message.en.isEmpty && !finding.message.ru.isEmpty && finding.message.en != finding.message.ru,
            sourceLocation: sourceLocation)
}
