import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall time and peak resident memory of one child process.
struct Measurement {
    let seconds: Double
    let peakBytes: Int
    let status: Int32
}

/// Two commands measured in turn: the medians of each and of their ratios (tool / reference).
struct SideBySide {
    let tool: Measurement
    let reference: Measurement
    let timeRatio: Double
    let memoryRatio: Double
}

enum ProcessMeasurement {
    /// Runs `arguments` (the first is the executable path) with output to /dev/null and measures it with wait4.
    static func run(_ arguments: [String]) -> Measurement? {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { return nil }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        #if os(Linux)
        let peak = Int(usage.ru_maxrss) * 1024   // kilobytes on Linux
        #else
        let peak = Int(usage.ru_maxrss)          // bytes on macOS
        #endif
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Measurement(seconds: seconds, peakBytes: peak, status: exitStatus)
    }

    /// Runs `tool` and `reference` in turn, `runs` times each after one warm-up of both:
    /// the median wall time and peak memory of each, and the medians of the pair-by-pair ratios,
    /// which hold while the machine's speed drifts. Nil when a run could not start.
    static func sideBySide(runs: Int, _ tool: [String], _ reference: [String]) -> SideBySide? {
        guard run(tool) != nil, run(reference) != nil else { return nil }
        var pairs: [(tool: Measurement, reference: Measurement)] = []
        for _ in 0..<runs {
            guard let a = run(tool), let b = run(reference) else { return nil }
            pairs.append((a, b))
        }
        func median(_ values: [Double]) -> Double {
            let sorted = values.sorted()
            return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        }
        func medianMeasurement(_ list: [Measurement]) -> Measurement {
            Measurement(seconds: median(list.map(\.seconds)), peakBytes: Int(median(list.map { Double($0.peakBytes) })),
                        status: list.map(\.status).max() ?? 0)
        }
        return SideBySide(
            tool: medianMeasurement(pairs.map(\.tool)), reference: medianMeasurement(pairs.map(\.reference)),
            timeRatio: median(pairs.map { $0.tool.seconds / max($0.reference.seconds, 1e-9) }),
            memoryRatio: median(pairs.map { Double($0.tool.peakBytes) / Double(max($0.reference.peakBytes, 1)) }))
    }

    /// What a command prints on standard output (standard error discarded), or nil when it cannot start.
    static func output(_ arguments: [String]) -> Data? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// The full path of a program on PATH.
    static func which(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
