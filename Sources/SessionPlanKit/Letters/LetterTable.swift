/// The mail-merge table for Word: a row per letter, `;`-separated for a
/// Russian session, with a byte order mark for Excel, through `CSVWriter`
/// (its formula guard included).
enum LetterTable {
    static func render(_ letters: [Letter], language: Language) -> String {
        let ru = language == .ru
        let header = ru
            ? ["E-mail", "ФИО", "Обращение", "Роль", "Группа", "Часовой пояс", "Программа", "Письмо"]
            : ["E-mail", "Name", "Greeting", "Role", "Group", "Time zone", "Program", "Letter"]
        let rows = letters.map { letter in
            [letter.email, letter.name, letter.greeting, letter.roles, letter.groups.joined(separator: "\n"),
             letter.zone.identifier, letter.program.trimmingCharacters(in: .newlines), letter.body]
        }
        let writer = CSVWriter(options: CSVWriter.Options(includeBOM: true, separator: ru ? .semicolon : .comma))
        return writer.document([header] + rows)
    }
}
