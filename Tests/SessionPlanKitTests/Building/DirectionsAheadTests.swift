import Foundation
import Testing
@testable import SessionPlanKit

/// Directions built while the file is read (`DirectionsAhead`) make the very session and findings
/// that building after reading makes, whatever the file holds.
@Suite struct DirectionsAheadTests {
    /// What the model keeps of the directions, with every location, as lines to compare.
    static func lines(_ directions: [Direction]) -> [String] {
        func person(_ reference: PersonReference?) -> String {
            reference.map { "\($0.name)@\($0.location)" } ?? "-"
        }
        var lines: [String] = []
        for direction in directions {
            let leadersAt = direction.leadersLocation.map { "\($0)" } ?? "-"
            let leaders: String = direction.leaders.map(person).joined(separator: ",")
            lines.append("\(direction.number) \(direction.id) \(direction.title) @\(direction.location) id@\(direction.idLocation) "
                         + "leaders@\(leadersAt) place \(direction.place ?? "-") \(leaders)")
            for group in direction.groups {
                let members: String = group.members.map(person).joined(separator: ",")
                lines.append("  \(group.name) \(group.kind) @\(group.location) \(person(group.moderator)) \(person(group.collector)) "
                             + "room \(group.room ?? "-") \(members)")
            }
        }
        return lines
    }

    /// Builds `text` both ways and expects the same.
    static func expectBothWaysAlike(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let bytes = Array(text.utf8)
        // Every object handed over, however small: each direction is built both ways.
        let ahead = DirectionsAhead(smallest: 0)
        let read = JSONReader.parse(bytes, handingOver: "directions", to: { ahead.take($0, $1, bytes: $2) })
        let built = ahead.finish()
        guard case .success(let tree) = read else {
            #expect(JSONReader.parse(bytes).failure == read.failure, sourceLocation: sourceLocation)
            return
        }
        let after = SessionBuilder.buildPartial(tree)
        let meanwhile = SessionBuilder.buildPartial(tree, directionsAhead: built)
        #expect(meanwhile.diagnostics == after.diagnostics, sourceLocation: sourceLocation)
        #expect(meanwhile.broken == after.broken, sourceLocation: sourceLocation)
        #expect(lines(meanwhile.session?.directions ?? []) == lines(after.session?.directions ?? []), sourceLocation: sourceLocation)
    }

    @Test(arguments: ["tochka-kipeniya.json", "in-person.json", "english.json", "minimal.json"])
    func everyExample(name: String) throws {
        let text = try String(contentsOf: RepositoryPaths.examples.appendingPathComponent(name), encoding: .utf8)
        Self.expectBothWaysAlike(text)
    }

    static func session(directions: String, more: String = "") -> String {
        """
        { "version": 1, "title": "T", "timezone": "Europe/Moscow",\(more)
          "days": [ { "date": "2021-09-21", "slots": [ { "start": "09:00", "end": "10:00", "title": "A" } ] } ],
          "directions": \(directions) }
        """
    }

    static let good = #"{ "id": "a", "title": "A", "leaders": ["Л"], "groups": [ { "name": "G", "moderator": "М", "collector": "С", "members": ["1", "2"] } ] }"#

    @Test(arguments: [
        // Broken directions: unknown key, no title, a wrong id, one that is not an object, ids twice.
        "[ { \"id\": \"a\", \"leaders\": [\"Л\"], \"colour\": 1 } ]",
        "[ { \"id\": \"Сельские\", \"title\": \"A\", \"leaders\": [] } ]",
        "[ \"a direction\", \(good) ]",
        "[ \(good), \(good) ]",
        "[ { \"id\": \"b\", \"title\": \"B\", \"leaders\": [\"Л\"], \"groups\": [ { \"members\": [1, \" \"] } ] } ]",
        // Not an array, or empty.
        "{ \"a\": \(good) }",
        "[]",
        "\"none\"",
    ])
    func brokenDirections(directions: String) {
        Self.expectBothWaysAlike(Self.session(directions: directions))
    }

