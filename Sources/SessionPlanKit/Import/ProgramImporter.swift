/// Reads a program written for people, line by line, into the drafts of a
/// session: the title block, dates, hours and zone, days and their themes,
/// slot lines, the notes, the list of directions and leaders, registration,
/// host, architects and organizers. Each line is either placed or kept, with
/// its number, as an `UnplacedText`; nothing is dropped and nothing invented.
struct ProgramImporter {
    /// `slotDirections`: the numbered directions right under «Работа в группах по направлениям:»;
    /// `slotSections`: the parallel sections right under «Работа секций:».
    enum Mode { case normal, contents, directions, slotDirections, slotSections }

    private(set) var titleLines: [String] = []
    private(set) var titleClosed = false
    private(set) var announced: (first: WrittenDate, last: WrittenDate)?
    private(set) var hours: (start: Int, end: Int)?
    private(set) var zone: String?
    private(set) var subtitle: String?
    private(set) var venue: String?
    private(set) var host: String?
    private(set) var architects: [String] = []
    private(set) var organizers: [String] = []
    private(set) var registration = RegistrationDraft()
    private(set) var registrationLine: Int?
    private(set) var notes: [String] = []
    private(set) var unplaced: [UnplacedText] = []
    private(set) var days: [DayDraft] = []
    private(set) var directions: [DirectionDraft] = []
    /// The direction the list's leader lines and statements belong to, and each direction by its folded title.
    private var currentDirection: Int?
    private var directionByTitle: [String: Int] = [:]
    private(set) var people: [String: PersonDraft] = [:]
    private(set) var pageNumbers = 0

    private var mode = Mode.normal
    private var contents: [String] = []
    private var currentDay: Int?
    private var lastWasSlot = false
    /// The text of the last line read into the current slot.
    private var lastSlotText = ""
    /// Whether a slot line has been read: the title block, hours and subtitle come before.
    private var sawSlot = false
    /// The slot that announced parallel sections («Работа секций:»), and whether a section has taken its place.
    private var sectionBlock: (day: Int, slot: Int, added: Bool)?
    /// The place column of the program's table, counted from its time column (`placeColumn(in:)`).
    private var placeColumn: Int?
    /// Organizers and each direction's leaders already listed, for linear de-duplication.
    private var organizerSet: Set<String> = []
    private var leaderSet: Set<String> = []
    /// Days by date (`month * 100 + day`) and by number, so finding a day does not walk them all.
    private var dayByDate: [Int: Int] = [:]
    private var dayByNumber: [Int: Int] = [:]
    private var awaitingTheme = false
    private var titleCase: TitleCase
    /// Whether the previous line was unplaced, so that an adjacent one joins it (a paragraph broken by a PDF).
    private var joinUnplaced = false

    init(lines: [ProgramLine]) {
        titleCase = TitleCase(lines: lines)
        for line in lines { read(line) }
    }

    // MARK: - One line

    private mutating func read(_ line: ProgramLine) {
        let text = line.text
        if line.isBlank {
            lastWasSlot = false
            joinUnplaced = false
            return
        }
        if text.count <= 3, text.allSatisfy({ $0.isASCII && $0.isNumber }) {
            pageNumbers += 1
            return
        }
        if Self.isTableHeader(line) {
            placeColumn = Self.placeColumn(in: line.marked)
            return
        }
        let continuesUnplaced = joinUnplaced
        joinUnplaced = false
        let wasSlot = lastWasSlot
        lastWasSlot = false
        let themeExpected = awaitingTheme
        awaitingTheme = false

        if mode == .contents {
            if isContentsEntry(text) { contents.append(text.lowercased()); return }
            mode = .normal
        }
        if mode == .directions {
            if readDirectionLine(line) { return }
            mode = .normal
        }
        if mode == .slotSections {
            if readSectionLine(line) { return }
            if !(sectionBlock?.added ?? false) || Self.introducedPeople(line) == nil { mode = .normal }
        }
        if mode == .slotDirections {
            mode = .normal
            if let title = numberedDirectionTitle(text) {
                addDirection(title)
                mode = .slotDirections
                return
            }
        }
        let lower = text.lowercased().trimming(":")
        if lower == "содержание" || lower == "оглавление" {
            mode = .contents
            closeTitle()
            return
        }
        if isDirectionsHeading(text) {
            mode = .directions
            closeTitle()
            return
        }
        if readHoursLine(text) { return }
        if readSlotLine(line) { return }
        if readDayHeading(text, line: line.number) { return }
        if readZoneLine(text) { return }
        if themeExpected, readTheme(text) { return }
        if let bullet = bulletText(text) {
            closeTitle()
            notes.append(bullet)
            return
        }
        // «Ведущая: …» under a slot moderates it; the header's «Ведущий сессии – …» is read next.
        if wasSlot, let introduced = Self.introducedPeople(line), addToSlot(introduced, line: line) { return }
        if wasSlot, readSlotPlace(text) {
            lastWasSlot = true
            return
        }
        if readHeaderLine(text, line: line.number) { return }
        if wasSlot, continueSlot(line) { return }
        if !titleClosed {
            titleLines.append(text)
            return
        }
        if contents.contains(where: { lower.hasPrefix($0) }), text.count < 200 { return }
        extractFacts(from: text, line: line.number)
        keep(line, joining: continuesUnplaced)
    }

