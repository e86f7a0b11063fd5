/// The mail-merge table for Word: a row per letter, `;`-separated for a
/// Russian session, with a byte order mark for Excel, through `CSVWriter`
/// (its formula guard included).
enum LetterTable {
    static func render(_ letters: [Letter], language: Language) -> String {
        let header = [
            ProgramCatalogue.email, ProgramCatalogue.nameLabel, LocalizedText(en: "Greeting", ru: "Обращение"),
            ProgramCatalogue.roleLabel, ProgramCatalogue.groupLabel, LocalizedText(en: "Time zone", ru: "Часовой пояс"),
            ProgramCatalogue.program, LocalizedText(en: "Letter", ru: "Письмо"),
        ].map { $0.text(in: language) }
        let rows = letters.map { letter in
            [letter.email, letter.name, letter.greeting, letter.roles, letter.groups.joined(separator: "\n"),
             letter.zones.map(\.identifier).joined(separator: ", "), letter.program.trimmingCharacters(in: .newlines), letter.body]
        }
        var options = CSVWriter.Options(includeBOM: true, separator: .spreadsheet(for: language))
        options.neutralizeInsideFields = false   // the letters' lines are merged as written
        let writer = CSVWriter(options: options)
        return writer.document([header] + rows)
    }
}
