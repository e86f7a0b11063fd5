/// One option a command accepts.
struct OptionSpec: Sendable {
    /// `--tz`; the long name, which is also the key of its values.
    let name: String
    /// `-o`, `-h`.
    var short: String? = nil
    /// The value's placeholder (`ZONE`), or nil for a flag.
    var valueName: String? = nil
    /// The values allowed, when they are a fixed list.
    var choices: [String]? = nil
    var repeatable = false
    let help: LocalizedText

    var takesValue: Bool { valueName != nil }
}

/// What a command is: its name, usage, options and positional arguments.
struct CommandSpec: Sendable {
    let name: String
    /// The part of the usage line after the command's name.
    let usage: String
    let summary: LocalizedText
    var options: [OptionSpec]
    /// The positional arguments' placeholder, how many at least and at most.
    var positionalName = "FILE"
    var positionalRange: ClosedRange<Int> = 1...1
    /// Paragraphs printed after the options in `--help`.
    var details: LocalizedText? = nil

    /// Options every command has.
    static let common: [OptionSpec] = [
        OptionSpec(name: "--lang", valueName: "ru|en", choices: ["ru", "en"],
                   help: LocalizedText(en: "language of messages and help (default: from LANG)",
                                       ru: "язык сообщений и справки (по умолчанию — из LANG)")),
        OptionSpec(name: "--color", valueName: "auto|always|never", choices: ["auto", "always", "never"],
                   help: LocalizedText(en: "colour the output: on a terminal (auto), always or never",
                                       ru: "цвет в выводе: на терминале (auto), всегда (always) или никогда (never)")),
        OptionSpec(name: "--help", short: "-h",
                   help: LocalizedText(en: "show this help", ru: "показать эту справку")),
    ]

    var allOptions: [OptionSpec] { options + CommandSpec.common }

    var usageLine: String { "sessionplan \(name) \(usage)" }
}

/// The arguments of one run, parsed.
struct ParsedArguments {
    var flags: Set<String> = []
    var values: [String: [String]] = [:]
    var positionals: [String] = []

    func has(_ flag: String) -> Bool { flags.contains(flag) }
    /// The last value given for an option.
    func value(_ option: String) -> String? { values[option]?.last }
    func all(_ option: String) -> [String] { values[option] ?? [] }
}