    private mutating func closeTitle() { if !titleLines.isEmpty || !days.isEmpty { titleClosed = true } }

    private mutating func keep(_ line: ProgramLine, joining: Bool) {
        if joining, var last = unplaced.popLast(), last.lastLine == line.number - 1 {
            last.lastLine = line.number
            last.text += " " + line.text
            unplaced.append(last)
        } else {
            unplaced.append(UnplacedText(firstLine: line.number, lastLine: line.number, text: line.text))
        }
        joinUnplaced = true
    }

    // MARK: - Contents and section headings

    private func isContentsEntry(_ text: String) -> Bool {
        text.count < 100 && !text.contains(where: \.isNumber) && !text.hasPrefix("-") && !text.contains(":")
    }

    private func isDirectionsHeading(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("направления") && text.count < 100 && !text.contains(where: \.isNumber)
            && !lower.contains(" – ") && !lower.hasSuffix(",")
    }

    // MARK: - Slots

    /// `09.00 – 09.15 Текст`, `9:00-9:15 Текст`, `с 9.00 до 9.15 Текст`, `09:00 Текст`.
    private mutating func readSlotLine(_ line: ProgramLine) -> Bool {
        var cursor = TextCursor(line.marked)
        cursor.skipSpaces()
        Self.skipRowNumber(&cursor)
        var start: Int?, end: Int?
        let beginning = cursor.index
        if cursor.accept("с "), let first = cursor.clockTime() {
            cursor.skipSpaces()
            if cursor.accept("до"), case _ = cursor.skipSpaces(), let second = cursor.clockTime() {
                (start, end) = (first, second)
            }
        }
        if start == nil {
            cursor.index = beginning
            guard let first = cursor.clockTime() else { return false }
            // «21.09.2021 (вторник)» is a date, not 21:09.
            if cursor.index + 1 < cursor.characters.count, ".,/".contains(cursor.characters[cursor.index]),
               cursor.characters[cursor.index + 1].isNumber { return false }
            start = first
            let afterFirst = cursor.index
            cursor.skipSpaces()
            // «10.00 ч. – 10.20 ч.»: the hour mark after the start too.
            if cursor.accept("ч.") { cursor.skipSpaces() }
            if cursor.dash() || cursor.accept("до") {
                cursor.skipSpaces()
                if let second = cursor.clockTime() { end = second } else { cursor.index = afterFirst }
            } else {
                cursor.index = afterFirst
            }
        }
        guard let start else { return false }
        if !cursor.atEnd, cursor.characters[cursor.index].isLetter { return false }   // «10.00ч», a number in prose
        cursor.skip("–—-:|")
        if cursor.accept("ч.") { cursor.skip("–—-:|") }
        closeTitle()
        let day = dayForSlot(line: line.number)
        var cells = String(cursor.characters[cursor.index...])
        let place = takePlaceCell(from: &cells)
        let rest = Self.cellsAsSentences(cells)
        days[day].slots.append(SlotDraft(line: line.number, start: start, end: end, marked: rest, place: place))
        lastSlotText = ProgramLine.plain(rest)
        sawSlot = true
        lastWasSlot = true
        // «Работа в группах по направлениям:» — the directions follow, one numbered line each.
        if lastSlotText.hasSuffix(":"), lastSlotText.lowercased().contains("направлени") { mode = .slotDirections }
        else if lastSlotText.hasSuffix(":") {
            mode = .slotSections
            sectionBlock = (day, days[day].slots.count - 1, false)
        }
        return true
    }

    /// «1. 10:00 – 10:15 Открытие», «2) с 10.15 …»: a numbered list's or a table's row number before
    /// the time is passed over (a space after «1.» tells it from «9.00»); anything else is left.
    private static func skipRowNumber(_ cursor: inout TextCursor) {
        let start = cursor.index
        guard cursor.number(maxDigits: 3) != nil, cursor.index + 1 < cursor.characters.count,
              ".)".contains(cursor.characters[cursor.index]), cursor.characters[cursor.index + 1].isWhitespace
        else { cursor.index = start; return }
        cursor.index += 1
        cursor.skipSpaces()
        var probe = cursor
        if probe.clockTime() == nil && !probe.accept("с ") { cursor.index = start }
    }

    /// A table's row after its time: each cell («Работа в группах», «Модераторы групп») a sentence of
    /// its own, as the title's sentences are, so the cells do not run into one another.
    private static func cellsAsSentences(_ marked: String) -> String {
        guard marked.contains("\t") else { return marked }
        var joined = ""
        for cell in marked.split(separator: "\t") {
            let text = cell.trimmingCharacters(in: .whitespaces)
            guard !ProgramLine.plain(text).isEmpty else { continue }
            if !joined.isEmpty {
                joined += ProgramLine.plain(joined).last.map { ".!?:;…".contains($0) } == true ? " " : ". "
            }
            joined += text
        }
        return joined
    }

