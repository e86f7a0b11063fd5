import Foundation

/// `sessionplan init [FILE] [--in-person] [--lang ru|en]`: a new session file from a template.
enum InitCommand {
    static let spec = CommandSpec(
        name: "init",
        summary: LocalizedText(en: "start a new session file from a template", ru: "начать новый файл сессии по шаблону"),
        options: [inPerson],
        positionalRange: 0...1,
        commonInUsage: [CommandSpec.language],
        details: LocalizedText(
            en: "The template follows the reference session: two days with opening, expert talks, group work, presentation of the directions, plenaries, the leaders' and moderators' circle and the reflection; one direction with a leader group. Replace the placeholders, then run sessionplan validate FILE. --lang en makes an English template (and English messages). Without FILE the template goes to standard output. An existing FILE is never overwritten (exit status 2).",
            ru: "Шаблон повторяет структуру эталонной сессии: два дня — открытие, выступления экспертов, работа в группах, пространство направлений, пленары, круг лидеров и модераторов, рефлексия; одно направление с лидерской группой. Замените заполнители своими данными и выполните sessionplan validate FILE. С --lang en шаблон (и сообщения) будут на английском. Без FILE шаблон выводится в стандартный вывод. Существующий файл никогда не перезаписывается (код выхода 2).")
    )

    static let inPerson = OptionSpec(name: "--in-person",
                                     help: LocalizedText(en: "an in-person session: places (a hall, a room per direction), meals, parallel direction plenaries, the team",
                                                         ru: "очная сессия: места (зал, аудитория для каждого направления), питание, параллельные пленары направлений, команда"))

    static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitStatus {
        let firstDay = SessionTemplate.firstDay(after: today())
        let inPerson = arguments.has(Self.inPerson)
        let template = inPerson ? InPersonTemplate.session(language: console.language, firstDay: firstDay)
                                : SessionTemplate.session(language: console.language, firstDay: firstDay)
        let text = JSONWriter.string(template)
        guard let path = arguments.positionals.first, path != "-" else {
            console.out(text)
            return .success
        }
        switch OutputFile.write(text, to: path, overwrite: false, inputPaths: [], existing: .refuse,
                                relativeTo: console.context.currentDirectory) {
        case .failure(let error):
            return console.fail(error.message)
        case .success:
            let directions = inPerson ? LocalizedText(en: ", in person, with two directions", ru: "очная сессия, два направления")
                                      : LocalizedText(en: " with one direction", ru: "одно направление")
            console.report(console.text(LocalizedText(
                en: "created \(path): a two-day session in English from \(firstDay)\(directions.en) (sessionplan init --lang ru makes a Russian one); replace the placeholders, then check it with: sessionplan validate \(path)\n",
                ru: "создан файл \(path): двухдневная сессия на русском с \(firstDay), \(directions.ru) (на английском: sessionplan init --lang en); замените заполнители своими данными и проверьте файл: sessionplan validate \(path)\n")))
            return .success
        }
    }

    /// Today's date (UTC: a day's difference does not matter for a template four weeks ahead).
    private static func today() -> CalendarDate {
        let seconds = Int(Date().timeIntervalSince1970)
        return CalendarDate(daysSinceEpoch: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }
}
