import Foundation

/// What a reader of the program sees, whatever the format: built once from a
/// `ProgramView` (the session and the query: day, zones, person, role,
/// direction) and the `ExportOptions` (what to include), then written by a
/// serializer (`AgendaRenderer`, `MarkdownRenderer`, `HTMLRenderer`,
/// `ICalendarRenderer`, `RosterCSVRenderer`), which decides only syntax and
/// layout. Every text here is plain, already worded in the session's language,
/// and left out when blank; each serializer escapes it for where it lands.
///
/// To add something a reader sees (a slot's place, its moderators, the
/// organizing team's public contacts), add a field here, fill it in
/// `ProgramDocument.init(view:options:)`, and let each serializer print it.
struct ProgramDocument: Sendable {
    /// The filtered, zoned program the document describes (instants, days, slots).
    let view: ProgramView
    let options: ExportOptions
    let language: Language

    /// The session's title and subtitle.
    let title: String
    let subtitle: String?
    /// «21–22 сентября 2021 г., с 9:00 до 13:00».
    let dates: String?
    /// «время московское (Europe/Moscow, UTC+3)», one per zone of the view.
    let zones: [String]
    /// A time column's header, one per zone of the view: «Москва», «Владивосток»; for the session's own
    /// zone, the city it is held in when its venue or a place names one («Благовещенск», not «Якутск»).
    let zoneColumns: [String]
    /// The venue as the file gives it (label it with `ProgramWords.venue`).
    let venue: String?
    /// «Организаторы: …».
    let organizers: String?
    let registration: DocumentRegistration?
    /// Whose program this is, one line each: the person with what they are, the
    /// role, the direction and its leaders. Empty for the whole program.
    let whose: [String]
    let days: [DocumentDay]
    /// The session's notes.
    let notes: [String]
    /// The directions shown, with their leaders, statements and (with groups) groups.
    let directions: [DocumentDirection]
    /// One term and one sentence per role, as the session's rules define them.
    let roleModel: [DocumentRole]
    /// The people of the program, one row per person and role, filtered as the view is.
    /// Made when asked for (only the roster's formats need it: a row per member of a
    /// large plan would otherwise be built for every agenda); read it once.
    var roster: [RosterRow] { RosterRow.rows(of: view, options: options) }
    /// «Команда сессии» / «Organizing team», the heading of `team`.
    let teamHeading: String
    /// The organizing team, one line each: name, duty, and the public contact's e-mail and phone.
    let team: [String]
    /// Whether any slot of the document happens in a place (then its places are printed).
    var usesPlaces: Bool { slots.contains { $0.place != nil } }

    /// Every slot of every day, in order.
    var slots: [DocumentSlot] { days.flatMap(\.slots) }
}

/// «Регистрация: Leader ID, до 17 сентября 2021, 23:59» and its link.
struct DocumentRegistration: Sendable {
    let text: String
    /// The link as the file gives it; serializers link it only when it is http(s).
    let url: String?
}

/// One date's part of a session day.
struct DocumentDay: Sendable {
    let day: ProgramDay
    /// «День 1 · вторник, 21 сентября 2021», «День 1 (продолжение) · …».
    let heading: String
    /// The day's theme; not repeated on a continuation.
    let theme: String?
    /// «с 10:00 до 14:00» when the day's hours differ from the session's.
    let hours: String?
    let slots: [DocumentSlot]
}

/// A person named in a slot or a direction, with what the reader may see of them.
struct DocumentPerson: Sendable {
    /// What the person does there. Add `moderator` and the like here.
    enum Part: Sendable, Hashable {
        case speaker
        case leader
        /// Moderates the slot (a plenary, a panel): «модератор: …».
        case moderator
    }

    let reference: PersonReference
    let part: Part
    /// «e-mail, phone» with `includeContacts`, when the file has them.
    let contacts: String?
    let position: String?
    let statement: String?

