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
}
