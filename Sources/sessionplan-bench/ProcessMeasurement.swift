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

    /// The best of `runs` wall times and the largest peak memory, or nil when any run failed to start.
    static func best(of runs: Int, _ arguments: [String]) -> Measurement? {
        var results: [Measurement] = []
        for _ in 0..<runs {
            guard let measurement = run(arguments) else { return nil }
            results.append(measurement)
        }
        guard let fastest = results.min(by: { $0.seconds < $1.seconds }) else { return nil }
        return Measurement(seconds: fastest.seconds, peakBytes: results.map(\.peakBytes).max() ?? 0,
                           status: results.map(\.status).max() ?? 0)
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