    /// «Секция 1. «Новый читатель» (ауд. 305)» under «Работа секций:»: a slot of its own at the block's time,
    /// in its place; the first takes the place of the block's line, which only announced them.
    private mutating func readSectionLine(_ line: ProgramLine) -> Bool {
        guard let block = sectionBlock, days.indices.contains(block.day), days[block.day].slots.indices.contains(block.slot) else { return false }
        var cursor = TextCursor(line.text.lowercased())
        guard cursor.accept("секция") || cursor.accept("section") else { return false }
        cursor.skip(" №")
        guard cursor.number(maxDigits: 2) != nil else { return false }
        let announcing = days[block.day].slots[block.slot]
        if block.added {
            days[block.day].slots.append(SlotDraft(line: line.number, start: announcing.start, end: announcing.end, marked: line.marked))
        } else {
            days[block.day].slots[block.slot] = SlotDraft(line: line.number, start: announcing.start, end: announcing.end, marked: line.marked)
            sectionBlock?.added = true
        }
        lastSlotText = line.text
        lastWasSlot = true
        return true
    }

    /// «Место: Большой зал», «Место проведения – аудитории 305, 307» right under a slot (`placeHeadings`):
    /// where it happens (not the session's venue, which «Место проведения сессии: …» names).
    private mutating func readSlotPlace(_ text: String) -> Bool {
        guard let day = currentDay, let last = days[day].slots.indices.last, days[day].slots[last].place == nil else { return false }
        var cursor = TextCursor(text)
        guard Self.placeHeadings.contains(where: { cursor.accept($0) }) else { return false }
        cursor.skipSpaces()
        guard cursor.accept(":") || cursor.dash() else { return false }
        let place = ProgramLine.collapse(cursor.rest).trimming(" .")
        guard !place.isEmpty else { return false }
        days[day].slots[last].place = place
        return true
    }

    /// The cell of the place column (`placeColumn`) out of a table row's cells after its time, `cells`:
    /// its text, nil when the row has none there. `cells` begins with a tab when the time has a cell of its
    /// own; without one, the title shares the time's cell.
    private func takePlaceCell(from cells: inout String) -> String? {
        guard let placeColumn, cells.contains("\t") else { return nil }
        var row = cells.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        let index = cells.hasPrefix("\t") ? placeColumn : placeColumn - 1
        guard row.indices.contains(index) else { return nil }
        let place = ProgramLine.plain(row[index])
        row.remove(at: index)
        cells = row.joined(separator: "\t")
        return place.isEmpty ? nil : place
    }

    /// The words that head a place, in a table's header cell or before a colon under a slot; the longer
    /// first. Not «Аудитория», which a program uses for whom a slot is for («Аудитория: библиотекари»).
    private static let placeHeadings = ["место проведения", "место", "зал", "площадка", "локация"]

    /// Where a table's header row (cells separated by tabs) has the column of places (`placeHeadings`),
    /// counted from its time column.
    private static func placeColumn(in header: String) -> Int? {
        let cells = header.split(separator: "\t", omittingEmptySubsequences: false).map { ProgramLine.plain(String($0)).lowercased() }
        guard let time = cells.firstIndex(of: "время"),
              let place = cells.firstIndex(where: Self.placeHeadings.contains),
              place > time else { return nil }
        return place - time
    }

    /// The words a table's header row is made of.
    private static let tableHeaderWords: Set<String> = [
        "№", "п", "время", "дата", "мероприятие", "мероприятия", "событие", "наименование", "название", "содержание",
        "программа", "тема", "ответственный", "ответственные", "спикер", "спикеры", "выступающий", "выступающие",
        "докладчик", "докладчики", "модератор", "модераторы", "место", "формат", "примечание", "примечания",
        "участники", "аудитория", "и", "проведения", "зал", "площадка", "локация",
    ]

