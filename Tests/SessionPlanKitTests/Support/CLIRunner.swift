import Foundation
@testable import SessionPlanKit

/// What one run of the command line printed and returned.
struct CLIResult {
    let status: ExitStatus
    let output: String
    let error: String
}

/// Runs the command line in-process with captured streams.
func runCLI(_ arguments: [String], environment: [String: String] = ["LANG": "en_US.UTF-8"],
            input: String = "", directory: String = RepositoryPaths.root.path, columns: Int? = nil) -> CLIResult {
    let output = CapturedText(), error = CapturedText()
    let context = CommandContext(arguments: arguments, environment: environment, currentDirectory: directory,
                                 readStandardInput: { Array(input.utf8) }, standardOutput: output,
                                 standardError: error, terminalColumns: columns)
    let status = CLI.run(context)
    return CLIResult(status: status, output: output.text, error: error.text)
}

/// A fresh temporary folder, removed by the caller with `cleanUp`.
struct TemporaryFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sessionplan-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) -> String {
        let file = url.appendingPathComponent(name)
        try? Data(text.utf8).write(to: file)
        return file.path
    }

    func cleanUp() { try? FileManager.default.removeItem(at: url) }
}

/// The built `sessionplan` executable beside the test bundle, for end-to-end tests.
enum BuiltExecutable {
    static let url: URL? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
            RepositoryPaths.root.appendingPathComponent(".build/debug"),
        ]
        for folder in candidates {
            let file = folder.appendingPathComponent("sessionplan")
            if FileManager.default.isExecutableFile(atPath: file.path) { return file }
        }
        return nil
    }()

    /// Runs the executable; stdin from `input`.
    static func run(_ arguments: [String], input: String? = nil,
                    environment: [String: String] = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]) throws -> (status: Int32, output: String, error: String) {
        guard let url else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = RepositoryPaths.root
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try? inPipe.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
