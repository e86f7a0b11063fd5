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
    static let direction = LocalizedText(en: "Direction ", ru: "Направление ")
}
