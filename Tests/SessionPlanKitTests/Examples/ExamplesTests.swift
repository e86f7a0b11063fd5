import Foundation
import Testing
@testable import SessionPlanKit

@Suite struct ExamplesTests {
    static let sessions = ["tochka-kipeniya.json", "minimal.json", "english.json", "in-person.json"]

    @Test(arguments: sessions)
    func exampleIsACompleteValidPlan(name: String) {
        let loaded = SessionLoader.load(RepositoryPaths.example(name))
        #expect(loaded.session != nil)
        let messages = loaded.diagnostics.map { "\($0.location?.description ?? "-") [\($0.code.rawValue)] \($0.message.en)" }
        #expect(messages.isEmpty, "\(messages.joined(separator: "\n"))")
    }

    @Test func referenceSessionIsEncodedInFull() throws {
        let session = try #require(SessionLoader.load(RepositoryPaths.example("tochka-kipeniya.json")).session)
        #expect(session.days.map(\.slots.count) == [11, 8])
        #expect(session.directions.count == 5)
        #expect(session.directions.map(\.leaders.count) == [1, 1, 3, 2, 1])
        let meeting = try #require(session.days[0].slots.last)
        #expect(meeting.closed && meeting.audience == [.leaders, .moderators] && meeting.kind == .meeting)
        let reflection = try #require(session.days[1].slots.last)
        #expect(reflection.optional == [.participants] && "\(reflection.start)–\(reflection.end)" == "13:00–14:00")
        #expect(session.peopleByKey[PersonKey("Представитель АСИ")] != nil)
    }

    /// Every object of the schema lists exactly the keys the reader knows.
    @Test func schemaAndReaderKnowTheSameKeys() throws {
        let data = try Data(contentsOf: RepositoryPaths.examples.appendingPathComponent("session.schema.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let definitions = try #require(root["$defs"] as? [String: Any])
        func keys(_ object: [String: Any]?) -> Set<String> {
            Set(((object?["properties"] as? [String: Any]) ?? [:]).keys)
        }
        #expect(keys(root) == Set(FormatKeys.session))
        for (name, expected) in FormatKeys.byObject where name != "session" {
            let definition = definitions[name] as? [String: Any]
                ?? ((definitions["rules"] as? [String: Any])?["properties"] as? [String: Any])?[name] as? [String: Any]
            #expect(keys(definition) == Set(expected), "schema object \(name)")
        }
        let slot = try #require(definitions["slot"] as? [String: Any])
        let kind = ((slot["properties"] as? [String: Any])?["kind"] as? [String: Any])
        let kinds = (kind?["enum"] as? [String]) ?? (((definitions["slotKind"] as? [String: Any])?["enum"]) as? [String]) ?? []
        #expect(Set(kinds) == Set(SlotKind.allCases.map(\.rawValue)))
        let roles = ((definitions["role"] as? [String: Any])?["enum"] as? [String]) ?? []
        #expect(Set(roles) == Set(Role.allCases.map(\.rawValue)))
    }

    /// The schema's patterns for times and date-times accept exactly what the reader accepts,
    /// so an editor never underlines a value `validate` takes, nor passes one it refuses.
    @Test(arguments: [("9:00", true), ("09:00", true), ("23:59", true), ("24:00", false), ("09.00", false), ("9:0", false)])
    func schemaPatternsAgreeWithTheReader(time: String, accepted: Bool) throws {
        let data = try Data(contentsOf: RepositoryPaths.examples.appendingPathComponent("session.schema.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let definitions = try #require(root["$defs"] as? [String: Any])
        func matches(_ definition: String, _ text: String) throws -> Bool {
            let pattern = try #require((definitions[definition] as? [String: Any])?["pattern"] as? String)
            return text.range(of: pattern, options: .regularExpression) != nil
        }
        #expect(try matches("time", time) == accepted)
        #expect((ValueParsing.time(time) != nil) == accepted)
        let dateTime = "2021-09-17T" + time
        #expect(try matches("dateTime", dateTime) == accepted)
        #expect((ValueParsing.dateTime(dateTime) != nil) == accepted)
    }
}
