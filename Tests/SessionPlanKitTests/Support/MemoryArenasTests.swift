import Testing
@testable import SessionPlanKit

/// The command line asks glibc for at most two arenas (see `MemoryArenas`).
@Suite struct MemoryArenasTests {
    #if canImport(Glibc)
    @Test func glibcTakesTheArenaSetting() {
        #expect(MemoryArenas.limited)
        #expect(MemoryArenas.maximum == 2)
    }
    #endif
}
