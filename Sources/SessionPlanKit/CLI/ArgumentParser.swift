/// A mistake on the command line, worded for the user.
struct UsageError: Error {
    let message: LocalizedText
}

/// Parses arguments against a command's spec: `--name value`, `--name=value`,
/// `-o value`, flags, `--` to end options, `-` as a positional (standard input).
enum ArgumentParser {
    static func parse(_ arguments: [String], for spec: CommandSpec) -> Result<ParsedArguments, UsageError> {
        var parsed = ParsedArguments()
        let options = spec.allOptions
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let option = options.first(where: { $0.name == name || $0.short == name }) else {
                let suggestion = EditDistance.closest(to: name, among: options.map(\.name))
                let hint = suggestion.map { LocalizedText(en: "; did you mean \($0)?", ru: "; может быть, \($0)?") }
                    ?? LocalizedText(verbatim: "")
                return .failure(UsageError(message: LocalizedText(
                    en: "unknown option \(name) for \"\(spec.name)\"\(hint.en)",
                    ru: "у команды \"\(spec.name)\" нет параметра \(name)\(hint.ru)")))
            }
            guard let valueName = option.valueName else {
                if inlineValue != nil {
                    return .failure(UsageError(message: LocalizedText(en: "\(name) takes no value",
                                                                      ru: "\(name) не принимает значения")))
                }
                parsed.flags.insert(option.name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count {
                value = arguments[index]
                index += 1
            } else {
                return .failure(UsageError(message: LocalizedText(en: "\(name) needs a value: \(name) \(valueName)",
                                                                  ru: "для \(name) нужно значение: \(name) \(valueName)")))
            }
            if let choices = option.choices, !choices.contains(value) {
                return .failure(UsageError(message: LocalizedText(
                    en: "\(name) takes one of \(choices.joined(separator: ", ")), not \"\(value)\"",
                    ru: "\(name) принимает одно из значений \(choices.joined(separator: ", ")), а не \"\(value)\"")))
            }
            if !option.repeatable, parsed.values[option.name] != nil {
                return .failure(UsageError(message: LocalizedText(en: "\(option.name) is given twice",
                                                                  ru: "\(option.name) указан дважды")))
            }
            parsed.values[option.name, default: []].append(value)
        }
        if parsed.has(CommandSpec.help) { return .success(parsed) }
        let count = parsed.positionals.count
        if count < spec.positionalRange.lowerBound {
            return .failure(UsageError(message: LocalizedText(en: "\"\(spec.name)\" needs \(spec.positionalName)",
                                                              ru: "для \"\(spec.name)\" нужно указать \(spec.positionalName)")))
        }
        if count > spec.positionalRange.upperBound {
            let extra = parsed.positionals[spec.positionalRange.upperBound]
            return .failure(UsageError(message: LocalizedText(en: "unexpected argument \"\(extra)\"",
                                                              ru: "лишний аргумент \"\(extra)\"")))
        }
        return .success(parsed)
    }
}