    /// «Время | Мероприятие | Ответственный / спикер»: the header row of a program laid out as a table,
    /// from a Word document (its cells joined with tabs) or copied as text (the cells run together),
    /// which says nothing to keep: only header words, among them the time and what happens.
    private static func isTableHeader(_ line: ProgramLine) -> Bool {
        let words = Set(line.text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "№" }).map(String.init))
        return words.isSubset(of: tableHeaderWords) && words.contains("время")
            && !words.isDisjoint(with: ["мероприятие", "мероприятия", "событие", "содержание", "наименование", "название", "программа", "тема"])
    }

    /// The current day, or the announced first day when the program starts its slots without a day heading.
    private mutating func dayForSlot(line: Int) -> Int {
        if let currentDay { return currentDay }
        days.append(DayDraft(written: announced?.first, number: nil, line: line))
        currentDay = days.count - 1
        if let first = announced?.first { dayByDate[first.month * 100 + first.day] = days.count - 1 }
        return days.count - 1
    }

    /// A line right after a slot line that continues it: its title broken by a PDF, or its speakers.
    /// «Модератор – …», «Спикеры: …» under the last slot: its moderators, or more of its speakers.
    private mutating func addToSlot(_ introduced: (moderators: Bool, names: String), line: ProgramLine) -> Bool {
        guard let day = currentDay, let last = days[day].slots.indices.last else { return false }
        if introduced.moderators {
            days[day].slots[last].moderatorLines.append(introduced.names)
        } else {
            days[day].slots[last].marked += " " + introduced.names
        }
        lastSlotText = line.text
        lastWasSlot = true
        return true
    }

    private mutating func continueSlot(_ line: ProgramLine) -> Bool {
        guard let day = currentDay, var slot = days[day].slots.popLast() else { return false }
        defer { days[day].slots.append(slot) }
        // Only the last line read into the slot, so a long run of continuation lines costs linear time.
        let previous = lastSlotText
        let startsLower = line.text.first?.isLowercase ?? false
        let startsWithName = PersonNames.mentions(in: Array(line.marked)).first.map {
            ProgramLine.plain(String(Array(line.marked)[0..<$0.start])).isEmpty
        } ?? false
        let unfinished = !(previous.last.map { ".!?»)…\"".contains($0) } ?? false)
        guard previous.isEmpty || startsLower || startsWithName || unfinished else { return false }
        // «Приветственное слово: Романов С. П.» under «Открытие сессии»: a labelled line of people
        // starts a sentence of its own, not the rest of a title broken over two lines.
        let separator = previous.isEmpty ? "" : unfinished && !startsLower && Self.labelsPeople(line) ? ". " : " "
        // «министра куль-» / «туры Омской области»: a word a PDF broke at the line's end is one word again.
        if startsLower, Self.endsHyphenated(previous), let hyphen = slot.marked.lastIndex(where: { !$0.isWhitespace }),
           slot.marked[hyphen] == "-" {
            slot.marked = String(slot.marked[..<hyphen]) + line.marked.drop(while: \.isWhitespace)
        } else {
            slot.marked += separator + line.marked
        }
        lastSlotText = line.text
        lastWasSlot = true
        return true
    }

    /// Whether `text` ends with a word broken by a hyphen: two letters, then «-» (not « - », a dash).
    private static func endsHyphenated(_ text: String) -> Bool {
        let tail = text.suffix(3)
        return tail.count == 3 && tail.last == "-" && tail.dropLast().allSatisfy(\.isLetter)
    }

    /// Whether the line names people after a label of its own that ends with a colon («Приветственное
    /// слово: Романов С. П.»).
    private static func labelsPeople(_ line: ProgramLine) -> Bool {
        let marked = Array(line.marked)
        guard let first = PersonNames.mentions(in: marked).first, first.start > 0 else { return false }
        let label = ProgramLine.plain(String(marked[0..<first.start])).trimming(" ")
        return label.hasSuffix(":") && label.count > 1
    }

    /// «Модератор – Иванов И. И.», «Модераторы: …», «Спикеры: …» on a line of its own under a slot:
    /// the word that introduces people, then at least one name; the text from the first name on.
    private static func introducedPeople(_ line: ProgramLine) -> (moderators: Bool, names: String)? {
        let marked = Array(line.marked)
        guard let first = PersonNames.mentions(in: marked).first else { return nil }
        let words = ProgramLine.plain(String(marked[0..<first.start])).trimming(":;,–—- ").lowercased().split(separator: " ")
        guard let word = words.first.map(String.init) else { return nil }
        let names = String(marked[first.start...])
        // «Модератор дискуссии – …»: one word may say what is moderated, but not the session
        // («Ведущий сессии», «Модератор стратегической сессии»: the host, read with the header).
        if SlotWords.moderatorWords.contains(word), words.count <= 2,
           !words.dropFirst().contains(where: { $0.hasPrefix("сесси") || $0.hasPrefix("стратег") }) { return (true, names) }
        if SlotWords.speakerWords.contains(word), words.count == 1 { return (false, names) }
        return nil
    }

    // MARK: - Days

    /// `21 сентября, вторник`, `День 1. 21.09.2021`, `ДЕНЬ 2 ТЕМА`, `21 сентября<TAB>ДЕНЬ 1 Тема`,
    /// and the announced dates `21-22 сентября 2021 года`.
    private mutating func readDayHeading(_ text: String, line: Int, placeFirst: Bool = true) -> Bool {
        // «Казань, 12–13 января 2027 года»: where (a city or region of Russia), then the dates.
        if placeFirst, !sawSlot, venue == nil, let comma = text.firstIndex(of: ","), RussianRegions.subject(String(text[..<comma])) != nil {
            let city = String(text[..<comma]).trimming(" ")
            if readDayHeading(String(text[text.index(after: comma)...]).trimming(" "), line: line, placeFirst: false) {
                venue = city
                return true
            }
        }
        var text = text
        for prefix in ["дата проведения", "даты проведения", "дата", "даты"] where text.lowercased().hasPrefix(prefix + ":") {
            text = String(text.dropFirst(prefix.count + 1)).trimming(" ")
            break
        }
        var cursor = TextCursor(text)
        var number: Int?, date: (first: WrittenDate, last: WrittenDate)?, weekday: Int?
        func dayWord(_ cursor: inout TextCursor) -> Int? {
            let start = cursor.index
            if cursor.accept("день") {
                cursor.skip(".:№")
                // «·» as the tool's own exports write «День 1 · вторник, 21 сентября 2021 г.».
                if let value = cursor.number(maxDigits: 2) { cursor.skip(".:,–—-·"); return value }
                if let value = RussianCalendarWords.ordinals[cursor.peekWord().lowercased()] {
                    _ = cursor.word()
                    cursor.skip(".:,–—-")
                    return value
                }
            }
            cursor.index = start
            if let value = cursor.number(maxDigits: 2) {
                cursor.skip("-й ")
                if cursor.accept("день") { cursor.skip(".:,–—-"); return value }
            }
            // «Первый день (22 октября)», «Второй день».
            cursor.index = start
            if let value = RussianCalendarWords.ordinals[cursor.peekWord().lowercased()] {
                _ = cursor.word()
                cursor.skipSpaces()
                if cursor.accept("день") { cursor.skip(".:,–—-"); return value }
            }
            cursor.index = start
            return nil
        }
        func weekdayWord(_ cursor: inout TextCursor) -> Int? {
            let start = cursor.index
            cursor.skip(",.(·")
            if let value = RussianCalendarWords.weekday(cursor.peekWord()) {
                _ = cursor.word()
                cursor.skip(",.)")
                return value
            }
            cursor.index = start
            return nil
        }
        number = dayWord(&cursor)
        weekday = weekdayWord(&cursor)
        let beforeDate = cursor.index
        cursor.skip("(")   // «Первый день (22 октября)»
        date = cursor.date()
        if date == nil { cursor.index = beforeDate } else { cursor.skip(")") }
        if weekday == nil { weekday = weekdayWord(&cursor) }
        cursor.skip(",.;")
        if number == nil { number = dayWord(&cursor) }
        cursor.skip(".:,–—-")
        var rest = ProgramLine.collapse(cursor.rest)
        guard number != nil || date != nil else { return false }
        // «12 января 2027 года, г. Казань, …»: the dates, then where.
        if date != nil, readVenue(rest) { rest = "" }
        if let date, date.first != date.last {
            // The announced dates of the whole session.
            // «21–22 сентября 2021 г., с 9:00 до 13:00», as the tool's own exports print the dates, and
            // the zone after them («… московского времени», «…, МСК+7»): the hours and the zone are read
            // before a mere mention of a zone is taken.
            guard number == nil,
                  rest.isEmpty || readHoursLine(rest) || readZoneLine(rest) || ZoneWords.mentionsZone(rest) else { return false }
            if announced == nil { announced = date }
            closeTitle()
            return true
        }
        if number == nil {
            guard rest.isEmpty || rest.lowercased().hasPrefix("тема") || isZoneOnly(rest) else { return false }
        }
        if isZoneOnly(rest) {
            _ = readZoneLine(rest)
            rest = ""
        }
        let theme = rest.isEmpty ? nil : cleanTheme(rest)
        selectDay(date: date?.first, number: number, weekday: weekday, theme: theme, line: line)
        if theme == nil, number != nil || date != nil { awaitingTheme = true }
        closeTitle()
        return true
    }

    private mutating func selectDay(date: WrittenDate?, number: Int?, weekday: Int?, theme: String?, line: Int) {
        func update(_ index: Int) {
            if days[index].written == nil, let date { days[index].written = date }
            if days[index].number == nil { days[index].number = number }
            if let written = days[index].written, dayByDate[written.month * 100 + written.day] == nil {
                dayByDate[written.month * 100 + written.day] = index
            }
            if let number = days[index].number, dayByNumber[number] == nil { dayByNumber[number] = index }
            if days[index].weekday == nil { days[index].weekday = weekday }
            if let theme {
                if days[index].title == nil { days[index].title = theme }
                else if days[index].title?.lowercased() != theme.lowercased() {
                    unplaced.append(UnplacedText(firstLine: line, lastLine: line, text: theme))
                }
            }
            currentDay = index
        }
        if let date, let index = dayByDate[date.month * 100 + date.day] { return update(index) }
        if let number, let index = dayByNumber[number] { return update(index) }
        if let current = currentDay, days[current].slots.isEmpty,
           (days[current].written == nil && date != nil && (number == nil || days[current].number == number))
            || (days[current].number == nil && number != nil && date == nil) {
            return update(current)
        }
        days.append(DayDraft(written: date, number: number, weekday: weekday, title: nil, line: line))
        update(days.count - 1)
    }

    /// The line under `ДЕНЬ 1` that holds the day's theme.
    private mutating func readTheme(_ text: String) -> Bool {
        guard let day = currentDay, days[day].slots.isEmpty else { return false }
        guard TitleCase.isCapitals(text) || text.lowercased().hasPrefix("тема") else { return false }
        let theme = cleanTheme(text)
        if days[day].title == nil {
            days[day].title = theme
        } else if days[day].title?.lowercased() != theme.lowercased() {
            return false
        }
        return true
    }

    private mutating func cleanTheme(_ text: String) -> String {
        var theme = text.trimming(".:,–—-")
        for prefix in ["тема дня", "тема"] where theme.lowercased().hasPrefix(prefix) {
            theme = String(theme.dropFirst(prefix.count)).trimming(".:,–—-")
            break
        }
        theme = titleCase.restore(theme)
        return ProgramImporter.unwrapQuotes(theme)
    }

    // MARK: - Zone, hours and the title block

    private func isZoneOnly(_ text: String) -> Bool {
        guard ZoneWords.mentionsZone(text), text.split(separator: " ").count <= 8 else { return false }
        let lower = text.lowercased()
        return lower.contains("врем") || ZoneWords.moscowMark(in: lower) != nil
    }

    /// «московское время», «(время местное, Иркутск)»: a line that only names the zone.
    private mutating func readZoneLine(_ text: String) -> Bool {
        guard isZoneOnly(text) else { return false }
        // «время московское (Europe/Moscow, UTC+3)», as the tool's own exports name the zone.
        let named = ZoneWords.identifier(in: text)
        guard named != nil || !text.contains(where: \.isNumber) || ZoneWords.moscowMark(in: text.lowercased()) != nil else { return false }
        if zone == nil { zone = named ?? ZoneWords.zone(in: text) }
        return named != nil || ZoneWords.zone(in: text) != nil || text.lowercased().contains("местн")
    }

    /// `с 9.00 до 13.00 московского времени`, `Время проведения: 10:00–17:00` before the program starts.
    private mutating func readHoursLine(_ text: String) -> Bool {
        guard !sawSlot else { return false }
        var body = text
        for prefix in ["время проведения", "время работы", "время"] where body.lowercased().hasPrefix(prefix) {
            body = String(body.dropFirst(prefix.count)).trimming(":–—- ")
            break
        }
        var cursor = TextCursor(body)
        let explicitFrom = cursor.accept("с ")
        guard let start = cursor.clockTime() else { return false }
        cursor.skipSpaces()
        guard cursor.dash() || cursor.accept("до") else { return false }
        cursor.skipSpaces()
        guard let end = cursor.clockTime() else { return false }
        let rest = ProgramLine.collapse(cursor.rest).trimming(",.()")
        guard rest.isEmpty || ZoneWords.mentionsZone(rest) else { return false }
        // A bare `09:00–09:30` inside a day is a slot whose title is on the next line.
        guard explicitFrom || body != text || !rest.isEmpty || days.isEmpty else { return false }
        if hours == nil { hours = (start, end) }
        if !rest.isEmpty, zone == nil { zone = ZoneWords.zone(in: rest) }
        closeTitle()
        return true
    }

    /// Subtitle, venue, organizers, registration, host and architects written on lines of their own.
    private mutating func readHeaderLine(_ text: String, line: Int) -> Bool {
        let lower = text.lowercased()
        if lower.hasPrefix("в рамках"), subtitle == nil, !sawSlot {
            subtitle = text.trimming(".")
            closeTitle()
            return true
        }
        for prefix in ["место проведения", "место", "адрес", "формат проведения", "формат", "площадка"] {
            guard lower.hasPrefix(prefix), let value = value(after: prefix, in: text) else { continue }
            addVenue(value)
            closeTitle()
            return true
        }
        if readVenue(text) {
            closeTitle()
            return true
        }
        for prefix in ["организаторы", "организатор", "соорганизаторы", "соорганизатор"] {
            guard lower.hasPrefix(prefix), let value = value(after: prefix, in: text) else { continue }
            let co = prefix.hasPrefix("со")
            for name in ProgramImporter.splitList(value) { addOrganizer(co ? name + " (соорганизатор)" : name) }
            closeTitle()
            return true
        }
        if lower.hasPrefix("регистрац") || lower.hasPrefix("внимание! регистрац"), readRegistration(text, line: line) {
            return true
        }
        if lower.hasPrefix("ведущ") || lower.hasPrefix("архитектор") || lower.hasPrefix("модератор сессии") {
            let consumed = extractRoles(from: text, line: line)
            if consumed { closeTitle() }
            return consumed
        }
        return false
    }

    /// «г. Казань, Национальная библиотека …» before the program, on a line of its own or after the dates:
    /// where an in-person session is held.
    private mutating func readVenue(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard !sawSlot, lower.hasPrefix("г. ") || lower.hasPrefix("город ") else { return false }
        addVenue(text.trimming(" ."))
        return true
    }

    /// Each line that says where the session is held adds to its venue.
    private mutating func addVenue(_ value: String) {
        venue = venue.map { $0 + ", " + value } ?? value
    }

    /// The text after `prefix` and a colon or dash: `Место проведения: …`.
    private func value(after prefix: String, in text: String) -> String? {
        var rest = Substring(text.dropFirst(prefix.count))
        rest = rest.drop { $0 == " " }
        for word in ["сессии", "стратегической сессии", "форума"] where rest.lowercased().hasPrefix(word) {
            rest = rest.dropFirst(word.count).drop { $0 == " " }
        }
        guard let first = rest.first, ":–—-".contains(first) else { return nil }
        let value = String(rest.dropFirst()).trimming(" .")
        return value.isEmpty ? nil : value
    }

    // MARK: - Registration, host, architects, organizers

    /// `Регистрация участников осуществляется на платформе Leader ID: <https://…> до 24.00 московского времени 17 сентября`.
    private mutating func readRegistration(_ text: String, line: Int) -> Bool {
        var found = RegistrationDraft()
        let lower = text.lowercased()
        if let range = lower.range(of: "на платформе ") {
            let after = text[range.upperBound...]
            let platform = after.prefix { $0 != ":" && $0 != "<" && $0 != "(" }
                .components(separatedBy: " http").first?.components(separatedBy: " до ").first ?? ""
            let cleaned = platform.trimming(" ,.")
            if !cleaned.isEmpty { found.platform = cleaned }
        }
        if let range = text.range(of: "https://") ?? text.range(of: "http://") {
            let url = text[range.lowerBound...].prefix { !$0.isWhitespace && $0 != ">" && $0 != ")" }
            found.url = String(url).trimming(".,;")
        }
        if let range = lower.range(of: " до ", options: .backwards) ?? lower.range(of: " до ") {
            var cursor = TextCursor(String(text[range.upperBound...]))
            cursor.skipSpaces()
            let minutes = cursor.clockTime()
            var words = 0
            while !cursor.atEnd, words < 8 {
                let before = cursor.index
                if let date = cursor.date() {
                    let time = minutes.map { $0 >= 24 * 60 ? 23 * 60 + 59 : $0 } ?? 23 * 60 + 59
                    found.deadline = (date.first, time)
                    break
                }
                cursor.index = before
                while !cursor.atEnd, !cursor.characters[cursor.index].isWhitespace { cursor.index += 1 }
                cursor.skipSpaces()
                words += 1
            }
        }
        guard found.url != nil || found.platform != nil || found.deadline != nil else { return false }
        if registrationLine == nil {
            registration = found
            registrationLine = line
            return true
        }
        // The same registration repeated (a reminder at the end of the letter) is placed; another one is kept.
        return found.url == registration.url
    }

    /// `Ведущий сессии – Бимурзаев Д. С.`, `Архитекторы стратегической сессии – Лешков Ю. Л., Бимурзаев Д. С.`
    /// anywhere in `text`; true when nothing else is in it.
    @discardableResult
    private mutating func extractRoles(from text: String, line: Int) -> Bool {
        var remaining = text
        var changed = true
        var anything = false
        var rounds = 0
        while changed, rounds < 8 {   // a bounded number of roles per line keeps a hostile line linear
            rounds += 1
            changed = false
            let lower = remaining.lowercased()
            for (word, isHost) in [("ведущий", true), ("ведущая", true), ("модератор сессии", true), ("архитекторы", false), ("архитектор", false)] {
                guard let range = lower.range(of: word) else { continue }
                var tail = Substring(remaining[range.upperBound...]).drop { $0 == " " }
                for filler in ["стратегической сессии", "сессии", "стратсессии"] where tail.lowercased().hasPrefix(filler) {
                    tail = tail.dropFirst(filler.count).drop { $0 == " " }
                    break
                }
                guard let dash = tail.first, "–—-:".contains(dash) else { continue }
                let list = String(tail.dropFirst())
                let (names, consumed) = PersonNames.leadingNames(in: list)
                guard !names.isEmpty else { continue }
                if isHost { if host == nil { host = names[0] } }
                else { for name in names where !architects.contains(name) { architects.append(name) } }
                let before = String(remaining[..<range.lowerBound])
                var after = String(Array(list)[consumed...])
                // One person and, after a comma or a dash, their position: «…: Ковалёва И. В., доцент КГУ».
                if names.count == 1, let mark = after.trimming(" ").first, ",–—(".contains(mark) {
                    let position = PersonNames.cleanPosition(after)
                    if !position.isEmpty {
                        ProgramImporter.merge(NamedPerson(name: names[0], position: position), order: line * 1000, into: &people)
                        after = ""
                    }
                }
                remaining = before + " " + after
                changed = true
                anything = true
                break
            }
        }
        return anything && ProgramLine.collapse(remaining).trimming(".,;").isEmpty
    }

    /// Facts inside a paragraph of prose, which stays in the notes as it is.
    private mutating func extractFacts(from text: String, line: Int) {
        extractRoles(from: text, line: line)
        let lower = text.lowercased()
        if let range = lower.range(of: " приглашают ") ?? lower.range(of: " приглашает ") {
            var subject = String(text[..<range.lowerBound])
            if let support = subject.range(of: " при поддержке") { subject = String(subject[..<support.lowerBound]) }
            if subject.count < 400 {
                for name in ProgramImporter.splitList(subject) { addOrganizer(name) }
            }
        }
        if let range = lower.range(of: "соорганизатором сессии выступает ") ?? lower.range(of: "соорганизатором выступает ") {
            var name = String(text[range.upperBound...])
            if let end = SlotWords.sentences(name).first { name = end }
            name = name.trimming(" .")
            if !name.isEmpty, name.count < 300 { addOrganizer(name + " (соорганизатор)") }
        }
        if registrationLine == nil, lower.contains("регистрац"), lower.contains("http") {
            _ = readRegistration(text, line: 0)
        }
    }

    // MARK: - Directions and leaders

    /// A line of the list of directions: `1. НАЗВАНИЕ`, a leader line, or a leader's quoted statement.
    private mutating func readDirectionLine(_ line: ProgramLine) -> Bool {
        let text = line.text
        if let title = numberedDirectionTitle(text) {
            addDirection(title)
            return true
        }
        guard let current = currentDirection else { return false }
        if let first = text.first, "«„\"“".contains(first) {
            guard let owner = directions[current].statementOwner else { return false }
            let statement = ProgramImporter.statement(text)
            if let existing = people[owner]?.statement { people[owner]?.statement = existing + " " + statement }
            else { people[owner]?.statement = statement }
            return true
        }
        var marked = line.marked
        let lower = text.lowercased()
        if lower.hasPrefix("лидер"), let colon = marked.firstIndex(where: { ":–—".contains($0) }),
           marked.distance(from: marked.startIndex, to: colon) < 30 {
            marked = String(marked[marked.index(after: colon)...])
        }
        let (before, found) = PersonNames.people(in: marked)
        guard before.trimming(" ,").isEmpty, !found.isEmpty else { return false }
        for (offset, person) in found.enumerated() {
            ProgramImporter.merge(person, order: line.number * 1000 + offset, into: &people)
            if leaderSet.insert("\(current)\u{0}\(person.name)").inserted {
                directions[current].leaders.append(person.name)
            }
        }
        directions[current].statementOwner = found[0].name
        return true
    }

    /// `1. НАЗВАНИЕ`, `2) «Название»`, `Направление 3. …`: the title of a numbered direction, or nil.
    private mutating func numberedDirectionTitle(_ text: String) -> String? {
        var cursor = TextCursor(text)
        _ = cursor.accept("направление ")
        guard cursor.number(maxDigits: 2) != nil, !cursor.atEnd, ".)".contains(cursor.characters[cursor.index]) else { return nil }
        cursor.index += 1
        cursor.skipSpaces()
        let title = ProgramImporter.unwrapQuotes(titleCase.restore(cursor.rest.trimming(" .")))
        return title.isEmpty ? nil : title
    }

    /// The direction titled `title` becomes the current one: the one already listed with that title
    /// (a program may name the directions under its group work and list them with leaders later), else a new one.
    /// A place after the title («(ауд. 305)», `PlaceRemarks`) is the direction's, not part of its title.
    private mutating func addDirection(_ written: String) {
        let (rest, place) = PlaceRemarks.split(written)
        let title = place == nil ? written : ProgramImporter.unwrapQuotes(rest)
        let key = title.lowercased().replacingOccurrences(of: "ё", with: "е")
        if let known = directionByTitle[key] {
            if directions[known].place == nil { directions[known].place = place }
            currentDirection = known
            return
        }
        directions.append(DirectionDraft(title: title, place: place))
        currentDirection = directions.count - 1
        directionByTitle[key] = directions.count - 1
    }

    /// Adds a person's details; the position written first in the file wins (`order`: line × 1000 + place in the line).
    static func merge(_ person: NamedPerson, order: Int, into people: inout [String: PersonDraft]) {
        guard var existing = people[person.name] else {
            people[person.name] = PersonDraft(name: person.name, position: person.position, firstLine: order)
            return
        }
        if order < existing.firstLine {
            existing.position = person.position ?? existing.position
            existing.firstLine = order
        } else if existing.position == nil {
            existing.position = person.position
        }
        people[person.name] = existing
    }

    private mutating func addOrganizer(_ name: String) {
        if organizerSet.insert(name).inserted { organizers.append(name) }
    }

    // MARK: - Text helpers

    /// A bulleted line's text: `- …`, `• …`, `– …`.
    private func bulletText(_ text: String) -> String? {
        guard let first = text.first, "-–—•·▪●*".contains(first), text.dropFirst().first == " " else { return nil }
        let rest = String(text.dropFirst(2)).trimming(" ")
        return rest.isEmpty ? nil : rest
    }

    /// `«Библиотечная «Точка кипения»: общее и особенное»` → without the outer quotes, when they wrap it all.
    static func unwrapQuotes(_ text: String) -> String {
        guard let first = text.first, let last = text.last, text.count > 2 else { return text }
        let pairs: [Character: Character] = ["«": "»", "„": "“", "\"": "\"", "“": "”"]
        guard let closing = pairs[first], last == closing else { return text }
        // The first quote must close at the very end: count the nesting.
        var depth = 0
        for (offset, character) in text.enumerated() {
            if character == first, first != closing || depth == 0 { depth += 1 }
            else if character == closing { depth -= 1 }
            if depth == 0, offset < text.count - 1 { return text }
        }
        return String(text.dropFirst().dropLast())
    }

    /// A quoted statement without its quotes: the opening one, and the closing one when it has no partner.
    static func statement(_ text: String) -> String {
        var body = String(text.dropFirst())
        let opening = body.filter { "«„“".contains($0) }.count
        let closing = body.filter { "»“”".contains($0) }.count
        if closing > opening || (text.first == "\"" && body.filter({ $0 == "\"" }).count % 2 == 1) {
            let quotes: String = text.first == "\"" ? "\"" : "»“”"
            if let index = body.lastIndex(where: { quotes.contains($0) }) { body.remove(at: index) }
        }
        return body.trimming(" ")
    }

    /// `А, Б и В` → the names, commas inside quotes or parentheses kept.
    static func splitList(_ text: String) -> [String] {
        var items: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            if "«(„“".contains(character) { depth += 1 }
            if "»)”".contains(character) { depth = max(0, depth - 1) }
            if depth == 0, character == "," || character == ";" {
                items.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        items.append(current)
        return items.map { $0.trimming(" .") }.filter { !$0.isEmpty }
    }
}
