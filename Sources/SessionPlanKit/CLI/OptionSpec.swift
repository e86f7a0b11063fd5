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
    /// The command cannot run without it (`export --to`); shown unbracketed in the usage line.
    var required = false
    var help: LocalizedText

    var takesValue: Bool { valueName != nil }

    /// The same option with a command's own help text.
    func with(help: LocalizedText) -> OptionSpec {
        var option = self
        option.help = help
        return option
    }

    /// `[--day N|DATE]`, `--to markdown|html|ics|csv`, `[-o OUT]`, `[--tz ZONE]...`: the option in a usage line.
    var usageWord: String {
        var word = short ?? name
        if let valueName { word += " " + (choices?.joined(separator: "|") ?? valueName) }
        if !required { word = "[" + word + "]" }
        return word + (repeatable ? "..." : "")
    }
}

/// What a command is: its name, usage, options and positional arguments.
struct CommandSpec: Sendable {
    let name: String
    let summary: LocalizedText
    var options: [OptionSpec]
    /// The positional arguments' placeholder, how many at least and at most.
    var positionalName = "FILE"
    var positionalRange: ClosedRange<Int> = 1...1
    /// The positional arguments go after the options in the usage line (`validate [--strict] FILE...`).
    var positionalsLast = false
    /// Options every command has that the usage line names all the same (`init [FILE] [--lang ru|en]`).
    var commonInUsage: [OptionSpec] = []
    /// Paragraphs printed after the options in `--help`.
    var details: LocalizedText? = nil

    /// Options every command has.
    static let common: [OptionSpec] = [language, color, help]

    static let language = OptionSpec(name: "--lang", valueName: "ru|en", choices: ["ru", "en"],
                                     help: LocalizedText(en: "language of messages and help (default: from LANG)",
                                                         ru: "язык сообщений и справки (по умолчанию — из LANG)"))
    static let color = OptionSpec(name: "--color", valueName: "auto|always|never", choices: ["auto", "always", "never"],
                                  help: LocalizedText(en: "colour the output: on a terminal (auto), always or never",
                                                      ru: "цвет в выводе: на терминале (auto), всегда (always) или никогда (never)"))
    static let help = OptionSpec(name: "--help", short: "-h",
                                 help: LocalizedText(en: "show this help", ru: "показать эту справку"))

    var allOptions: [OptionSpec] { options + CommandSpec.common }

    /// The part of the usage line after the command's name, made from the declared options.
    var usage: String {
        let positional: String
        switch (positionalRange.lowerBound, positionalRange.upperBound) {
        case (0, 1): positional = "[" + positionalName + "]"
        case (_, 1): positional = positionalName
        default: positional = positionalName + "..."
        }
        let shown = options + commonInUsage
        let words = shown.map(\.usageWord)
        return (positionalsLast ? words + [positional] : [positional] + words).joined(separator: " ")
    }

    var usageLine: String { "sessionplan \(name) \(usage)" }
}

/// The arguments of one run, parsed.
struct ParsedArguments {
    var flags: Set<String> = []
    var values: [String: [String]] = [:]
    var positionals: [String] = []

    /// Read by the option's declaration, never by its spelling: a lookup cannot drift from what
    /// the parser accepts and the help shows.
    func has(_ flag: OptionSpec) -> Bool { flags.contains(flag.name) }
    /// The last value given for an option.
    func value(_ option: OptionSpec) -> String? { values[option.name]?.last }
    func all(_ option: OptionSpec) -> [String] { values[option.name] ?? [] }
}
