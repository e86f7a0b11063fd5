/// What the importer has gathered about one day before the year is known.
struct DayDraft {
    var written: WrittenDate?
    var number: Int?
    var weekday: Int?
    var title: String?
    var slots: [SlotDraft] = []
    var line: Int
}

/// One slot line (and the lines that continue it), read later into a slot.
struct SlotDraft {
    var line: Int
    var start: Int
    var end: Int?
    /// The text after the times, with italic marks; continuation lines are appended.
    var marked: String
    /// The cell of a table's place column («Место»): where the slot happens.
    var place: String?
    /// The lines under it that name its moderators («Модератор – Иванов Иван Иванович, журналист»),
    /// from the first name on, with their marks.
    var moderatorLines: [String] = []
}

/// One direction of the list of directions and leaders.
struct DirectionDraft {
    var title: String
    /// Where its groups work, as the program writes it after the title («(ауд. 305)»).
    var place: String?
    var leaders: [String] = []
    /// Who the next quoted statement belongs to: the first person of the last leader line.
    var statementOwner: String?
}

/// A person's details as the program gives them, with where they first appear (for the file's order).
struct PersonDraft {
    var name: String
    var position: String?
    var statement: String?
    var firstLine: Int
}

/// A line (or run of adjacent lines) the importer could not place: kept in `notes` and reported.
struct UnplacedText: Sendable, Hashable {
    var firstLine: Int
    var lastLine: Int
    var text: String
}

/// The registration line's facts.
struct RegistrationDraft {
    var platform: String?
    var url: String?
    var deadline: (date: WrittenDate, minutes: Int)?
}
