import Foundation

/// Runs `validate --format json` on a generated plan and checks that exactly
/// the planted near-duplicates are reported: each by its expected code, and
/// nothing else about names.
struct PlantCheck {
    let passed: Bool
    let summary: String

    /// Codes that speak of names; a finding with one of them that no planted pair explains is a false alarm.
    static let nameCodes: Set<String> = ["similar-names", "look-alike-letters", "invisible-characters", "initials"]

    static func run(binary: String, file: String, planted: [PlantedDuplicate]) -> PlantCheck {
        guard let output = ProcessMeasurement.output([binary, "validate", "--format", "json", file]),
              let document = try? JSONSerialization.jsonObject(with: output) as? [String: Any],
              let files = document["files"] as? [[String: Any]],
              let diagnostics = files.first?["diagnostics"] as? [[String: Any]] else {
            return PlantCheck(passed: false, summary: "validate --format json gave no readable report")
        }
        let findings: [(code: String, text: String)] = diagnostics.map { diagnostic in
            let notes = (diagnostic["notes"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
            return (diagnostic["code"] as? String ?? "", ([diagnostic["message"] as? String ?? ""] + notes).joined(separator: "\n"))
        }
        var explained = Set<Int>()
        var missed: [String] = []
        for pair in planted {
            let matches = findings.indices.filter { index in
                findings[index].code == pair.kind.expectedCode && findings[index].text.contains(pair.variant)
            }
            if matches.isEmpty { missed.append("\(pair.kind) «\(pair.variant)»") }
            explained.formUnion(matches)
        }
        let unexplained = findings.indices.filter { nameCodes.contains(findings[$0].code) && !explained.contains($0) }
        let others = Dictionary(grouping: findings.filter { !nameCodes.contains($0.code) }, by: \.code).mapValues(\.count)
        let otherText = others.isEmpty ? "" : "; other findings: " + others.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
        let passed = missed.isEmpty && unexplained.isEmpty
        var summary = "planted near-duplicates reported: \(planted.count - missed.count) of \(planted.count); "
            + "name findings not planted: \(unexplained.count)\(otherText)"
        if !missed.isEmpty { summary += "\n  missed: " + missed.joined(separator: ", ") }
        for index in unexplained.prefix(5) { summary += "\n  not planted: [\(findings[index].code)] \(findings[index].text.prefix(200))" }
        return PlantCheck(passed: passed, summary: summary)
    }
}
