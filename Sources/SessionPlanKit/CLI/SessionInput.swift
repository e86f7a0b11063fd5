/// A session read for a command that needs a usable one (agenda, export, groups, stats).
struct SessionInput {
    let loaded: LoadedSession
    let session: Session
    /// The JSON tree, kept only when asked for (groups writes it back).
    let tree: JSONValue?
}

extension Console {
    /// Reads and builds FILE. A file that cannot be read: one line, exit 2. A file
    /// that is not a usable session: its diagnostics and the summary, exit 1.
    /// Rule findings (a plan in progress) do not stop it.
    func readSession(_ path: String, checkRules: Bool = true, keepTree: Bool = false) -> Result<SessionInput, ExitStatus> {
        let file: SourceFile
        switch InputFiles.read(path, console: self) {
        case .failure(let error): return .failure(fail(error.message))
        case .success(let read): file = read
        }
        let loaded = SessionLoader.load(file, checkRules: checkRules, keepTree: keepTree || keepsTrees)
        keepUntilExit(loaded)
        guard let session = loaded.session else {
            report(loaded.diagnostics, in: file)
            return .failure(.invalid)
        }
        return .success(SessionInput(loaded: loaded, session: session, tree: keepTree ? loaded.tree : nil))
    }

    /// A plan that breaks the rules is still printed or written: one line on standard error
    /// says what `validate` would report, and how to see it.
    func reportProblems(of loaded: LoadedSession, path: String) {
        let problems = loaded.diagnostics
        guard !problems.isEmpty else { return }
        report("sessionplan: " + text(ProgramInput.summary(
            errors: problems.errorCount, warnings: problems.warningCount, path: path)) + "\n")
    }

    /// Every diagnostic of a file on standard error, then the summary line.
    func report(_ diagnostics: [Diagnostic], in file: SourceFile) {
        let printer = diagnosticPrinter
        err(printer.renderAll(diagnostics, in: file))
        err(printer.summary(errors: diagnostics.errorCount, warnings: diagnostics.warningCount, files: 1))
    }
}
