import Dispatch
import Foundation

/// Pieces of work that read the same values and write nothing shared, run
/// at once: on other threads when there are other cores.
enum Concurrently {
    /// Both results, as if `first` then `second` had run.
    static func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let results = Results<A, B>()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { results.set(first: first()) } else { results.set(second: second()) }
        }
        return results.both()
    }

    /// `transform` of each index, in order, the indices taken by every core as it is free: for
    /// pieces of work large enough (a megabyte to compress, a worksheet to write) that taking one
    /// under a lock costs nothing beside it.
    static func map<T: Sendable>(_ indices: Range<Int>, _ transform: @Sendable (Int) -> T) -> [T] {
        let results = Slots<T>(count: indices.count)
        DispatchQueue.concurrentPerform(iterations: indices.count) { offset in
            results.set(offset, transform(indices.lowerBound + offset))
        }
        return results.all()
    }

    private final class Slots<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [T?]

        init(count: Int) { values = [T?](repeating: nil, count: count) }

        func set(_ index: Int, _ value: T) { lock.withLock { values[index] = value } }

        func all() -> [T] {
            lock.withLock {
                values.map { value in
                    guard let value else { preconditionFailure("concurrentPerform returns after every iteration") }
                    return value
                }
            }
        }
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
