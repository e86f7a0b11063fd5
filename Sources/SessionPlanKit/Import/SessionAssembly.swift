/// Options of one import: what the command line adds to the program's text.
struct ImportOptions: Sendable {
    /// For dates written without a year.
    var year: Int?
    /// The zone when the program names none.
    var timeZone: String?
}

/// Why a program cannot become a session; each is one clear line (exit status 2).
enum ImportFailure: Error, Equatable {
    case missingYear
    case missingZone
    case noProgram
    case dayWithoutDate(number: Int, line: Int)
    case invalidDate(line: Int)

    var message: LocalizedText {
        switch self {
        case .missingYear:
            LocalizedText(en: "the program's dates have no year; give it with --year, e.g. --year 2025",
                          ru: "в датах программы не указан год; укажите его: --year 2025")
        case .missingZone:
            LocalizedText(en: "the program does not say which time its times are in; give the zone with --timezone, e.g. --timezone Europe/Moscow",
                          ru: "в программе не сказано, по какому времени указано время; укажите пояс: --timezone Europe/Moscow")
        case .noProgram:
            LocalizedText(en: "no program found: no line starts with a time such as 09:00 – 09:15; is this the program?",
                          ru: "программа не найдена: ни одна строка не начинается со времени вроде 09:00 – 09:15; это точно программа?")
        case .dayWithoutDate(let number, let line):
            LocalizedText(en: "line \(line): day \(number) has no date, and the program announces none for it; write the date in the day's heading (21 сентября)",
                          ru: "строка \(line): у дня \(number) нет даты, и в программе её нет; напишите дату в заголовке дня (21 сентября)")
        case .invalidDate(let line):
            LocalizedText(en: "line \(line): this date does not exist in the calendar; correct it in the program",
                          ru: "строка \(line): такой даты нет в календаре; исправьте её в программе")
        }
    }
}

/// What an import made: the session file's tree and what the report says.
struct ImportOutcome {
    var session: JSONValue
    var title: String
    var days: Int
    var slots: Int
    var speakers: Int
    var directions: Int
    var leaders: Int
    var unplaced: [UnplacedText]
    /// Things worth a line on standard error that are not failures: a weekday that does not match its date, …
    var remarks: [(line: Int, text: LocalizedText)]
}

