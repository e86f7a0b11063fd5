/// `sessionplan validate [--strict] [--format text|json] FILE...`
enum ValidateCommand {
    static let spec = CommandSpec(
        name: "validate",
        summary: LocalizedText(en: "check one or more session files", ru: "проверить один или несколько файлов сессии"),
        options: [strict, format],
        positionalRange: 1...Int.max,
        positionalsLast: true,
        details: LocalizedText(
            en: "FILE may be - for standard input. Exit status: 0 no errors, 1 errors found (or warnings with --strict), 2 a file could not be read.",
            ru: "Вместо FILE можно указать - (стандартный ввод). Код выхода: 0 — ошибок нет, 1 — есть ошибки (или предупреждения при --strict), 2 — файл не удалось прочитать.")
    )

    static let strict = OptionSpec(name: "--strict", help: LocalizedText(en: "warnings count as errors (exit status 1)",
                                                                         ru: "предупреждения считаются ошибками (код выхода 1)"))
    static let format = OptionSpec(name: "--format", valueName: "text|json", choices: ["text", "json"],
                                   help: LocalizedText(en: "text for people (default) or one JSON document for programs",
                                                       ru: "текст для людей (по умолчанию) или один JSON-документ для программ"))

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        // A file that cannot be read is said in one line; the others are still checked.
        var results: [LoadedSession] = []
        var unreadable = false
        for path in arguments.positionals {
            switch InputFiles.read(path, console: console) {
            case .failure(let error):
                _ = console.fail(error.message)
                unreadable = true
            case .success(let file):
                let loaded = SessionLoader.load(file, keepTree: console.keepsTrees)
                console.keepUntilExit(loaded)
                results.append(loaded)
            }
        }
        let strict = arguments.has(Self.strict)
        let all = results.flatMap(\.diagnostics)
        let errors = all.errorCount, warnings = all.warningCount
        if arguments.value(Self.format) == "json" {
            console.out(DiagnosticJSONPrinter(language: console.language).render(results.map { ($0.file, $0.diagnostics) }))
        } else {
            let printer = console.diagnosticPrinter
            for result in results {
                console.err(printer.renderAll(result.diagnostics, in: result.file))
            }
            if !results.isEmpty { console.err(printer.summary(errors: errors, warnings: warnings, files: results.count)) }
        }
        if unreadable { return .usage }
        return errors > 0 || (strict && warnings > 0) ? .invalid : .success
    }
}
