import Foundation

/// Where a session keeps its `PersonIndex` once built. `Session` is a value
/// type: a copy shares the box until one of the parts that name people is
/// changed, which gives that copy a fresh, empty box (`didSet`). The lock
/// makes a first use from two threads build it once.
final class PersonIndexCache: @unchecked Sendable {
    private let lock = NSLock()
    private var index: PersonIndex?

    /// The index of `session`, built on the first call.
    func index(of session: Session) -> PersonIndex {
        lock.lock()
        defer { lock.unlock() }
        if let index { return index }
        let built = PersonIndex(session)
        index = built
        return built
    }
}
