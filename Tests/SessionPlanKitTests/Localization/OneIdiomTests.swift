import Foundation
import Testing

/// Bilingual text has one idiom, `LocalizedText(en:ru:)` picked with
/// `.text(in:)`. This scan of `Sources` fails when one of the others comes back:
/// a ternary on the language, a `t(russian, english)` or `say(russian, english)`
/// helper (its arguments the other way round), an `(en:, ru:)` tuple.
@Suite struct OneIdiomTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // Localization
        .deletingLastPathComponent()   // SessionPlanKitTests
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()   // the package
        .appendingPathComponent("Sources")

    /// Each idiom and a pattern that finds it.
    static let idioms: [(name: String, pattern: String)] = [
        ("a ternary on the language", #"== \.ru \?|== \.en \?"#),
        ("a ternary on a Bool named ru", #"\bru \?"#),
        ("a t() helper", #"func t\("#),
        ("a helper taking the Russian first", #"_ russian: String, _ english: String"#),
        ("an (en:, ru:) tuple type", #"(->|:)\s*\(en: String, ru: String\)"#),
        ("an (en:, ru:) tuple value", #"(=|return|\?\?)\s*\(\s*en:"#),
    ]

    /// Every Swift file under `Sources`, with its path relative to it.
    static func swiftFiles() throws -> [(path: String, text: String)] {
        let manager = FileManager.default
        guard let walker = manager.enumerator(at: sources, includingPropertiesForKeys: nil) else { return [] }
        var files: [(String, String)] = []
        for case let url as URL in walker where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            files.append((String(url.path.dropFirst(sources.path.count + 1)), text))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    @Test func findsTheSources() throws {
        let files = try Self.swiftFiles()
        #expect(files.count > 50)
        #expect(files.contains { $0.path.hasSuffix("Localization/LocalizedText.swift") })
    }

    @Test(arguments: idioms.map(\.name))
    func idiomIsGone(_ name: String) throws {
        let pattern = try #require(Self.idioms.first { $0.name == name }?.pattern)
        let regex = try NSRegularExpression(pattern: pattern)
        var hits: [String] = []
        for file in try Self.swiftFiles() {
            let text = file.text as NSString
            for match in regex.matches(in: file.text, range: NSRange(location: 0, length: text.length)) {
                let line = text.substring(to: match.range.location).filter { $0 == "\n" }.count + 1
                hits.append("\(file.path):\(line)")
            }
        }
        #expect(hits.isEmpty, "\(name) in: \(hits.joined(separator: ", "))")
    }
}
