/// `sessionplan stats FILE`: head counts, staffing and readiness of the plan.
enum StatsCommand {
    static let spec = CommandSpec(
        name: "stats",
        summary: LocalizedText(en: "head counts, staffing and readiness of the plan",
                               ru: "численность, состав групп и готовность плана"),
        options: [roster],
        details: LocalizedText(
            en: "Prints, per direction and in total, the leaders, groups, members, moderators, collectors and different people; the program's hours per day and the share of group work; how many groups are complete and what is still missing; who has neither an e-mail nor a phone, and with --roster, who registered and is not yet in a group. The table is in the session's language. A plan in progress is fine: exit status 1 only when the file cannot be read as a session.",
            ru: "Показывает по направлениям и в целом: лидеров, группы, участников, модераторов, сборщиков и число разных людей; часы программы по дням и долю работы в группах; сколько групп готово и чего ещё не хватает; у кого нет ни e-mail, ни телефона, а с --roster — кто зарегистрировался, но ещё не в группе. Таблица — на языке сессии. Незаконченный план — не ошибка: код выхода 1 только если файл нельзя прочитать как сессию.")
    )

    /// `--roster REGISTRATIONS.csv|.xlsx`: registrants not yet in a group.
    static let roster = OptionSpec(name: "--roster", valueName: "REGISTRATIONS.csv|.xlsx",
                                   help: LocalizedText(en: "the registration list (CSV or an Excel workbook, as groups reads it): say who is not yet in a group",
                                                       ru: "список регистраций (CSV или книга Excel, как для groups): показать, кто ещё не в группе"))

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        guard let path = arguments.positionals.first else { return .usage }
        let session: Session
        switch console.readSession(path, checkRules: false) {
        case .failure(let status): return status
        case .success(let input): session = input.session
        }
        var registrants: [Registrant]?
        if let rosterPath = arguments.value(roster) {
            switch InputFiles.read(rosterPath, console: console) {
            case .failure(let error): return console.fail(error.message)
            case .success(let file):
                let input = RosterInput(file, path: rosterPath, console: console)
                switch input.list {
                case .failure(let diagnostic):
                    console.err(input.printer.render(diagnostic))
                    return .usage
                case .success(let list): registrants = list.registrants
                }
            }
        }
        console.print(StatisticsReport(statistics: SessionStatistics(session), language: session.language).render()
                    + "\n" + PeopleContacts(session, registrants: registrants).render(in: session.language))
        return .success
    }
}
