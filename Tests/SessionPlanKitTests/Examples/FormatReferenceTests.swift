import Foundation
import Testing
@testable import SessionPlanKit

/// `examples/FORMAT.md`, the organizers' reference of the session file, keeps
/// up with the reader: a key, a slot kind, a role or a group kind the model
/// accepts without a line there fails here.
@Suite struct FormatReferenceTests {
    static let reference = RepositoryPaths.examples.appendingPathComponent("FORMAT.md")

    /// One object's section: from its heading, which ends in «(`name`)», to the
    /// next heading of the same or a higher level (its subsections included).
    static func section(_ name: String, in text: String) -> String? {
        let lines = text.components(separatedBy: "\n")
        func level(_ line: String) -> Int? {
            let hashes = line.prefix { $0 == "#" }.count
            return hashes > 0 && line.dropFirst(hashes).hasPrefix(" ") ? hashes : nil
        }
        guard let start = lines.firstIndex(where: { level($0) != nil && $0.hasSuffix("(`\(name)`)") }),
              let own = level(lines[start]) else { return nil }
        let rest = lines[(start + 1)...]
        let end = rest.firstIndex { level($0).map { $0 <= own } ?? false } ?? lines.endIndex
        return lines[start..<end].joined(separator: "\n")
    }

    static func text(_ url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    @Test(arguments: FormatKeys.byObject.keys.sorted())
    func everyKeyHasARowInItsObjectsSection(object: String) throws {
        let text = try Self.text(Self.reference)
        let section = try #require(Self.section(object, in: text), "no section whose heading ends in (`\(object)`)")
        for key in FormatKeys.byObject[object] ?? [] {
            #expect(section.contains("\n| `\(key)` |"), "key \"\(key)\" of \(object) has no row in its section")
        }
    }

    @Test func everyValueTheModelAcceptsIsListed() throws {
        let text = try Self.text(Self.reference)
        let slot = try #require(Self.section("slot", in: text))
        for kind in SlotKind.allCases { #expect(slot.contains("| `\(kind.rawValue)` |"), "slot kind \(kind.rawValue)") }
        for role in Role.allCases { #expect(slot.contains("| `\(role.rawValue)` |"), "role \(role.rawValue)") }
        let group = try #require(Self.section("group", in: text))
        for kind in GroupKind.allCases { #expect(group.contains("`\"\(kind.rawValue)\"`"), "group kind \(kind.rawValue)") }
        let session = try #require(Self.section("session", in: text))
        for language in Language.allCases {
            #expect(session.contains("`\"\(language.rawValue)\"`"), "language \(language.rawValue)")
        }
    }

    /// The whole-file example is `examples/minimal.json`, which the examples' tests validate.
    @Test func minimalExampleIsMinimalJSON() throws {
        let text = try Self.text(Self.reference)
        let section = try #require(text.range(of: "\n## Самый маленький полный файл\n"))
        let rest = text[section.upperBound...]
        let open = try #require(rest.range(of: "```json\n"))
        let close = try #require(rest[open.upperBound...].range(of: "\n```"))
        let shown = try JSONSerialization.jsonObject(with: Data(rest[open.upperBound..<close.lowerBound].utf8))
        let file = try JSONSerialization.jsonObject(with: Data(contentsOf: RepositoryPaths.examples.appendingPathComponent("minimal.json")))
        #expect((shown as? NSDictionary) == (file as? NSDictionary))
    }

    /// Every example the reference links to exists.
    @Test func linkedExamplesExist() throws {
        let text = try Self.text(Self.reference)
        let names = text.components(separatedBy: "](").dropFirst().compactMap { $0.split(separator: ")").first }
        #expect(!names.isEmpty)
        for name in names {
            let path = RepositoryPaths.examples.appendingPathComponent(String(name)).path
            #expect(FileManager.default.fileExists(atPath: path), "FORMAT.md links to \(name), which is not in examples/")
        }
    }

    /// What users read points at the reference in the repository, never at
    /// the project's `shared/spec` folder, which a clone does not have.
    @Test func usersDocumentsPointIntoTheRepository() throws {
        let readme = try Self.text(RepositoryPaths.root.appendingPathComponent("README.md"))
        let schema = try Self.text(RepositoryPaths.examples.appendingPathComponent("session.schema.json"))
        let reference = try Self.text(Self.reference)
        for (name, text) in [("README.md", readme), ("session.schema.json", schema), ("FORMAT.md", reference)] {
            #expect(!text.contains("spec/") && !text.contains("shared/"), "\(name) points outside the repository")
        }
        let fileSection = try #require(Self.sectionOfReadme(readme))
        #expect(fileSection.contains("examples/FORMAT.md"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(schema.utf8)) as? [String: Any])
        #expect((root["description"] as? String)?.contains("examples/FORMAT.md") == true)
    }

    /// The README's «## The session file» section.
    static func sectionOfReadme(_ readme: String) -> String? {
        guard let start = readme.range(of: "\n## The session file\n") else { return nil }
        let rest = readme[start.upperBound...]
        return String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
    }
}