    var name: String { reference.name }
    /// `Name (contacts)`.
    var nameWithContacts: String { contacts.map { name + " (" + $0 + ")" } ?? name }
    /// `Name (contacts), position`: how a speaker or leader is printed.
    var nameWithPosition: String { nameWithContacts + (position.map { ", " + $0 } ?? "") }
}

/// A group named under a slot: «группа «Группа 1», направление 3 «…»» and its room.
struct DocumentGroup: Sendable {
    let place: GroupPlace
    /// The group's line: the full name, or only «группа «…»» in its own direction's program.
    let text: String
    /// The room, when rooms are shown (`includeGroups`, and always in the agenda).
    let room: String?
    /// `text · комната: room`.
    let line: String
}

/// One slot as the reader sees it.
struct DocumentSlot: Sendable {
    /// The slot placed in time (instants, local times in each zone, why it is there).
    let entry: ProgramEntry
    var slot: Slot { entry.slot }
    let title: String
    /// `09:00–09:15`, one per zone of the view.
    let times: [String]
    /// The people of the slot: its speakers, in the file's order.
    let people: [DocumentPerson]
    /// Who it is for, or that the viewer may skip it: «только модераторы · закрытая встреча», «по желанию».
    let audience: String?
    /// The viewer's groups at work in this slot.
    let groups: [DocumentGroup]
    /// With `includeGroups` in a program not about one person or direction: every group at
    /// work in a group-work slot (a calendar event says where each one meets).
    let workingGroups: [DocumentGroup]
    let notes: String?
    /// Where the slot happens (its own place, or its one direction's); nil: at the session's venue.
    let place: DocumentPlace?

    /// The slot's moderators, in the file's order.
    var moderators: [DocumentPerson] { people.filter { $0.part == .moderator } }
    /// «модератор: Name, position» / «модераторы: …», or nil without moderators.
    var moderatorsLine: String? {
        moderators.isEmpty ? nil : ProgramWords.moderators(moderators.map(\.nameWithPosition), in: language)
    }
    let language: Language

    var speakers: [DocumentPerson] { people.filter { $0.part == .speaker } }
    /// The lines under the title other than speakers, the place and notes: moderators, audience, then groups.
    var details: [String] {
        (moderatorsLine.map { [$0] } ?? []) + (audience.map { [$0] } ?? []) + groups.map(\.line)
    }
}

/// Where a slot happens, as the reader may see it.
struct DocumentPlace: Sendable {
    let place: Place
    /// «Большой зал, г. Энск, ул. Белинского, 15»: name and address, never the link.
    let name: String
    /// The private online room, with `includeLinks` only.
    let link: String?
    /// «место: Большой зал, … · https://…», the line under a slot's title.
    let line: String
    /// The name with the link after it when links are shown: a calendar's `LOCATION`, a table cell.
    var nameWithLink: String { link.map { name + " · " + $0 } ?? name }
}

/// A direction as the program describes it.
struct DocumentDirection: Sendable {
    let direction: Direction
    /// «Направление 2. Title».
    let heading: String
    /// «Лидер:» / «Лидеры:».
    let leadersLabel: String
    let leaders: [DocumentPerson]
    /// Where its groups and its own slots meet (the direction's `place`), after `placeLabel`.
    let place: DocumentPlace?
    /// «Место:» / «Place:».
    let placeLabel: String
    /// Its groups with `includeGroups`: all, or for `--person` their own.
    let groups: [DocumentGroupDetails]
}

/// A group's details with `includeGroups`.
struct DocumentGroupDetails: Sendable {
    /// «Группа 1» in quotes.
    let heading: String
    /// «лидерская группа», unless its name says so.
    let kind: String?
    /// «модератор: …», «сборщик: …», «участники (7): …», each already worded.
    let lines: [String]
    /// «комната:» and the room, apart, since the room may become a link.
    let roomLabel: String
    let room: String?
}

/// One role of the role model.
struct DocumentRole: Sendable {
    let term: String
    let text: String
}
