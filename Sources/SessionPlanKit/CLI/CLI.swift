/// The command line: `sessionplan COMMAND [OPTIONS] ARGUMENTS`.
public enum CLI {
    public static let version = "0.1.0"

    /// A command: its spec and what it does with parsed arguments.
    typealias Runner = @Sendable (ParsedArguments, Console) -> ExitStatus

    /// Every command, in the order help lists them.
    static let commands: [(spec: CommandSpec, run: Runner)] = [
        (ValidateCommand.spec, ValidateCommand.run),
        (AgendaCommand.spec, AgendaCommand.run),
        (ExportCommand.spec, ExportCommand.run),
        (GroupsCommand.spec, GroupsCommand.run),
        (StatsCommand.spec, StatsCommand.run),
        (InitCommand.spec, InitCommand.run),
        (ImportCommand.spec, ImportCommand.run),
        (IDsCommand.spec, IDsCommand.run),
        (ChangesCommand.spec, ChangesCommand.run),
        (LettersCommand.spec, LettersCommand.run),
    ]

    /// Runs one invocation and returns its exit status; everything it prints goes to the context's sinks.
    public static func run(_ context: CommandContext) -> ExitStatus {
        _ = MemoryArenas.limited
        var arguments = context.arguments
        let language = Console.interfaceLanguage(option: languageOption(in: arguments), environment: context.environment)
        func say(_ text: LocalizedText) -> String { text.text(in: language) }

        guard let first = arguments.first else {
            context.standardError.write(Help.program(commands.map(\.spec), language: language))
            return .usage
        }
        switch first {
        case "--version", "-V", "version":
            context.standardOutput.write("sessionplan \(version)\n")
            return .success
        case "--help", "-h":
            context.standardOutput.write(Help.program(commands.map(\.spec), language: language))
            return .success
        case "help":
            guard arguments.count > 1 else {
                context.standardOutput.write(Help.program(commands.map(\.spec), language: language))
                return .success
            }
            arguments = [arguments[1], "--help"] + arguments.dropFirst(2)
        default:
            break
        }
        guard let command = commands.first(where: { $0.spec.name == arguments[0] }) else {
            let suggestion = EditDistance.closest(to: arguments[0], among: commands.map(\.spec.name) + ["help"])
            let hint = suggestion.map { LocalizedText(en: "; did you mean \"\($0)\"?", ru: "; может быть, \"\($0)\"?") }
                ?? LocalizedText(verbatim: "")
            context.standardError.write("sessionplan: " + say(LocalizedText(
                en: "unknown command \"\(arguments[0])\"\(hint.en)", ru: "нет команды \"\(arguments[0])\"\(hint.ru)")) + "\n")
            context.standardError.write(say(LocalizedText(en: "commands: ", ru: "команды: "))
                + commands.map(\.spec.name).joined(separator: ", ") + say(LocalizedText(
                    en: "; see sessionplan --help", ru: "; подробнее: sessionplan --help")) + "\n")
            return .usage
        }
        let rest = Array(arguments.dropFirst())
        switch ArgumentParser.parse(rest, for: command.spec) {
        case .failure(let error):
            let console = Console(context: context, arguments: ParsedArguments(values: [CommandSpec.language.name: [language.rawValue]]))
            return console.usage(error, spec: command.spec)
        case .success(let parsed):
            let console = Console(context: context, arguments: parsed)
            if parsed.has(CommandSpec.help) {
                console.out(Help.command(command.spec, language: console.language))
                return .success
            }
            return command.run(parsed, console)
        }
    }

    /// The value of `--lang` wherever it stands, so even a usage error is worded in the language asked for.
    private static func languageOption(in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang=") { return String(argument.dropFirst("--lang=".count)) }
            if argument == "--lang", index + 1 < arguments.count { return arguments[index + 1] }
        }
        return nil
    }
}
