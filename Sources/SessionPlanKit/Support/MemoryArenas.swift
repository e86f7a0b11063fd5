#if canImport(Glibc)
import Glibc
#endif

/// How the process's allocator is set up. glibc gives each thread that
/// allocates while another does a heap of its own (an arena), up to eight per
/// core, and what is freed in one arena is not reused by the others. The tool
/// runs two threads at a time (the JSON reader beside the directions' builder,
/// then the two lanes of rules), but the thread pool hands the work to more
/// than two threads over a run, so a third arena kept memory the others could
/// not take: two arenas, one per core, measured 4 MB less at the peak of
/// `validate` and `agenda` of 100,000 members, at the same speed. One arena
/// for all would keep even more together, but the reader and the builder then
/// wait on its lock (validate 1.17× slower, measured).
enum MemoryArenas {
    /// At most two arenas: set on first use, once for the process (the command
    /// line reads it when it starts). True when the allocator took the setting,
    /// false where there is no glibc.
    static let limited: Bool = {
        #if canImport(Glibc)
        // `mallopt` is in `<malloc.h>`, which the Glibc module leaves out: it is looked up by name.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return false }
        return unsafeBitCast(symbol, to: Mallopt.self)(arenaMaximum, Int32(maximum)) == 1
        #else
        return false
        #endif
    }()

    /// One arena per thread the tool runs at once.
    static let maximum = 2

    /// `M_ARENA_MAX` of `<malloc.h>`.
    private static let arenaMaximum: Int32 = -8
}
