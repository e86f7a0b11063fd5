/// What `import` says on standard error: each line kept as a note, with its
/// number, each remark, and the summary of what was recognised.
enum ImportReport {
    /// `program.txt:57: kept in notes, not recognised: «…»`
    static func unplaced(_ text: UnplacedText, path: String) -> LocalizedText {
        let lines = text.firstLine == text.lastLine ? "\(text.firstLine)" : "\(text.firstLine)-\(text.lastLine)"
        let shown = excerpt(text.text)
        return LocalizedText(en: "\(path):\(lines): not recognised, kept in the notes: «\(shown)»",
                             ru: "\(path):\(lines): не распознано, сохранено в notes: «\(shown)»")
    }

    /// `program.txt:12: …` (no line number for remarks about the whole file).
    static func remark(_ text: LocalizedText, line: Int, path: String) -> LocalizedText {
        let place = line > 0 ? "\(path):\(line): " : "\(path): "
        return LocalizedText(en: place + text.en, ru: place + text.ru)
    }

    /// `imported: 2 days, 19 slots, 9 speakers, 5 directions with 9 leaders; 25 lines kept as notes`
    static func summary(_ outcome: ImportOutcome) -> LocalizedText {
        let days = Plural.count(outcome.days, en: ("day", "days"), ru: ("день", "дня", "дней"))
        let slots = Plural.count(outcome.slots, en: ("slot", "slots"), ru: ("пункт программы", "пункта программы", "пунктов программы"))
        let speakers = Plural.count(outcome.speakers, en: ("speaker", "speakers"), ru: ("выступающий", "выступающих", "выступающих"))
        let directions = Plural.count(outcome.directions, en: ("direction", "directions"), ru: ("направление", "направления", "направлений"))
        let leaders = Plural.count(outcome.leaders, en: ("leader", "leaders"), ru: ("лидер", "лидера", "лидеров"))
        let kept = outcome.unplaced.count
        let withLeaders = outcome.directions == 0 ? LocalizedText(en: "", ru: "")
            : LocalizedText(en: " with \(leaders.en)", ru: ", у них \(leaders.ru)")
        return LocalizedText(
            en: "imported \(days.en), \(slots.en), \(speakers.en), \(directions.en)\(withLeaders.en); passages not recognised, kept in the notes: \(kept)",
            ru: "импортировано: \(days.ru), \(slots.ru), \(speakers.ru), \(directions.ru)\(withLeaders.ru); нераспознанных фрагментов, сохранённых в notes: \(kept)")
    }

    /// `written to s.json; read the notes, add the groups, then check it with: sessionplan validate s.json`:
    /// the notes only when lines were kept there, the directions first when the program named none.
    static func nextSteps(_ outcome: ImportOutcome, output: String) -> LocalizedText {
        var en: [String] = [], ru: [String] = []
        if !outcome.unplaced.isEmpty {
            en.append("read the notes")
            ru.append("прочитайте notes")
        }
        if outcome.directions == 0 {
            en.append("add the directions with their leaders and groups")
            ru.append("добавьте направления с лидерами и группы")
        } else {
            en.append("add the groups")
            ru.append("добавьте группы")
        }
        let check = "sessionplan validate \(output)"
        return LocalizedText(en: "written to \(output); \(en.joined(separator: ", ")), then check it with: \(check)",
                             ru: "записано в \(output); \(ru.joined(separator: ", ")) и проверьте файл: \(check)")
    }

    /// At most 80 characters of `text`, with an ellipsis.
    static func excerpt(_ text: String) -> String {
        text.count <= 80 ? text : String(text.prefix(79)) + "…"
    }
}