/// Turns the importer's drafts into a session file, in the order of the format's reference.
enum SessionAssembly {
    static func assemble(_ importer: ProgramImporter, options: ImportOptions) -> Result<ImportOutcome, ImportFailure> {
        guard importer.days.contains(where: { !$0.slots.isEmpty }) else { return .failure(.noProgram) }
        var remarks: [(line: Int, text: LocalizedText)] = []
        let textYear = importer.announced?.first.year ?? importer.days.lazy.compactMap(\.written?.year).first
        guard let year = textYear ?? options.year else { return .failure(.missingYear) }
        if let given = options.year, let textYear, given != textYear {
            remarks.append((0, LocalizedText(en: "the program says \(textYear); --year \(given) is used only for dates written without a year",
                                             ru: "в программе указан \(textYear) год; --year \(given) применён только к датам без года")))
        }
        let zone: String
        if let found = importer.zone {
            zone = found
        } else if let given = options.timeZone {
            zone = given
        } else if let venue = importer.venue, let local = ZoneWords.placeZone(in: venue) {
            // An in-person program gives its times where it is held.
            zone = local
            remarks.append((0, LocalizedText(
                en: "the program does not say which time its times are in; taken as the time where it is held: \(local) (if not, give the zone with --timezone)",
                ru: "в программе не сказано, по какому времени указано время; взято время по месту проведения: \(local) (если это не так, укажите пояс: --timezone)")))
        } else {
            return .failure(.missingZone)
        }

        // Dates of the announced range, for days headed only «ДЕНЬ 2».
        var announcedDates: [CalendarDate] = []
        if let range = importer.announced, let first = range.first.resolved(year: year), let last = range.last.resolved(year: year),
           first <= last, last.daysSinceEpoch - first.daysSinceEpoch < 60 {
            announcedDates = (0...(last.daysSinceEpoch - first.daysSinceEpoch)).map { first.adding(days: $0) }
        }

        var people = importer.people
        var places = ImportedPlaces()
        var dayValues: [JSONValue] = []
        var slotCount = 0
        var speakers: Set<String> = []
        var position = 0
        for draft in importer.days {
            if draft.slots.isEmpty, draft.written == nil { continue }
            position += 1
            let date: CalendarDate
            if let written = draft.written {
                guard let resolved = written.resolved(year: year) else { return .failure(.invalidDate(line: draft.line)) }
                date = resolved
            } else if let number = draft.number ?? Optional(position), announcedDates.indices.contains(number - 1) {
                date = announcedDates[number - 1]
            } else {
                return .failure(.dayWithoutDate(number: draft.number ?? position, line: draft.line))
            }
            if let weekday = draft.weekday, weekday != date.weekday {
                remarks.append((draft.line, LocalizedText(
                    en: "\(date) is not the weekday the program names; check the date or the year",
                    ru: "\(date) — не тот день недели, что указан в программе; проверьте дату или год")))
            }
            var slots: [JSONValue] = []
            for (index, slot) in draft.slots.enumerated() {
                let nextStart = index + 1 < draft.slots.count ? draft.slots[index + 1].start : nil
                let end: Int
                if let written = slot.end { end = written }
                else if let nextStart, nextStart > slot.start { end = nextStart }
                else if let hoursEnd = importer.hours?.end, hoursEnd > slot.start {
                    end = hoursEnd
                    remarks.append((slot.line, LocalizedText(
                        en: "no end time: the slot is taken to end with the announced hours",
                        ru: "время окончания не указано: пункт считается длящимся до конца объявленного времени")))
                } else {
                    remarks.append((slot.line, LocalizedText(
                        en: "no end time and no later slot: the slot is taken to last until 23:59; write its end in the program",
                        ru: "время окончания не указано, и пункта после него нет: он считается длящимся до 23:59; укажите окончание в программе")))
                    end = 23 * 60 + 59
                }
                let built = slotValue(slot, end: end, people: &people, places: &places)
                slots.append(built.value)
                speakers.formUnion(built.speakers)
                slotCount += 1
            }
            var members: [(String, JSONValue)] = [("date", .string(date.description))]
            if let title = draft.title { members.append(("title", .string(title))) }
            members.append(("slots", .array(slots)))
            dayValues.append(.object(members))
        }

        var top: [(String, JSONValue)] = [("version", .number(1))]
        let title = ProgramImporter.unwrapQuotes(programTitle(importer.titleLines))
        top.append(("title", .string(title.isEmpty ? "Стратегическая сессия" : title)))
        if title.isEmpty {
            remarks.append((1, LocalizedText(en: "no title found; the session is titled «Стратегическая сессия»: change it",
                                             ru: "название не найдено; сессия названа «Стратегическая сессия»: исправьте")))
        }
        if let subtitle = importer.subtitle { top.append(("subtitle", .string(subtitle))) }
        top.append(("language", .string("ru")))
        top.append(("timezone", .string(zone)))
        if let hours = importer.hours, let start = ClockTime(minutes: hours.start), let end = ClockTime(minutes: hours.end) {
            top.append(("hours", .object([("start", .string(start.description)), ("end", .string(end.description))])))
        }
        if let venue = importer.venue { top.append(("venue", .string(venue))) }
        if let host = importer.host { top.append(("host", .string(host))) }
        if !importer.architects.isEmpty { top.append(("architects", .array(importer.architects.map { .string($0) }))) }
        if !importer.organizers.isEmpty { top.append(("organizers", .array(importer.organizers.map { .string($0) }))) }
        if let registration = registrationValue(importer.registration, year: year, firstDay: importer.days.first?.written) {
            top.append(("registration", registration))
        }
        let notes = importer.notes + importer.unplaced.map(\.text)
        if !notes.isEmpty { top.append(("notes", .array(notes.map { .string($0) }))) }
        var ids: Set<String> = []
        let directions: [JSONValue] = importer.directions.enumerated().map { index, direction in
            var id = DirectionIdentifier.make(from: direction.title, number: index + 1)
            if ids.contains(id) { id += "-\(index + 1)" }
            ids.insert(id)
            var members: [(String, JSONValue)] = [("id", .string(id)), ("title", .string(direction.title)),
                                                  ("leaders", .array(direction.leaders.map { .string($0) }))]
            if let place = direction.place { members.append(("place", .string(places.id(of: place)))) }
            return .object(members)
        }
        if let value = places.value { top.append(("places", value)) }
        let ordered = people.values.filter { $0.position != nil || $0.statement != nil }
            .sorted { ($0.firstLine, $0.name) < ($1.firstLine, $1.name) }
        if !ordered.isEmpty {
            top.append(("people", .array(ordered.map { person in
                var members: [(String, JSONValue)] = [("name", .string(person.name))]
                if let position = person.position { members.append(("position", .string(position))) }
                if let statement = person.statement { members.append(("statement", .string(statement))) }
                return .object(members)
            })))
        }
        top.append(("days", .array(dayValues)))
        if !directions.isEmpty { top.append(("directions", .array(directions))) }

        return .success(ImportOutcome(
            session: .object(top), title: title, days: dayValues.count, slots: slotCount, speakers: speakers.count,
            directions: directions.count, leaders: Set(importer.directions.flatMap(\.leaders)).count,
            unplaced: importer.unplaced, remarks: remarks))
    }

