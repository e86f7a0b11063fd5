import Foundation
import Testing
@testable import SessionPlanKit

@Suite struct ConcurrentlyTests {
    @Test func bothResultsComeBackInTheirPlaces() {
        let (first, second) = Concurrently.both({ (1...1_000).reduce(0, +) }, { () -> String in
            Thread.sleep(forTimeInterval: 0.02)
            return "second"
        })
        #expect(first == 500_500)
        #expect(second == "second")
    }

    @Test func mapKeepsTheOrderOfTheIndices() {
        // The first pieces take longest, so the later ones finish first on a second core.
        let squares = Concurrently.map(3..<40) { index -> Int in
            if index < 6 { Thread.sleep(forTimeInterval: 0.01) }
            return index * index
        }
        #expect(squares == (3..<40).map { $0 * $0 })
        #expect(Concurrently.map(0..<0) { $0 }.isEmpty)
    }
}
