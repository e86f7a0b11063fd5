import Foundation
import Testing

/// Golden files of the agenda, in `Tests/SessionPlanKitTests/Golden/agenda/`.
/// `SESSIONPLAN_RECORD=1 swift test` writes them anew; review each by eye before committing.
enum AgendaGolden {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // Support
        .deletingLastPathComponent()   // SessionPlanKitTests
        .appendingPathComponent("Golden/agenda")

    static var recording: Bool { ProcessInfo.processInfo.environment["SESSIONPLAN_RECORD"] == "1" }

    /// Compares `actual` with the golden file `name`, recording it when asked.
    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = folder.appendingPathComponent(name)
        if recording {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: file)
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record("golden file \(name) is missing; record it with SESSIONPLAN_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            let message = "output differs from \(name) (- expected, + actual):\n" + lineDiff(expected, actual)
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    /// A readable line diff: the lines of a longest common subsequence unmarked, the others with - or +.
    static func lineDiff(_ expected: String, _ actual: String) -> String {
        let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [String] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                out.append("  " + a[i]); i += 1; j += 1
            } else if j < b.count, i == a.count || lcs[i][j + 1] >= lcs[i + 1][j] {
                out.append("+ " + b[j]); j += 1
            } else {
                out.append("- " + a[i]); i += 1
            }
        }
        return out.joined(separator: "\n")
    }
}

/// Golden files of the exports, in `Tests/SessionPlanKitTests/Golden/export/`, checked and
/// recorded (`SESSIONPLAN_RECORD=1 swift test`) by the agenda's helper, `AgendaGolden`,
/// whose folder is `Golden/agenda`: the names are given relative to it.
enum ExportGolden {
    static let folder = AgendaGolden.folder.deletingLastPathComponent().appendingPathComponent("export")

    static func check(_ actual: String, against name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        if AgendaGolden.recording {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        AgendaGolden.check(actual, against: "../export/" + name, sourceLocation: sourceLocation)
    }
}
