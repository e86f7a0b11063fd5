import Foundation

/// `swift run -c release sessionplan-bench [--sizes 1000,10000,100000] [--runs 5] [--keep DIR]`
///
/// Generates plans of each size with realistic names and a fixed set of planted
/// near-duplicates, checks that `validate` reports exactly those, then times the
/// release `sessionplan` (found beside this executable) on them, each run side
/// by side with Python's json.load of the same file, and prints a Markdown table.
let arguments = CommandLine.arguments

// `--generate SIZE FILE`: write one plan and, beside it, FILE.planted (the planted pairs).
// The plans are generated in a child process so that this one stays small: on Linux a
// spawned child's peak memory (wait4's ru_maxrss) counts the spawning process's peak too.
if arguments.count == 4, arguments[1] == "--generate", let size = Int(arguments[2]) {
    var generator = PlanGenerator(members: size)
    let text = generator.json()
    let planted = generator.planted.map { "\($0.kind)\t\($0.original)\t\($0.variant)\n" }.joined()
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: arguments[3]))
        try Data(planted.utf8).write(to: URL(fileURLWithPath: arguments[3] + ".planted"))
    } catch {
        print("sessionplan-bench: cannot write \(arguments[3]): \(error)")
        exit(2)
    }
    exit(0)
}
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let sizes = (option("--sizes") ?? "1000,10000,100000").split(separator: ",").compactMap { Int($0) }
let runs = max(1, Int(option("--runs") ?? "5") ?? 5)
let folder = URL(fileURLWithPath: option("--keep") ?? NSTemporaryDirectory() + "sessionplan-bench")
try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sessionplan").path
guard FileManager.default.isExecutableFile(atPath: binary) else {
    print("sessionplan-bench: build the tool first: swift build -c release --static-swift-stdlib (looked for \(binary))")
    exit(2)
}
// The interpreter itself, not what PATH finds first: a version manager's shim (pyenv's is a
// bash script) would add its own start-up, ~120 ms here, to every Python run and flatter the ratios.
guard let found = ProcessMeasurement.which("python3"),
      let python = ProcessMeasurement.output([found, "-c", "import sys; print(sys.executable)"])
          .map({ String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }),
      FileManager.default.isExecutableFile(atPath: python) else {
    print("sessionplan-bench: python3 is needed for the side-by-side reference")
    exit(2)
}
print("reference: \(python) (found as \(found))")
let pythonLoad = [python, "-c", "import json,sys; json.load(open(sys.argv[1]))"]

func formatSeconds(_ s: Double) -> String { s < 1 ? String(format: "%.0f ms", s * 1000) : String(format: "%.2f s", s) }
func formatBytes(_ b: Int) -> String { String(format: "%.1f MB", Double(b) / 1_048_576) }

let tasks: [(label: String, arguments: [String])] = [
    ("validate", ["validate"]),
    ("agenda", ["agenda"]),
    ("export markdown", ["export", "--to", "markdown"]),
    ("export html", ["export", "--to", "html"]),
    ("export ics", ["export", "--to", "ics"]),
    ("export csv", ["export", "--to", "csv", "--include-groups"]),
    // The binary formats go to a file (replaced on each run).
    ("export docx", ["export", "--to", "docx", "-o", folder.appendingPathComponent("program.docx").path]),
    ("export xlsx", ["export", "--to", "xlsx", "--include-groups", "-o", folder.appendingPathComponent("roster.xlsx").path]),
    // Every group in the program: each group-work slot lists them all (10,000 at the largest size).
    ("export html, groups", ["export", "--to", "html", "--include-groups"]),
    ("export ics, groups", ["export", "--to", "ics", "--include-groups"]),
    ("export docx, groups", ["export", "--to", "docx", "--include-groups", "-o", folder.appendingPathComponent("program.docx").path]),
]

var failures = 0
var validateTimes: [Int: Double] = [:]
var rows: [String] = []
for size in sizes {
    let file = folder.appendingPathComponent("plan-\(size).json")
    guard ProcessMeasurement.run([CommandLine.arguments[0], "--generate", String(size), file.path])?.status == 0,
          let fileSize = (try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? Int,
          let plantedText = try? String(contentsOfFile: file.path + ".planted", encoding: .utf8) else {
        print("sessionplan-bench: could not generate the plan of \(size) members in \(folder.path)")
        exit(2)
    }
    let planted = PlantedDuplicate.parse(plantedText)
    let check = PlantCheck.run(binary: binary, file: file.path, planted: planted)
    print("\(size) members: \(check.summary)")
    if !check.passed { failures += 1 }
    for task in tasks {
        let command = [binary] + task.arguments + [file.path]
        guard let pair = ProcessMeasurement.sideBySide(runs: runs, command, pythonLoad + [file.path]) else {
            print("sessionplan-bench: could not run \(command.joined(separator: " "))")
            exit(2)
        }
        if task.label == "validate" { validateTimes[size] = pair.tool.seconds }
        rows.append("| \(size) | \(formatBytes(fileSize)) | \(task.label) | \(pair.tool.status) "
            + "| \(formatSeconds(pair.tool.seconds)) | \(formatBytes(pair.tool.peakBytes)) "
            + "| \(formatSeconds(pair.reference.seconds)) | \(formatBytes(pair.reference.peakBytes)) "
            + "| \(String(format: "%.2f", pair.timeRatio)) | \(String(format: "%.2f", pair.memoryRatio)) |")
    }
}
print("")
print("| members | file | command | exit | time | peak memory | python json.load | python peak | time ratio | memory ratio |")
print("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|")
rows.forEach { print($0) }
let ordered = sizes.sorted()
for (small, large) in zip(ordered, ordered.dropFirst()) {
    if let a = validateTimes[small], let b = validateTimes[large], a > 0 {
        print(String(format: "\nvalidate: %d → %d members costs %.1f× the time", small, large, b / a))
    }
}
exit(failures == 0 ? 0 : 1)
