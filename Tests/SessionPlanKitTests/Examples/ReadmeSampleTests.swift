import Foundation
@testable import SessionPlanKit
import Testing

/// The README shows what `agenda` prints; the sample must be what it prints today.
@Suite struct ReadmeSampleTests {
    @Test func theAgendaSampleIsTheToolsOutput() throws {
        let readme = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        let printed = runCLI(["agenda", "examples/tochka-kipeniya.json"], columns: 80).output
            .split(separator: "\n", omittingEmptySubsequences: false)
        // The sample: the header and the first slots, «…», then the closed meeting of day 1.
        let marker = "`COLUMNS=80 sessionplan agenda examples/tochka-kipeniya.json` prints:\n\n```\n"
        let start = try #require(readme.range(of: marker)).upperBound
        let end = try #require(readme.range(of: "\n```", range: start..<readme.endIndex)).lowerBound
        let sample = readme[start..<end].split(separator: "\n", omittingEmptySubsequences: false)
        let gap = try #require(sample.firstIndex(of: "…"))
        #expect(Array(sample[..<gap]) == Array(printed.prefix(gap)))
        let tail = Array(sample[(gap + 1)...])
        let first = try #require(tail.first)
        let closing = try #require(printed.firstIndex(of: first))
        #expect(Array(printed[closing..<min(printed.count, closing + tail.count)]) == tail)
    }
}
