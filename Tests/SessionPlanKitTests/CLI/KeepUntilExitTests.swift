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

    @Test func freedWhereManyCommandsShareTheProcess() {
        weak var watched: Read?
        do {
            let read = Read()
            watched = read
            console(exitsAfterwards: false).keepUntilExit(read)
        }
        #expect(watched == nil)
    }

    @Test func keptWhenTheProcessExitsAfterwards() {
        weak var watched: Read?
        do {
            let read = Read()
            watched = read
            console(exitsAfterwards: true).keepUntilExit(read)
        }
        #expect(watched != nil)
    }

    @Test func theProcessContextSaysItExitsAfterwards() {
        #expect(ProcessIO.context().processExitsAfterwards)
    }
}