    /// The title block's lines as one title: a genre line (`СТРАТЕГИЧЕСКАЯ СЕССИЯ:`, `Программа`) dropped
    /// before a quoted name.
    static func programTitle(_ lines: [String]) -> String {
        let joined = ProgramLine.collapse(lines.joined(separator: " "))
        if joined.hasSuffix("»"), let open = matchingOpeningQuote(joined), open != joined.startIndex {
            let quoted = String(joined[open...])
            return TitleCase.isCapitals(quoted) ? TitleCase.sentence(quoted) : quoted
        }
        var title = joined.trimming(":")
        if TitleCase.isCapitals(title) { title = TitleCase.sentence(title) }
        return title
    }

    /// Where the quote that closes at the end of `text` opens.
    private static func matchingOpeningQuote(_ text: String) -> String.Index? {
        var depth = 0
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            if text[index] == "»" { depth += 1 }
            if text[index] == "«" {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    private static func slotValue(_ slot: SlotDraft, end: Int, people: inout [String: PersonDraft],
                                  places: inout ImportedPlaces) -> (value: JSONValue, speakers: [String]) {
        let (before, found) = PersonNames.people(in: slot.marked)
        var titleText = before.trimming(":;,–— ")
        var speakers = found
        if titleText.isEmpty {
            titleText = ProgramLine.plain(slot.marked)
            speakers = []
        }
        var closed = false
        var required: [Role] = [], optional: [Role] = [], circle: [Role] = []
        var kept: [String] = [], slotNotes: [String] = []
        for sentence in SlotWords.sentences(titleText) {
            if SlotWords.isClosedMark(sentence) { closed = true; continue }
            if let attendance = SlotWords.attendance(sentence) {
                required += attendance.required
                optional += attendance.optional
                slotNotes.append(sentence)
                continue
            }
            if sentence.lowercased().hasPrefix("круг ") { circle = SlotWords.roles(in: sentence) }
            kept.append(sentence)
        }
        // «… Модератор – Иванов Иван Иванович»: the people after it moderate the slot.
        var moderators: [NamedPerson] = []
        if !speakers.isEmpty, dropIntroducingWord(SlotWords.moderatorWords, from: &kept) {
            moderators = speakers
            speakers = []
        }
        // «Модератор – …» on a line of its own under the slot.
        moderators += slot.moderatorLines.flatMap { PersonNames.people(in: $0).people }
        // «… Спикеры: Иванов Иван Иванович, …»: the word that introduces the speakers is not part of the title.
        if !speakers.isEmpty {
            _ = dropIntroducingWord(SlotWords.speakerWords, from: &kept)
        }
        // «… Архитектор сессии – Бимурзаев Д. С.»: the session role is the speaker's position, not the title's.
        if speakers.count == 1, kept.count > 1, let last = kept.last,
           SlotWords.sessionRoles.contains(last.lowercased().replacingOccurrences(of: "ё", with: "е")) {
            kept.removeLast()
            if speakers[0].position == nil { speakers[0].position = last.lowercased() }
        }
        if kept.isEmpty { kept = [titleText] }
        let audience = required.isEmpty ? circle.filter { !optional.contains($0) } : required
        let kind = SlotWords.kind(of: kept, hasSpeakers: !speakers.isEmpty)
        for (offset, person) in (speakers + moderators).enumerated() {
            ProgramImporter.merge(person, order: slot.line * 1000 + offset, into: &people)
        }
        var (title, place) = places.take(from: kept.joined(separator: ". "))
        if let cell = slot.place { place = places.id(of: cell) }
        var members: [(String, JSONValue)] = [
            ("start", .string(clock(slot.start))), ("end", .string(clock(end))),
            ("title", .string(title)), ("kind", .string(kind.rawValue)),
        ]
        if let place { members.append(("place", .string(place))) }
        if !speakers.isEmpty { members.append(("speakers", .array(speakers.map { .string($0.name) }))) }
        if !moderators.isEmpty { members.append(("moderators", .array(moderators.map { .string($0.name) }))) }
        if !audience.isEmpty { members.append(("audience", .array(audience.map { .string($0.rawValue) }))) }
        if !optional.isEmpty { members.append(("optional", .array(optional.map { .string($0.rawValue) }))) }
        if closed { members.append(("closed", .bool(true))) }
        if !slotNotes.isEmpty { members.append(("notes", .string(slotNotes.joined(separator: ". ")))) }
        return (.object(members), speakers.map(\.name))
    }

    /// Drops the word that introduced the people after the title: the title's last sentence when it is
    /// that word alone («…». Модератор – …), else the sentence's last word (a Word table's cells
    /// «Пленарная дискуссия» | «Модератор – …» read as one line). Never the whole title.
    private static func dropIntroducingWord(_ words: Set<String>, from kept: inout [String]) -> Bool {
        guard let last = kept.last else { return false }
        if words.contains(last.lowercased()) {
            guard kept.count > 1 else { return false }
            kept.removeLast()
            return true
        }
        guard let space = last.lastIndex(of: " "), words.contains(last[last.index(after: space)...].lowercased()) else { return false }
        kept[kept.count - 1] = String(last[..<space]).trimming(" ,;:–—-")
        if kept[kept.count - 1].isEmpty { kept.removeLast() }
        return true
    }

    /// `HH:MM`; 24:00 (an end written as midnight) as 23:59, the last minute of the day.
    private static func clock(_ minutes: Int) -> String {
        ClockTime(minutes: min(max(minutes, 0), 23 * 60 + 59))?.description ?? "00:00"
    }

    private static func registrationValue(_ draft: RegistrationDraft, year: Int, firstDay: WrittenDate?) -> JSONValue? {
        var members: [(String, JSONValue)] = []
        if let platform = draft.platform { members.append(("platform", .string(platform))) }
        if let url = draft.url { members.append(("url", .string(url))) }
        if let deadline = draft.deadline {
            var deadlineYear = deadline.date.year ?? year
            if deadline.date.year == nil, let firstDay, (deadline.date.month, deadline.date.day) > (firstDay.month, firstDay.day) {
                deadlineYear -= 1   // a deadline in December before a session in January
            }
            if let date = deadline.date.resolved(year: deadlineYear), let time = ClockTime(minutes: deadline.minutes) {
                members.append(("deadline", .string("\(date)T\(time)")))
            }
        }
        return members.isEmpty ? nil : .object(members)
    }
}
