import Dispatch

/// Builds each direction on another thread as soon as the JSON reader has read it, while the
/// reader goes on with the rest of the file: on a plan of 100,000 members nearly all of the model
/// is its directions, so building them no longer waits for the whole file to be read.
///
/// The directions are built one after another on one serial queue, in file order; nothing waits for
/// the queue until `finish`, so with one core it only runs later. `SessionBuilder` uses what was
/// built for the elements it finds unchanged (same place, same number) and builds any other itself,
/// so the session and every diagnostic are exactly those of building after reading.
final class DirectionsAhead: @unchecked Sendable {
    // `built` is read and written only on `queue`.
    private let queue = DispatchQueue(label: "sessionplan.directions-ahead")
    private var built: [Int: BuiltDirection] = [:]

    /// The reader's hand-over (`JSONReader.parse(_:handingOver:to:)`): element `index` of `directions`.
    func take(_ index: Int, _ element: JSONValue) {
        queue.async {
            self.built[element.location.offset] = SessionBuilder.buildDirection(element, number: index + 1)
        }
    }

    /// Every direction handed over, once built, by the element's offset in the file.
    func finish() -> [Int: BuiltDirection] {
        queue.sync { built }
    }
}
