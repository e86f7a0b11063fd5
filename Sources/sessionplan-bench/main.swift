import Foundation

/// `swift run -c release sessionplan-bench [--sizes 1000,10000,100000] [--runs 3] [--keep DIR]`
///
/// Generates plans of each size, then times the release `sessionplan` (found
/// beside this executable) on them, side by side with Python's json.load of
/// the same file, and prints a Markdown table.
let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let sizes = (option("--sizes") ?? "1000,10000,100000").split(separator: ",").compactMap { Int($0) }
let runs = Int(option("--runs") ?? "3") ?? 3
let folder = URL(fileURLWithPath: option("--keep") ?? NSTemporaryDirectory() + "sessionplan-bench")
try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sessionplan").path
guard FileManager.default.isExecutableFile(atPath: binary) else {
    print("sessionplan-bench: build the tool first: swift build -c release (looked for \(binary))")
    exit(2)
}
let python = ProcessMeasurement.which("python3")

func formatSeconds(_ s: Double) -> String { s < 1 ? String(format: "%.0f ms", s * 1000) : String(format: "%.2f s", s) }
func formatBytes(_ b: Int) -> String { String(format: "%.1f MB", Double(b) / 1_048_576) }

let tasks: [(label: String, arguments: [String])] = [
    ("validate", ["validate"]),
    ("agenda", ["agenda"]),
    ("export markdown", ["export", "--to", "markdown"]),
    ("export ics", ["export", "--to", "ics"]),
]

print("| members | file | command | time | peak memory | python json.load time | python peak memory |")
print("|---:|---:|---|---:|---:|---:|---:|")
var validateTimes: [Int: Double] = [:]
for size in sizes {
    let file = folder.appendingPathComponent("plan-\(size).json")
    let text = PlanGenerator(members: size).json()
    try? Data(text.utf8).write(to: file)
    let fileSize = formatBytes(text.utf8.count)
    let reference = python.flatMap {
        ProcessMeasurement.best(of: runs, [$0, "-c", "import json,sys; json.load(open(sys.argv[1]))", file.path])
    }
    for task in tasks {
        guard let measured = ProcessMeasurement.best(of: runs, [binary] + task.arguments + [file.path]) else { continue }
        if task.label == "validate" { validateTimes[size] = measured.seconds }
        let failed = measured.status != 0 ? " (exit \(measured.status))" : ""
        let py = reference.map { (formatSeconds($0.seconds), formatBytes($0.peakBytes)) } ?? ("–", "–")
        print("| \(size) | \(fileSize) | \(task.label)\(failed) | \(formatSeconds(measured.seconds)) | \(formatBytes(measured.peakBytes)) | \(py.0) | \(py.1) |")
    }
}
let ordered = sizes.sorted()
for (small, large) in zip(ordered, ordered.dropFirst()) {
    if let a = validateTimes[small], let b = validateTimes[large], a > 0 {
        print(String(format: "\nvalidate: %d → %d members costs %.1f× the time", small, large, b / a))
    }
}
