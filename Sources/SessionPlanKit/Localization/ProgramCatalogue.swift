/// The repeated words of the printed program, in one place, so the agenda and
/// every export say them the same way. Phrases that take arguments (a day's
/// number, a role, a group) are functions of `ProgramWords`.
enum ProgramCatalogue {
    static let closedMeeting = LocalizedText(en: "closed meeting", ru: "закрытая встреча")
    static let optional = LocalizedText(en: "optional", ru: "по желанию")
    /// After a day's label when its slots continue under the next date.
    static let continued = LocalizedText(en: " (continued)", ru: " (продолжение)")
    static let nothingPlanned = LocalizedText(en: "Nothing is planned on this day.",
                                              ru: "В этот день ничего не запланировано.")
    static let notes = LocalizedText(en: "Notes", ru: "Примечания")
    static let directions = LocalizedText(en: "Directions", ru: "Направления")
    static let roleModel = LocalizedText(en: "Roles", ru: "Ролевая модель")
    static let venue = LocalizedText(en: "Venue", ru: "Место")
    static let time = LocalizedText(en: "Time", ru: "Время")
    static let program = LocalizedText(en: "Program", ru: "Программа")
    static let speakers = LocalizedText(en: "Speakers", ru: "Выступают")
    static let registration = LocalizedText(en: "Registration", ru: "Регистрация")
    /// Before a deadline: «до 17 сентября 2021, 23:59».
    static let until = LocalizedText(en: "until ", ru: "до ")
    /// The label of an HTML day's timeline, before its span.
    static let dayToScale = LocalizedText(en: "The day to scale: ", ru: "Шкала дня: ")
    static let group = LocalizedText(en: "group ", ru: "группа ")
    static let leaderGroup = LocalizedText(en: "leader group", ru: "лидерская группа")
    static let moderator = LocalizedText(en: "moderator", ru: "модератор")
    static let collector = LocalizedText(en: "collector", ru: "сборщик")
    static let room = LocalizedText(en: "room", ru: "комната")
    static let directionLabel = LocalizedText(en: "Direction", ru: "Направление")
    /// A group, capitalised: a table's column, a term of the role model, the start of a new group's name.
    static let groupLabel = LocalizedText(en: "Group", ru: "Группа")
    static let nameLabel = LocalizedText(en: "Name", ru: "ФИО")
    static let roleLabel = LocalizedText(en: "Role", ru: "Роль")
    static let email = LocalizedText(verbatim: "E-mail")
    /// The roster's first columns (CSV and Excel).
    static let rosterColumns = [
        directionLabel, groupLabel, roleLabel, nameLabel, LocalizedText(en: "Position", ru: "Должность"),
    ]
    /// The roster's columns after `--include-contacts`, or when the team has a public contact.
    static let contactColumns = [email, LocalizedText(en: "Phone", ru: "Телефон")]
    /// The CSV roster's private columns after the contacts.
    static let detailColumns = [LocalizedText(en: "Organization", ru: "Организация"), LocalizedText(en: "Region", ru: "Регион")]
    /// Before the last item of a list: «a, b и c».
    static let and = LocalizedText(en: " and ", ru: " и ")
}
