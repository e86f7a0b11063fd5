import Testing
@testable import SessionPlanKit

/// The command line asks glibc for one shared arena (see `MemoryArenas`).
@Suite struct MemoryArenasTests {
    #if canImport(Glibc)
    @Test func glibcTakesTheOneArenaSetting() {
        #expect(MemoryArenas.sharedOne)
    }
    #endif
}
