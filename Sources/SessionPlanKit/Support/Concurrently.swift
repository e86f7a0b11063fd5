import Dispatch
import Foundation

/// Two pieces of work that read the same values and write nothing shared,
/// run at once: the second on another thread when there is a second core.
enum Concurrently {
    /// Both results, as if `first` then `second` had run.
    static func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let results = Results<A, B>()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { results.set(first: first()) } else { results.set(second: second()) }
        }
        return results.both()
    }

    private final class Results<A: Sendable, B: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var first: A?
        private var second: B?

        func set(first value: A) { lock.withLock { first = value } }
        func set(second value: B) { lock.withLock { second = value } }

        func both() -> (A, B) {
            lock.withLock {
                guard let first, let second else { preconditionFailure("concurrentPerform returns after both iterations") }
                return (first, second)
            }
        }
    }
}
