#if canImport(Glibc)
import Glibc
#endif

/// How the process's allocator is set up. glibc gives a thread that allocates
/// while another does a heap of its own (an arena), and what is freed in one
/// arena is not reused by the others: the similar-names search, which runs
/// on a second thread (`Validator.check`), would leave its freed buffers
/// where the export that follows cannot take them (+30 MB at the peak of a
/// 100,000-member csv export, measured). The tool runs at most two threads,
/// which allocate in large blocks, so one shared arena costs no time.
enum MemoryArenas {
    /// Every thread allocates from the one main arena: set on first use, once
    /// for the process (the command line reads it when it starts). True when
    /// the allocator took the setting, false where there is no glibc.
    static let sharedOne: Bool = {
        #if canImport(Glibc)
        // `mallopt` is in `<malloc.h>`, which the Glibc module leaves out: it is looked up by name.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return false }
        return unsafeBitCast(symbol, to: Mallopt.self)(arenaMaximum, 1) == 1
        #else
        return false
        #endif
    }()

    /// `M_ARENA_MAX` of `<malloc.h>`.
    private static let arenaMaximum: Int32 = -8
}