    @Test func theKeyTwiceAndTheKeyDeeperDown() {
        // The first "directions" is the one used; a "directions" inside another member is not the session's.
        Self.expectBothWaysAlike(Self.session(directions: "[ \(Self.good) ]", more: #" "directions": [ "x" ],"#))
        Self.expectBothWaysAlike(Self.session(directions: "[ \(Self.good) ]", more: #" "rules": { "directions": [ \#(Self.good) ] },"#))
    }

    @Test func aFileThatEndsInsideADirectionIsOneSyntaxError() {
        let text = Self.session(directions: "[ \(Self.good), { \"id\": \"b\", ")
        Self.expectBothWaysAlike(String(text.dropLast(2)))
        let loaded = SessionLoader.load(SourceFile(name: "x.json", bytes: Array(text.dropLast(2).utf8)))
        #expect(loaded.structural.map(\.code) == [.jsonSyntax])
    }

    @Test func theReaderHandsOverEachElementOfTheTopLevelArrayOnly() throws {
        let text = Self.session(directions: "[ \(Self.good), \"second\" ]", more: #" "rules": { "directions": [ "deeper" ] },"#)
        var handed: [(Int, JSONValue, Int)] = []
        let tree = try JSONReader.parse(Array(text.utf8), handingOver: "directions", to: { handed.append(($0, $1, $2)) }).get()
        #expect(handed.map(\.0) == [0, 1])
        // Each with its length in the file: the good direction's text, and «"second"».
        #expect(handed.map(\.2) == [Self.good.utf8.count, 8])
        if case .string(let second) = handed[1].1.kind { #expect(second == "second") } else { Issue.record("not the string") }
        guard case .object(let members) = tree.kind, let directions = members.last, case .array(let elements) = directions.value.kind else {
            Issue.record("no directions in the tree")
            return
        }
        // Handed over and still in the tree, at the same place.
        #expect(elements.map(\.location) == handed.map(\.1.location))
    }

    @Test func everyDirectionIsBuiltAheadUnderItsElementsPlace() throws {
        let text = Self.session(directions: "[ \(Self.good), \(Self.good.replacingOccurrences(of: "\"a\"", with: "\"b\"")) ]")
        let ahead = DirectionsAhead(smallest: 0)
        let tree = try JSONReader.parse(Array(text.utf8), handingOver: "directions", to: { ahead.take($0, $1, bytes: $2) }).get()
        let built = ahead.finish()
        guard case .object(let members) = tree.kind, let directions = members.last, case .array(let elements) = directions.value.kind else {
            Issue.record("no directions in the tree")
            return
        }
        #expect(elements.map { built[$0.location.offset]?.number } == [1, 2])
        #expect(elements.map { built[$0.location.offset]?.direction?.id } == ["a", "b"])
    }

    @Test func onlyObjectsAreBuiltAheadAndSmallOnesTogether() throws {
        // 2,000 directions below `batchBytes` but not below `smallest`, a few that are not objects,
        // and one too small to hand over.
        let members = (0..<40).map { "\"Участник \($0)\"" }.joined(separator: ", ")
        let small = (0..<2_000).map { #"{ "id": "d\#($0)", "title": "D", "leaders": ["Л"], "groups": [ { "name": "G", "members": [\#(members)] } ] }"# }
        #expect(small.allSatisfy { $0.utf8.count >= DirectionsAhead.smallest && $0.utf8.count < DirectionsAhead.batchBytes })
        let text = Self.session(directions: "[ 1, " + small.joined(separator: ", ") + #", "x", null, { "id": "tiny" } ]"#)
        let ahead = DirectionsAhead()
        _ = try JSONReader.parse(Array(text.utf8), handingOver: "directions", to: { ahead.take($0, $1, bytes: $2) }).get()
        let built = ahead.finish()
        #expect(built.count == 2_000)
        #expect(built.values.map(\.number).sorted() == Array(2...2_001))
        Self.expectBothWaysAlike(text)
    }

    @Test func whatWasBuiltIsUsedOnlyForTheSameElement() throws {
        let text = Self.session(directions: "[ \(Self.good) ]")
        let tree = try JSONReader.parse(Array(text.utf8)).get()
        guard case .object(let members) = tree.kind, let directions = members.last, case .array(let elements) = directions.value.kind,
              let element = elements.first else {
            Issue.record("no direction in the tree")
            return
        }
        let marker = Diagnostic.error(.invalidValue, LocalizedText(en: "built ahead", ru: "построено заранее"), at: element.location)
        let ahead = BuiltDirection(number: 1, direction: nil, diagnostics: [marker])
        let used = SessionBuilder.buildPartial(tree, directionsAhead: [element.location.offset: ahead])
        #expect(used.diagnostics == [marker])
        #expect(used.session?.directions.isEmpty == true)
        // Another number (a second "directions" whose element sits elsewhere) is built again.
        let other = BuiltDirection(number: 2, direction: nil, diagnostics: [marker])
        let rebuilt = SessionBuilder.buildPartial(tree, directionsAhead: [element.location.offset: other])
        #expect(rebuilt.diagnostics.isEmpty)
        #expect(rebuilt.session?.directions.map(\.id) == ["a"])
    }
}
