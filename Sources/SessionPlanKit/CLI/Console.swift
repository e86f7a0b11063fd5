/// A command's view of the terminal: the context, the interface language and
/// whether to colour each stream, decided once from options and environment.
struct Console {
    let context: CommandContext
    let language: Language
    let colorOutput: Bool
    let colorErrors: Bool

    init(context: CommandContext, arguments: ParsedArguments) {
        self.context = context
        self.language = Console.interfaceLanguage(option: arguments.value(CommandSpec.language), environment: context.environment)
        let mode = arguments.value(CommandSpec.color) ?? "auto"
        colorOutput = Console.colors(mode: mode, isTerminal: context.standardOutputIsTerminal, environment: context.environment)
        colorErrors = Console.colors(mode: mode, isTerminal: context.standardErrorIsTerminal, environment: context.environment)
    }

    /// Keeps `value` (a session read, with its 100,000 names) alive until the process exits
    /// when the command runs as the process: freeing it string by string only delays the exit,
    /// and the system takes the memory back at once. Where many commands run in one process
    /// (tests, a program calling `CLI.run`), it does nothing and the value is freed as usual.
    func keepUntilExit(_ value: Any) {
        guard context.processExitsAfterwards else { return }
        ProcessIO.keepUntilExit(value)
    }

    /// Whether a session read keeps its JSON tree: when the process exits afterwards, the
    /// tree is kept until then with the rest (freeing it node by node before the rules took
    /// 6 ms of 200 on a plan of 100,000 members, and the peak memory is the rules', not the tree's).
    var keepsTrees: Bool { context.processExitsAfterwards }

    /// `--lang` wins; else Russian when the first of LC_ALL, LC_MESSAGES, LANG that is set starts with "ru".
    static func interfaceLanguage(option: String?, environment: [String: String]) -> Language {
        if let option, let language = Language(rawValue: option) { return language }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("ru") ? .ru : .en
            }
        }
        return .en
    }

    /// Colour on a terminal that is not `dumb` and when NO_COLOR is not set; `--color` overrides.
    static func colors(mode: String, isTerminal: Bool, environment: [String: String]) -> Bool {
        switch mode {
        case "always": return true
        case "never": return false
        default:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            return isTerminal && environment["TERM"] != "dumb"
        }
    }

    func out(_ text: String) { context.standardOutput.write(text) }
    func err(_ text: String) { context.standardError.write(text) }

    /// Plain text on standard error (a report, a confirmation) holding names,
    /// titles or paths from outside: cleaned of terminal controls, lines kept.
    func report(_ text: String) { err(OutputSanitizer.clean(text, keepingLineFeeds: true)) }

    /// The same on standard output (the `stats` table).
    func print(_ text: String) { out(OutputSanitizer.clean(text, keepingLineFeeds: true)) }

    func text(_ text: LocalizedText) -> String { text.text(in: language) }

    /// One line on standard error, `sessionplan: …`, and exit status 2.
    func fail(_ message: LocalizedText) -> ExitStatus {
        err("sessionplan: \(OutputSanitizer.clean(text(message)))\n")
        return .usage
    }

    /// A usage mistake: one line saying what is wrong, the command's usage line, exit status 2.
    func usage(_ error: UsageError, spec: CommandSpec) -> ExitStatus {
        err("sessionplan \(spec.name): \(OutputSanitizer.clean(text(error.message)))\n")
        err(text(LocalizedText(en: "usage: ", ru: "использование: ")) + spec.usageLine + "\n")
        return .usage
    }

    /// The printer for diagnostics on standard error.
    var diagnosticPrinter: DiagnosticTextPrinter {
        DiagnosticTextPrinter(language: language, colors: colorErrors)
    }
}
