/// The text of `--help` for each command and for the program.
enum Help {
    static let usage = LocalizedText(en: "Usage: ", ru: "Использование: ")

    static func command(_ spec: CommandSpec, language: Language) -> String {
        var out = usage.text(in: language) + spec.usageLine + "\n\n"
        out += spec.summary.text(in: language) + "\n\n"
        out += LocalizedText(en: "Options:", ru: "Параметры:").text(in: language) + "\n"
        let rows = spec.allOptions.map { option -> (String, String) in
            var names = option.short.map { "\($0), " } ?? "    "
            names += option.name + (option.valueName.map { " \($0)" } ?? "")
            return (names, option.help.text(in: language))
        }
        let width = min(32, (rows.map { $0.0.count }.max() ?? 0) + 2)
        for (names, help) in rows {
            let pad = names.count < width ? String(repeating: " ", count: width - names.count) : "\n" + String(repeating: " ", count: width + 2)
            out += "  \(names)\(pad)\(help)\n"
        }
        if let details = spec.details { out += "\n" + details.text(in: language) + "\n" }
        return out
    }

    static func program(_ commands: [CommandSpec], language: Language) -> String {
        var out = LocalizedText(en: "sessionplan: plan a strategic session, check the plan, publish its program.",
                                ru: "sessionplan: план стратегической сессии — проверка плана и публикация программы.").text(in: language) + "\n\n"
        out += usage.text(in: language) + "sessionplan COMMAND [OPTIONS] FILE\n\n"
        out += LocalizedText(en: "Commands:", ru: "Команды:").text(in: language) + "\n"
        let width = (commands.map(\.name.count).max() ?? 0) + 4
        for spec in commands {
            out += "  " + spec.name + String(repeating: " ", count: width - spec.name.count) + spec.summary.text(in: language) + "\n"
        }
        out += "  help" + String(repeating: " ", count: width - 4)
            + LocalizedText(en: "the same as COMMAND --help", ru: "то же, что КОМАНДА --help").text(in: language) + "\n\n"
        out += LocalizedText(
            en: "Every command takes -h/--help, --lang ru|en and --color auto|always|never; sessionplan --version prints the version.\nExit status: 0 done, 1 the session file has errors, 2 the command could not run.",
            ru: "У каждой команды есть -h/--help, --lang ru|en и --color auto|always|never; sessionplan --version печатает версию.\nКод выхода: 0 — готово, 1 — в файле сессии есть ошибки, 2 — команду не удалось выполнить.").text(in: language) + "\n"
        return out
    }
}
