import Testing
@testable import SessionPlanKit

/// A session read by a command is freed when the command returns, unless the
/// command is the process itself, which exits right after.
@Suite struct KeepUntilExitTests {
    private final class Read {}

    private func console(exitsAfterwards: Bool) -> Console {
        var context = CommandContext(arguments: [], environment: [:], currentDirectory: "/",
                                     readStandardInput: { [] }, standardOutput: CapturedText(), standardError: CapturedText())
        context.processExitsAfterwards = exitsAfterwards
        return Console(context: context, arguments: ParsedArguments())
    }

    /// Freed where many commands share the process (tests, a program calling `CLI.run`);
    /// kept when the process exits afterwards.
    @Test(arguments: [false, true])
    func keptOnlyWhenTheProcessExitsAfterwards(exitsAfterwards: Bool) {
        weak var watched: Read?
        do {
            let read = Read()
            watched = read
            console(exitsAfterwards: exitsAfterwards).keepUntilExit(read)
        }
        #expect((watched != nil) == exitsAfterwards)
    }

    /// The JSON tree of a session read goes with it: kept until exit by the process, freed
    /// before the rules elsewhere; a command that did not ask for the tree never sees it.
    @Test(arguments: [false, true])
    func treeKeptOnlyWhenTheProcessExitsAfterwards(exitsAfterwards: Bool) {
        let path = RepositoryPaths.root.appendingPathComponent("examples/tochka-kipeniya.json").path
        guard case .success(let input) = console(exitsAfterwards: exitsAfterwards).readSession(path) else {
            Issue.record("the example is a usable session")
            return
        }
        #expect((input.loaded.tree != nil) == exitsAfterwards)
        #expect(input.tree == nil)
    }

    @Test func theProcessContextSaysItExitsAfterwards() {
        #expect(ProcessIO.context().processExitsAfterwards)
    }
}
