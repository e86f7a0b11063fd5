/// Where text goes: standard output, standard error, or a buffer in tests.
public protocol TextSink: AnyObject {
    func write(_ text: String)
    /// Bytes as they are (a workbook or a Word document piped to a file).
    func write(bytes: [UInt8])
}

/// A sink that keeps what was written, for tests and for output files.
public final class CapturedText: TextSink {
    public private(set) var text = ""
    /// Everything written, as bytes (text as UTF-8).
    public private(set) var bytes: [UInt8] = []
    public init() {}
    public func write(_ text: String) {
        self.text += text
        bytes += Array(text.utf8)
    }
    public func write(bytes: [UInt8]) {
        self.text += String(decoding: bytes, as: UTF8.self)
        self.bytes += bytes
    }
}

/// Everything a command may touch of the outside world, passed in so tests
/// can run the command line without a process and without globals.
public struct CommandContext {
    /// The arguments after the program's name.
    public var arguments: [String]
    public var environment: [String: String]
    /// Relative paths are resolved against this folder.
    public var currentDirectory: String
    public var readStandardInput: () -> [UInt8]
    public var standardOutput: any TextSink
    public var standardError: any TextSink
    public var standardOutputIsTerminal: Bool
    public var standardErrorIsTerminal: Bool
    /// The terminal's width in columns when standard output is one.
    public var terminalColumns: Int?
    /// Set by `ProcessIO.context()`: the process exits when the command returns, so what the
    /// command read need not be freed piece by piece before (`Console.keepUntilExit`).
    var processExitsAfterwards = false

    public init(arguments: [String], environment: [String: String], currentDirectory: String,
                readStandardInput: @escaping () -> [UInt8], standardOutput: any TextSink,
                standardError: any TextSink, standardOutputIsTerminal: Bool = false,
                standardErrorIsTerminal: Bool = false, terminalColumns: Int? = nil) {
        self.arguments = arguments
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.readStandardInput = readStandardInput
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.standardOutputIsTerminal = standardOutputIsTerminal
        self.standardErrorIsTerminal = standardErrorIsTerminal
        self.terminalColumns = terminalColumns
    }
}

/// The exit statuses of every command.
public enum ExitStatus: Int32, Sendable, Error {
    /// Done; for `validate`, no errors.
    case success = 0
    /// The session file has errors (syntax, structure or rules).
    case invalid = 1
    /// The command could not run: usage, a file that cannot be read or written.
    case usage = 2
}
