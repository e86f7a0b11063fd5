import Foundation

/// `sessionplan agenda FILE [--day N|DATE] [--tz ZONE]... [--person NAME] [--role ROLE] [--direction ID]`
enum AgendaCommand {
    static let spec = CommandSpec(
        name: "agenda",
        summary: LocalizedText(en: "print the program in the terminal", ru: "показать программу в терминале"),
        options: [SharedOptions.day, SharedOptions.timeZones, SharedOptions.person, SharedOptions.role,
                  SharedOptions.direction],
        details: LocalizedText(
            en: """
                The program is printed in the session's language, wrapped to the terminal's width (COLUMNS). \
                With several --tz, one time column per zone, the session's zone first; a slot is listed under \
                its date in the first zone. A plan that breaks the rules (groups not formed yet) still prints, \
                and a line on standard error says how many problems validate would report. \
                Exit status: 0 printed, 1 the file is not a usable session, 2 a wrong option, day, zone, role, \
                direction or name.
                """,
            ru: """
                Программа печатается на языке сессии и переносится по ширине терминала (COLUMNS). \
                С несколькими --tz — по колонке времени на каждый пояс, первым пояс сессии; пункт программы \
                стоит под своей датой в первом поясе. План, нарушающий правила (группы ещё не сформированы), \
                всё равно печатается, а строка в стандартном потоке ошибок говорит, сколько проблем найдёт \
                validate. Код выхода: 0 — программа напечатана, 1 — файл не удаётся прочитать как сессию, \
                2 — неверный параметр, день, пояс, роль, направление или имя.
                """)
    )

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        let input: ProgramInput
        switch ProgramInput.read(arguments, console, spec: spec) {
        case .failure(let status): return status
        case .success(let read): input = read
        }
        let renderer = AgendaRenderer(width: width(console.context), colors: console.colorOutput)
        console.out(renderer.render(input.view))
        input.reportProblems(console)
        return .success
    }

    /// COLUMNS when set to a number, else the terminal's width, else 80.
    static func width(_ context: CommandContext) -> Int {
        if let text = context.environment["COLUMNS"], let columns = Int(text.trimmingCharacters(in: .whitespaces)),
           columns > 0 {
            return columns
        }
        return context.terminalColumns ?? 80
    }
}
