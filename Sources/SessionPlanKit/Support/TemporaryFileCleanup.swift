import Foundation

/// Removes the temporary file of a write in progress when the run is
/// interrupted (SIGINT from Ctrl-C, SIGTERM, SIGHUP when the terminal closes),
/// then lets the signal end the process as it would have.
///
/// A signal handler may only call async-signal-safe functions: it reads a
/// path kept in a buffer allocated once, calls `unlink`, restores the default
/// action and raises the signal again. No allocation, no lock, no Swift
/// runtime call on that path. The buffer is written before the temporary file
/// is created and emptied (first byte zero) once it is renamed or removed.
///
/// One write at a time is what the command line does; should two threads
/// write at once (tests), only the latest temporary file is covered.
enum TemporaryFileCleanup {
    /// Longest path kept (PATH_MAX on Linux); a longer one is simply not covered.
    static let capacity = 4096

    /// The path, NUL-terminated; an empty string when no write is in progress.
    nonisolated(unsafe) static let buffer: UnsafeMutablePointer<CChar> = {
        let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity + 1)
        pointer.initialize(repeating: 0, count: capacity + 1)
        return pointer
    }()

    private static let installHandlers: Void = {
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            // Only where the signal has its default action: an ignored SIGHUP (nohup)
            // stays ignored, and a host's own handler (a test runner) is left alone.
            var current = sigaction()
            sigaction(signal, nil, &current)
            #if os(Linux)
            if current.__sigaction_handler.sa_handler != nil { continue }
            #else
            if current.__sigaction_u.__sa_handler != nil { continue }
            #endif
            var action = sigaction()
            #if os(Linux)
            action.__sigaction_handler.sa_handler = handle
            #else
            action.__sigaction_u.__sa_handler = handle
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }()

    /// Called before the temporary file at `path` is created.
    static func register(_ path: String) {
        _ = installHandlers
        let bytes = Array(path.utf8)
        guard bytes.count <= capacity else { return clear() }
        buffer[0] = 0   // not a valid path while it is being written
        for (index, byte) in bytes.enumerated().dropFirst() { buffer[index] = CChar(bitPattern: byte) }
        buffer[bytes.count] = 0
        if let first = bytes.first { buffer[0] = CChar(bitPattern: first) }
    }

    /// Called once the temporary file is renamed into place or removed.
    static func clear() {
        buffer[0] = 0
    }

    /// The handler: async-signal-safe calls only.
    private static let handle: @convention(c) (Int32) -> Void = { signal in
        let path = TemporaryFileCleanup.buffer
        if path[0] != 0 { unlink(path) }
        Foundation.signal(signal, SIG_DFL)
        raise(signal)
    }
}
