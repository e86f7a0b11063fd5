/// `sessionplan stats FILE`: head counts, staffing and readiness of the plan.
enum StatsCommand {
    static let spec = CommandSpec(
        name: "stats",
        summary: LocalizedText(en: "head counts, staffing and readiness of the plan",
                               ru: "численность, состав групп и готовность плана"),
        options: [],
        details: LocalizedText(
            en: "Prints, per direction and in total, the leaders, groups, members, moderators, collectors and different people; the program's hours per day and the share of group work; how many groups are complete and what is still missing. The table is in the session's language. A plan in progress is fine: exit status 1 only when the file cannot be read as a session.",
            ru: "Показывает по направлениям и в целом: лидеров, группы, участников, модераторов, сборщиков и число разных людей; часы программы по дням и долю работы в группах; сколько групп готово и чего ещё не хватает. Таблица — на языке сессии. Незаконченный план — не ошибка: код выхода 1 только если файл нельзя прочитать как сессию.")
    )

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        guard let path = arguments.positionals.first else { return .usage }
        let session: Session
        switch console.readSession(path, checkRules: false) {
        case .failure(let status): return status
        case .success(let input): session = input.session
        }
        console.print(StatisticsReport(statistics: SessionStatistics(session), language: session.language).render())
        return .success
    }
}
