import Dispatch

/// Builds each direction on another thread as soon as the JSON reader has read it, while the
/// reader goes on with the rest of the file: on a plan of 100,000 members nearly all of the model
/// is its directions, so building them no longer waits for the whole file to be read.
///
/// The directions are built one after another on one serial queue, in file order; nothing waits for
/// the queue until `finish`, so with one core it only runs later. `SessionBuilder` uses what was
/// built for the elements it finds unchanged (same place, same number) and builds any other itself,
/// so the session and every diagnostic are exactly those of building after reading. An element
/// that is not an object, or shorter than `smallest`, is left to the builder: it is built in less
/// time than it takes to hand it over (a file of 300,000 empty directions was 1.45x slower when
/// each went to the queue). The others go to the queue together, at least `batchBytes` of the file
/// at a time, so that a queued task is never smaller than the work it carries.
final class DirectionsAhead: @unchecked Sendable {
    // `built` is read and written only on `queue`; `pending` and `pendingBytes` only on the
    // reader's thread (`take` and `finish` are called there).
    private let queue = DispatchQueue(label: "sessionplan.directions-ahead")
    private var built: [Int: BuiltDirection] = [:]
    private var pending: [(index: Int, element: JSONValue)] = []
    private var pendingBytes = 0

    /// How much of the file is read before what is pending goes to the queue: a real direction
    /// (tens of kilobytes) goes at once.
    static let batchBytes = 16_384

    /// Elements shorter than this (in bytes of the file) are left to the builder.
    static let smallest = 512

    private let smallest: Int

    /// `smallest`: the tests hand over every object, to build each both ways.
    init(smallest: Int = DirectionsAhead.smallest) {
        self.smallest = smallest
    }

    /// The reader's hand-over (`JSONReader.parse(_:handingOver:to:)`): element `index` of
    /// `directions`, `bytes` long in the file.
    func take(_ index: Int, _ element: JSONValue, bytes: Int) {
        guard case .object = element.kind, bytes >= smallest else { return }
        pending.append((index, element))
        pendingBytes += bytes
        if pendingBytes >= Self.batchBytes { send() }
    }

    /// Every direction handed over, once built, by the element's offset in the file.
    func finish() -> [Int: BuiltDirection] {
        send()
        return queue.sync { built }
    }

    private func send() {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending = []
        pendingBytes = 0
        queue.async {
            for (index, element) in batch {
                self.built[element.location.offset] = SessionBuilder.buildDirection(element, number: index + 1)
            }
        }
    }
}
