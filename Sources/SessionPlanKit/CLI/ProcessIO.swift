import Foundation

/// A sink writing to a file descriptor of the process, buffered.
final class FileDescriptorSink: TextSink {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// The error number of the first failed write, if any; later writes are dropped.
    private(set) var failure: Int32?

    init(descriptor: Int32) { self.descriptor = descriptor }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        var start = 0
        while start < buffer.count, failure == nil {
            let written = buffer[start...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
            } else {
                start += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// The real process's streams and environment, for the `sessionplan` executable.
public enum ProcessIO {
    nonisolated(unsafe) private static var sinks: [FileDescriptorSink] = []
    /// What commands read, kept until the process exits (`Console.keepUntilExit`).
    nonisolated(unsafe) private static var keptUntilExit: [Any] = []

    public static func context() -> CommandContext {
        signal(SIGPIPE, SIG_IGN)
        let output = FileDescriptorSink(descriptor: STDOUT_FILENO)
        let error = FileDescriptorSink(descriptor: STDERR_FILENO)
        sinks = [output, error]
        var context = CommandContext(
            arguments: Array(CommandLine.arguments.dropFirst()),
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath,
            readStandardInput: { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) },
            standardOutput: output,
            standardError: error,
            standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1,
            standardErrorIsTerminal: isatty(STDERR_FILENO) == 1,
            terminalColumns: terminalColumns()
        )
        context.processExitsAfterwards = true
        return context
    }

    /// Keeps `value` alive until the process exits; commands run on the main thread only.
    static func keepUntilExit(_ value: Any) {
        keptUntilExit.append(value)
    }

    /// Flushes both streams and gives the process's exit status: the command's,
    /// or 2 when its results could not be written (a full disk, a closed file).
    /// A reader that stopped reading (`| head`) is not an error worth a message.
    public static func finish(_ status: ExitStatus) -> Int32 {
        for sink in sinks { sink.flush() }
        guard let output = sinks.first, let failure = output.failure, failure != EPIPE else { return status.rawValue }
        let message = "sessionplan: cannot write the results: \(String(cString: strerror(failure)))\n"
        _ = message.withCString { Foundation.write(STDERR_FILENO, $0, strlen($0)) }
        return ExitStatus.usage.rawValue
    }

    private static func terminalColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
