import Foundation
import Testing
@testable import SessionPlanKit

/// The recognizers one by one, and the command's failures.
@Suite struct ImportRecognizerTests {
    static func session(_ text: String, year: Int? = nil, zone: String? = nil) throws -> Session {
        let (_, loaded) = try ImportTestSupport.importAndLoad(Array(text.utf8), options: ImportOptions(year: year, timeZone: zone))
        return try #require(loaded.session)
    }

    @Test(arguments: [
        ("09.00 – 09.15\tОткрытие", "09:00", "09:15"),
        ("9:00-9:15 Открытие", "09:00", "09:15"),
        ("09:00–09:15 — Открытие", "09:00", "09:15"),
        ("с 9.00 до 9.15 Открытие", "09:00", "09:15"),
        ("13.00 – 13:45 Открытие", "13:00", "13:45"),
        ("10.00 ч. – 10.20 ч. Открытие", "10:00", "10:20"),
        ("9.30 – 10.00 – Открытие", "09:30", "10:00"),
        ("1. 09:00 – 09:15 Открытие", "09:00", "09:15"),
        ("12)\t9.00-9.15 Открытие", "09:00", "09:15"),
    ])
    func slotTimesInEveryWritingForm(line: String, start: String, end: String) throws {
        let session = try Self.session("Сессия\n21 сентября 2021 года\nмосковское время\n\(line)\n")
        let slot = try #require(session.days.first?.slots.first)
        #expect("\(slot.start)" == start && "\(slot.end)" == end && slot.title == "Открытие")
    }

    @Test(arguments: [
        ("с 9.00 до 13.00 московского времени", "Europe/Moscow"),
        ("Время указано по времени Камчатского края", "Asia/Kamchatka"),
        ("время местное (Иркутск)", "Asia/Irkutsk"),
        ("Время: МСК+4", "Asia/Krasnoyarsk"),
        // «мск» inside a word is not Moscow's: «омское», «томское».
        ("Время омское", "Asia/Omsk"),
        ("по томскому времени", "Asia/Tomsk"),
        ("(время МСК)", "Europe/Moscow"),
    ])
    func zonesNamedTheRussianWay(line: String, zone: String) throws {
        let session = try Self.session("Сессия\n21 сентября 2021 года\n\(line)\n09:00 – 10:00 Открытие\n")
        #expect(session.timeZone.identifier == zone)
    }

    /// The session's dates, hours and zone on one line, as a Word program's heading often has them.
    @Test(arguments: [
        ("21–22 сентября 2021 г., с 9.00 до 13.00 московского времени", "Europe/Moscow", "09:00–13:00"),
        ("21–22 сентября 2021 г., с 10.00 до 17.00 по владивостокскому времени", "Asia/Vladivostok", "10:00–17:00"),
        ("21-22 сентября 2021 года, 10:00–17:00 (время местное, Иркутск)", "Asia/Irkutsk", "10:00–17:00"),
        ("21–22 сентября 2021 г., время московское", "Europe/Moscow", nil as String?),
        ("21–22 сентября 2021 г., МСК+7", "Asia/Vladivostok", nil),
    ])
    func datesHoursAndZoneOnOneLine(line: String, zone: String, hours: String?) throws {
        let session = try Self.session("Сессия\n\(line)\n\n21 сентября\n09:00 – 10:00 Открытие\n")
        #expect(session.timeZone.identifier == zone)
        #expect(session.hours.map { "\($0.start)–\($0.end)" } == hours)
        #expect(session.days.map { "\($0.date)" } == ["2021-09-21"])
    }

    @Test(arguments: [
        ("21 сентября, вторник", "2021-09-21", nil as String?),
        ("День 1. 21.09.2021", "2021-09-21", nil),
        ("ДЕНЬ 1 ОБРАЗ «ТОЧКИ КИПЕНИЯ»", "2021-09-21", "Образ «Точки кипения»"),
        ("Вторник, 21 сентября", "2021-09-21", nil),
        ("1 день: Тема «Начало»", "2021-09-21", "Начало"),
        ("Первый день (21 сентября)", "2021-09-21", nil),
        ("21.09.2021 (вторник)", "2021-09-21", nil),
        ("ПЕРВЫЙ ДЕНЬ. Тема «Начало»", "2021-09-21", "Начало"),
    ])
    func dayHeadingsInSeveralOrders(heading: String, date: String, theme: String?) throws {
        let session = try Self.session("Сессия\n21-22 сентября 2021 года\nмосковское время\n\n\(heading)\n09:00 – 10:00 Открытие\n")
        #expect(session.days.map { "\($0.date)" } == [date])
        #expect(session.days.first?.title == theme)
        #expect(session.days.first?.slots.map(\.title) == ["Открытие"])
    }

    @Test func speakersByItalicsInitialsAndDescriptions() throws {
        let session = try Self.session("""
            Сессия
            21 сентября 2021 года
            московское время
            09:00 – 09:30 Выступления: <i>Джон Смит</i>, консультант; Бимурзаев Д. С., архитектор; Надежда Анатольевна Доргунова, министр; Представитель АСИ
            """)
        let slot = try #require(session.days.first?.slots.first)
        #expect(slot.title == "Выступления")
        #expect(slot.speakers.map(\.name) == ["Джон Смит", "Бимурзаев Д. С.", "Надежда Анатольевна Доргунова", "Представитель АСИ"])
        #expect(session.people.map(\.position) == ["консультант", "архитектор", "министр"])
    }

    @Test func aModeratorIsNotASpeaker() throws {
        let session = try Self.session("Сессия\n21 сентября 2021 года\nмосковское время\n10:30 – 12:00 Пленарная дискуссия «Молодёжь и регион». Модератор – Ковалёв Артём Сергеевич, журналист\n")
        let slot = try #require(session.days.first?.slots.first)
        #expect(slot.title == "Пленарная дискуссия «Молодёжь и регион»")
        #expect(slot.speakers.isEmpty)
        #expect(slot.moderators.map(\.name) == ["Ковалёв Артём Сергеевич"])
        #expect(session.people.first?.position == "журналист")
    }

    /// A Word table's row: time, title, then the people in a cell of their own (the reader joins the cells with tabs).
    @Test(arguments: [
        ("Пленарная дискуссия «Молодёжь и регион»\tМодератор – Ковалёв Артём Сергеевич", [String](), ["Ковалёв Артём Сергеевич"]),
        ("Пленарная дискуссия «Молодёжь и регион»\tСпикеры: Ковалёв Артём Сергеевич", ["Ковалёв Артём Сергеевич"], []),
    ])
    func peopleInATableCellAfterTheTitle(row: String, speakers: [String], moderators: [String]) throws {
        let session = try Self.session("Сессия\n21 сентября 2021 года\nмосковское время\n10:30 – 12:00\t\(row)\n")
        let slot = try #require(session.days.first?.slots.first)
        #expect(slot.title == "Пленарная дискуссия «Молодёжь и регион»")
        #expect(slot.speakers.map(\.name) == speakers)
        #expect(slot.moderators.map(\.name) == moderators)
    }

    /// «Работа в группах по направлениям:» and the numbered directions under it, as a one-day
    /// program names them; a list of directions with leaders later in the file is the same directions.
    @Test func directionsNumberedUnderTheGroupWorkSlot() throws {
        let text = """
            Сессия
            21 сентября 2021 года
            московское время
            11:30 – 13:00 Работа в группах по направлениям:
            1. «Библиотека и молодёжь»
            2. «Цифровые сервисы»
            3) Краеведение
            13:00 – 14:00 Обед

            Направления и лидеры
            1. Библиотека и молодёжь
            Лидер: Иванова Мария Петровна
            """
        let (outcome, loaded) = try ImportTestSupport.importAndLoad(Array(text.utf8))
        let session = try #require(loaded.session)
        #expect(session.days.first?.slots.map(\.title) == ["Работа в группах по направлениям", "Обед"])
        #expect(session.days.first?.slots.first?.kind == .groupWork)
        #expect(session.directions.map(\.title) == ["Библиотека и молодёжь", "Цифровые сервисы", "Краеведение"])
        #expect(session.directions.first?.leaders.map(\.name) == ["Иванова Мария Петровна"])
        #expect(outcome.unplaced.isEmpty, "\(outcome.unplaced)")
    }

    /// «Открытие сессии» and, under it, «Приветственное слово: …»: the label is a sentence of the title of its own.
    @Test func aLabelledLineOfPeopleUnderTheSlotIsASentenceOfItsTitle() throws {
        let session = try Self.session("Сессия\n21 сентября 2021 года\nмосковское время\n10:30 – 10:45 Открытие сессии\nПриветственное слово: Романов Сергей Петрович, директор департамента\n")
        let slot = try #require(session.days.first?.slots.first)
        #expect(slot.title == "Открытие сессии. Приветственное слово")
        #expect(slot.kind == .opening)
        #expect(slot.speakers.map(\.name) == ["Романов Сергей Петрович"])
    }

    /// «Модератор сессии: Ковалёва И. В., к.п.н., доцент КГУ»: the host, with the position after the name.
    @Test func theHostWithAPositionAfterTheName() throws {
        let text = "Сессия\n21 сентября 2021 года\nмосковское время\nМодератор сессии: Ковалёва Ирина Владимировна, к.п.н., доцент КГУ\n09:00 – 10:00 Открытие\n"
        let (outcome, loaded) = try ImportTestSupport.importAndLoad(Array(text.utf8))
        let session = try #require(loaded.session)
        #expect(session.host?.name == "Ковалёва Ирина Владимировна")
        #expect(session.people.first { $0.name.name == "Ковалёва Ирина Владимировна" }?.position == "к.п.н., доцент КГУ")
        #expect(outcome.unplaced.isEmpty, "\(outcome.unplaced)")
    }

    /// A program laid out as a table: its header row says nothing to keep, and each cell after the
    /// title is a sentence of its own (the reader joins a row's cells with tabs).
    @Test func aTablesHeaderRowIsDroppedAndItsCellsAreSentences() throws {
        // As `WordDocumentReader` gives a table's rows: one line each, the cells joined with tabs.
        let texts = ["Сессия", "21 сентября 2021 года", "московское время", "№ п/п\tВремя\tМероприятие\tОтветственный / спикер",
                     "10:15 – 12:00\tРабота в группах\tМодераторы групп", "12:00 – 12:30\tПодведение итогов.\t\tИтоги дня"]
        let lines = texts.enumerated().map { ProgramLine(number: $0.offset + 1, marked: $0.element) }
        let outcome = try ProgramImport.importLines(lines, options: ImportOptions()).get()
        let loaded = SessionLoader.load(SourceFile(name: "imported.json", bytes: JSONWriter.bytes(outcome.session)))
        let slots = try #require(loaded.session?.days.first?.slots)
        #expect(slots.map(\.title) == ["Работа в группах. Модераторы групп", "Подведение итогов. Итоги дня"])
        #expect(outcome.unplaced.isEmpty, "\(outcome.unplaced)")
        // Copied as text, the header's cells run together; a line of such words that is no header stays.
        let text = "Сессия\n21 сентября 2021 года\nмосковское время\nВремя Мероприятие Ответственный\nМесто проведения\n09:00 – 10:00 Открытие\n"
        let (copied, _) = try ImportTestSupport.importAndLoad(Array(text.utf8))
        #expect(copied.unplaced.map(\.text) == ["Место проведения"])
    }

    /// «Работа секций:» with the sections under it: one slot per section at the same time, each in its place.
    @Test func parallelSectionsBecomeParallelSlots() throws {
        let (outcome, loaded) = try ImportTestSupport.importAndLoad(Array("""
            Сессия
            12 января 2027 года, г. Казань
            10:00–11:00 Открытие (Большой зал)
            11:00–13:00 Работа секций:
            Секция 1. «Новый читатель» (ауд. 305)
            Модератор: Миронова Елена Павловна, заведующая отделом
            Секция 2. «Пространство библиотеки» (ауд. 307)
            13:00–14:00 Обед
            """.utf8))
        let session = try #require(loaded.session)
        let slots = try #require(session.days.first?.slots)
        #expect(slots.map(\.title) == ["Открытие", "Секция 1. «Новый читатель»", "Секция 2. «Пространство библиотеки»", "Обед"])
        #expect(slots.map { "\($0.start)–\($0.end)" } == ["10:00–11:00", "11:00–13:00", "11:00–13:00", "13:00–14:00"])
        #expect(slots.map(\.place) == ["bolshoy-zal", "aud-305", "aud-307", nil])
        #expect(slots[1].moderators.map(\.name) == ["Миронова Елена Павловна"])
        #expect(outcome.unplaced.isEmpty, "\(outcome.unplaced)")
        #expect(!loaded.diagnostics.contains { $0.code == .slotOverlap }, "parallel in their own rooms")
    }

    /// «Место: Большой зал» under a slot is where that slot happens; it was added to the session's venue.
    @Test func aPlaceLineUnderASlotIsItsPlace() throws {
        let session = try Self.session("""
            Сессия
            12 января 2027 года, г. Казань
            10:00–11:00 Пленарная дискуссия
            Место: Большой зал
            Модератор: Фролова Ирина Викторовна, директор РГБМ
            11:00–12:00 Работа в группах
            Место проведения – аудитории 305, 307
            12:00–13:00 Обед
            Место проведения форума: ул. Пушкина, 86
            13:00–14:00 Лекция «Библиотека и школа»
            Аудитория: библиотекари школ
            """)
        let slots = try #require(session.days.first?.slots)
        // «Аудитория» says for whom, not where.
        #expect(slots.map(\.place) == ["bolshoy-zal", "auditorii-305", nil, nil])
        #expect(session.places.map(\.name) == ["Большой зал", "аудитории 305, 307"])
        #expect(slots[0].moderators.map(\.name) == ["Фролова Ирина Викторовна"])
        #expect(session.venue == "г. Казань, ул. Пушкина, 86", "the session's venue is named with what it is of")
    }

    /// A table's column of places («Место», «Зал») gives each slot its place, whatever the cell says.
    @Test func aTablesPlaceColumnGivesThePlaces() throws {
        let texts = ["Сессия", "21 сентября 2021 года", "московское время", "№\tВремя\tМероприятие\tМесто\tСпикеры",
                     "1.\t09:00 – 10:00\tРегистрация\tФойе\t", "2.\t10:00 – 11:00\tОткрытие\tБольшой зал\tИванов Иван Иванович, директор",
                     "3.\t11:00 – 12:00\tОбед\t\t", "4.\t12:00 – 13:00 Трансляция\tонлайн\t"]
        let lines = texts.enumerated().map { ProgramLine(number: $0.offset + 1, marked: $0.element) }
        let outcome = try ProgramImport.importLines(lines, options: ImportOptions()).get()
        let session = try #require(SessionLoader.load(SourceFile(name: "imported.json", bytes: JSONWriter.bytes(outcome.session))).session)
        let slots = try #require(session.days.first?.slots)
        #expect(slots.map(\.title) == ["Регистрация", "Открытие", "Обед", "Трансляция"])
        #expect(slots.map(\.place) == ["foye", "bolshoy-zal", nil, "onlayn"])
        #expect(session.places.map(\.name) == ["Фойе", "Большой зал", "онлайн"])
        #expect(slots[1].speakers.map(\.name) == ["Иванов Иван Иванович"])
        #expect(outcome.unplaced.isEmpty, "\(outcome.unplaced)")
    }

    /// A PDF's line broken inside a word («куль-» / «туры Омской области»), a region's name that holds
    /// «мск», and «Лектор: …» under a lecture.
    @Test func aWordHyphenatedAcrossLinesAndALecturer() throws {
        let session = try Self.session("""
            Сессия
            2 июня 2026 года
            Время омское
            10:00 – 10:30 Открытие. Приветственное слово министра куль-\u{20}
            туры Омской области
            10:30 – 12:00 Лекция «Библиотека как третье место»
            Лектор: Смирнов Алексей Игоревич, профессор ОмГУ
            """)
        #expect(session.timeZone.identifier == "Asia/Omsk")
        let slots = session.days.first?.slots ?? []
        #expect(slots.map(\.title) == ["Открытие. Приветственное слово министра культуры Омской области", "Лекция «Библиотека как третье место»"])
        #expect(slots.last?.speakers.map(\.name) == ["Смирнов Алексей Игоревич"])
    }

    /// «Ведущий: …» under a plenary is the plenary's moderator, not the session's host; «Ведущий
    /// сессии – …» is still the host, wherever it stands.
    @Test func aSlotsVeduschiyIsItsModeratorAndTheSessionsIsTheHost() throws {
        let session = try Self.session("""
            Сессия
            21 сентября 2021 года
            московское время
            09:00 – 10:00 Пленарное заседание «Итоги года»
            Ведущая: Орлова Надежда Павловна, директор
            10:00 – 11:00 Работа в группах
            Ведущий сессии – Бимурзаев Д. С.
            """)
        let slots = session.days.first?.slots ?? []
        #expect(slots.first?.moderators.map(\.name) == ["Орлова Надежда Павловна"])
        #expect(slots.first?.speakers.isEmpty == true)
        #expect(session.host?.name == "Бимурзаев Д. С.")
    }

    /// «Установка на работу. Архитектор сессии – Бимурзаев Д. С.»: the role is the speaker's, not the title's.
    @Test func aSessionRoleBeforeTheSpeakerIsTheirPosition() throws {
        let session = try Self.session("Сессия\n21 сентября 2021 года\nмосковское время\n10:20 – 11:00 Установка на работу. Архитектор сессии – Бимурзаев Д. С.\n")
        let slot = try #require(session.days.first?.slots.first)
        #expect(slot.title == "Установка на работу")
        #expect(slot.speakers.map(\.name) == ["Бимурзаев Д. С."])
        #expect(session.people.first { $0.name.name == "Бимурзаев Д. С." }?.position == "архитектор сессии")
    }

    /// «Первый день (22 октября)», «Второй день (23 октября)»: two days, not one with every slot.
    @Test func daysHeadedByOrdinalWords() throws {
        let session = try Self.session("""
            Сессия
            22–23 октября 2026 года, время красноярское

            Первый день (22 октября)
            10:00–10:30 Открытие
            10:30–12:30 Работа в группах

            Второй день (23 октября)
            10:00–12:00 Работа в группах
            """)
        #expect(session.days.map { "\($0.date)" } == ["2026-10-22", "2026-10-23"])
        #expect(session.days.map(\.slots.count) == [2, 1])
        #expect(session.timeZone.identifier == "Asia/Krasnoyarsk")
    }

    /// Word programs name a plenary's speakers and its moderator on lines of their own under it.
    @Test("speakers and the moderator named on the lines under the slot, each after the word that introduces them")
    func speakersAndAModeratorOnTheLinesUnderTheSlot() throws {
        let text = """
            Сессия
            21 сентября 2021 года
            московское время
            11:30 – 12:30 Пленарная дискуссия «Что дальше?»
            Спикеры: Иванов Иван Иванович, директор; Петров П. П.
            Модератор – Сидорова Анна Ивановна, журналист
            12:30 – 13:00 Закрытие сессии
            Модераторы: Орлова Надежда Павловна, Белов Игорь Николаевич
            """
        let (outcome, loaded) = try ImportTestSupport.importAndLoad(Array(text.utf8))
        let slots = try #require(loaded.session?.days.first?.slots)
        try #require(slots.count == 2)
        #expect(slots[0].title == "Пленарная дискуссия «Что дальше?»")
        #expect(slots[0].kind == .plenary)
        #expect(slots[0].speakers.map(\.name) == ["Иванов Иван Иванович", "Петров П. П."])
        #expect(slots[0].moderators.map(\.name) == ["Сидорова Анна Ивановна"])
        #expect(slots[1].title == "Закрытие сессии" && slots[1].speakers.isEmpty)
        #expect(slots[1].moderators.map(\.name) == ["Орлова Надежда Павловна", "Белов Игорь Николаевич"])
        #expect(outcome.unplaced.isEmpty)
        #expect(loaded.session?.people.first { $0.name.name == "Сидорова Анна Ивановна" }?.position == "журналист")
    }

    @Test("a line under a slot that only mentions a moderator, naming nobody, is not taken for one")
    func aModeratorWordWithoutANameIsNotAModerator() throws {
        let text = "Сессия\n21 сентября 2021 года\nмосковское время\n11:30 – 12:30 Пленарная дискуссия «Что дальше?»\nМодератор будет объявлен позже\n"
        let (outcome, loaded) = try ImportTestSupport.importAndLoad(Array(text.utf8))
        let slot = try #require(loaded.session?.days.first?.slots.first)
        #expect(slot.moderators.isEmpty)
        #expect(outcome.unplaced.map(\.text) == ["Модератор будет объявлен позже"])
    }

    @Test func titleContinuedOnTheNextLineAndMarksLeftByConversions() throws {
        let session = try Self.session("""
            **СТРАТЕГИЧЕСКАЯ СЕССИЯ:
            «Новая школа»**
            21 сентября 2021 года
            московское время
            09:00 – 09:30 Работа в группах. Формирование
            образа школы
            09:30 – 10:00 Для участников – по желанию. Нетворкинг
            """)
        #expect(session.title == "Новая школа")
        let slots = try #require(session.days.first?.slots)
        #expect(slots[0].title == "Работа в группах. Формирование образа школы")
        #expect(slots[1].title == "Нетворкинг" && slots[1].optional == [.participants] && slots[1].audience == nil)
        #expect(slots[1].notes == "Для участников – по желанию")
    }

    @Test func missingYearIsOneClearLineWithExitStatus2() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.write("program.txt", "Сессия\n21 сентября, вторник\nмосковское время\n09:00 – 10:00 Открытие\n")
        let result = runCLI(["import", "program.txt"], directory: folder.url.path)
        #expect(result.status == .usage)
        #expect(result.output.isEmpty)
        #expect(result.error == "sessionplan: program.txt: the program's dates have no year; give it with --year, e.g. --year 2025\n")
        let withYear = runCLI(["import", "program.txt", "--year", "2021"], directory: folder.url.path)
        #expect(withYear.status == .success)
        #expect(withYear.output.contains("\"date\": \"2021-09-21\""))
        // The weekday is checked against the year.
        let wrongYear = runCLI(["import", "program.txt", "--year", "2022"], directory: folder.url.path)
        #expect(wrongYear.error.contains("2022-09-21 is not the weekday the program names"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("Сессия"))
    }

    /// An in-person program says where, not which time: «г. Казань, …» under the title is the venue, and its
    /// city's zone is the program's when the program names none (said on standard error); a zone the program
    /// or --timezone names wins.
    @Test(arguments: [
        ("г. Казань, Национальная библиотека Республики Татарстан (ул. Пушкина, 86)", "Europe/Moscow"),
        ("г. Иркутск, ул. Лермонтова, 253", "Asia/Irkutsk"),
        ("Место проведения: Амурская областная научная библиотека, г. Благовещенск", "Asia/Yakutsk"),
        ("Город Новосибирск, ГПНТБ СО РАН", "Asia/Novosibirsk"),
    ])
    func theVenuesCityGivesTheZone(venue: String, zone: String) throws {
        let text = "Сессия\n21 сентября 2021 года\n\(venue)\n09:00 – 10:00 Открытие\n"
        let (outcome, loaded) = try ImportTestSupport.importAndLoad(Array(text.utf8))
        let session = try #require(loaded.session)
        #expect(session.timeZone.identifier == zone)
        #expect(session.venue == venue.replacingOccurrences(of: "Место проведения: ", with: ""))
        #expect(session.notes.isEmpty)
        #expect(outcome.remarks.contains { $0.text.ru.contains("по месту проведения") && $0.text.ru.contains(zone) })
        let named = try Self.session("Сессия\n21 сентября 2021 года\n\(venue)\nвремя московское\n09:00 – 10:00 Открытие\n")
        #expect(named.timeZone.identifier == "Europe/Moscow")
        let given = try Self.session(text, zone: "Asia/Omsk")
        #expect(given.timeZone.identifier == "Asia/Omsk")
    }

    /// The dates and the venue on one line, as a one-day or a two-day program's heading writes them.
    @Test(arguments: [("12 января 2027 года, г. Казань, Национальная библиотека", "г. Казань, Национальная библиотека"),
                      ("12–13 января 2027 г., г. Казань, Национальная библиотека", "г. Казань, Национальная библиотека"),
                      ("Казань, 12 января 2027 года", "Казань"), ("Казань, 12–13 января 2027 г.", "Казань")])
    func datesThenTheVenue(line: String, venue: String) throws {
        let session = try Self.session("Сессия\n\(line)\n09:00 – 10:00 Открытие\n")
        #expect(session.venue == venue)
        #expect(session.days.first?.date.description == "2027-01-12")
        #expect(session.timeZone.identifier == "Europe/Moscow")
        #expect(session.notes.isEmpty)
        // A city repeated is read once, not once per comma.
        let repeated = String(repeating: "Казань, ", count: 5_000) + "12 января 2027 года"
        let once = try Self.session("Сессия\n13 января 2027 года\n\(repeated)\n09:00 – 10:00 Открытие\n", zone: "Europe/Moscow")
        #expect(once.venue == nil && once.notes.count == 1)
    }

    /// An in-person program says where each thing happens in parentheses: each such remark becomes a place
    /// (once per name), the slot's or the direction's, and leaves the title.
    @Test func placesInParenthesesBecomeThePlaces() throws {
        let text = """
            Сессия
            21 сентября 2021 года, московское время
            09:00 – 10:00 Регистрация участников (фойе 1 этажа). Приветственный кофе
            10:00 – 11:30 Пленарная дискуссия «Библиотека и её читатель» (Большой зал)
            11:30 – 13:00 Работа в группах по направлениям:
            Направление 1. «Новый читатель» (ауд. 305)
            Направление 2. «Пространство библиотеки» (ауд. 307)
            13:00 – 14:00 Работа в группах (продолжение)
            14:00 – 14:30 Подведение итогов (большой зал)
            14:30 – 15:00 Круглый стол (модератор — заведующая читальным залом Иванова)
            Направления и лидеры
            1. Новый читатель
            Миронова Елена Павловна, заведующая отделом
            """
        let session = try Self.session(text)
        #expect(session.places.map(\.id) == ["foye-1", "bolshoy-zal", "aud-305", "aud-307"])
        #expect(session.places.map(\.name) == ["Фойе 1 этажа", "Большой зал", "Ауд. 305", "Ауд. 307"])
        let slots = try #require(session.days.first?.slots)
        #expect(slots.map(\.title) == ["Регистрация участников. Приветственный кофе", "Пленарная дискуссия «Библиотека и её читатель»",
                                       "Работа в группах по направлениям", "Работа в группах (продолжение)", "Подведение итогов",
                                       "Круглый стол (модератор — заведующая читальным залом Иванова)"])
        #expect(slots.map(\.place) == ["foye-1", "bolshoy-zal", nil, nil, "bolshoy-zal", nil])
        #expect(session.directions.map(\.title) == ["Новый читатель", "Пространство библиотеки"])
        #expect(session.directions.map(\.place) == ["aud-305", "aud-307"])
        #expect(session.directions.first?.leaders.map(\.name) == ["Миронова Елена Павловна"])
    }

    @Test func missingZoneFallsBackToTheOptionOrIsAskedFor() {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        _ = folder.write("program.txt", "Сессия\n21 сентября 2021 года\n09:00 – 10:00 Открытие\n")
        let asked = runCLI(["import", "program.txt", "--lang", "ru"], directory: folder.url.path)
        #expect(asked.status == .usage)
        #expect(asked.error == "sessionplan: program.txt: в программе не сказано, по какому времени указано время; укажите пояс: --timezone Europe/Moscow\n")
        let given = runCLI(["import", "program.txt", "--timezone", "Asia/Irkutsk"], directory: folder.url.path)
        #expect(given.status == .success)
        #expect(given.output.contains("\"timezone\": \"Asia/Irkutsk\""))
        let wrong = runCLI(["import", "program.txt", "--timezone", "Irkutsk"], directory: folder.url.path)
        #expect(wrong.status == .usage)
        #expect(wrong.error.contains("--timezone needs an IANA zone"))
    }

    @Test func notAProgramAndNotTextAreOneLine() {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        _ = folder.write("letter.txt", "Уважаемые коллеги!\nПриглашаем вас.\n")
        let letter = runCLI(["import", "letter.txt"], directory: folder.url.path)
        #expect(letter.status == .usage)
        #expect(letter.error.hasPrefix("sessionplan: letter.txt: no program found"))
        let zip = folder.url.appendingPathComponent("program.txt")
        try? Data([0x50, 0x4B, 0x03, 0x04, 0, 0]).write(to: zip)
        let office = runCLI(["import", "program.txt"], directory: folder.url.path)
        #expect(office.status == .usage)
        #expect(office.error.contains("Word or OpenDocument file"))
        let missing = runCLI(["import", "nothing.txt"], directory: folder.url.path)
        #expect(missing.status == .usage && missing.error == "sessionplan: nothing.txt: no such file\n")
    }

    @Test func anExistingOutputIsReplacedOnlyWithOverwrite() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        _ = folder.write("program.txt", "Сессия\n21 сентября 2021 года\nмосковское время\n09:00 – 10:00 Открытие\n")
        let kept = folder.write("session.json", "my edits\n")
        let refused = runCLI(["import", "program.txt", "-o", "session.json"], directory: folder.url.path)
        #expect(refused.status == .usage)
        #expect(try String(contentsOfFile: kept, encoding: .utf8) == "my edits\n")
        let replaced = runCLI(["import", "program.txt", "-o", "session.json", "--overwrite"], directory: folder.url.path)
        #expect(replaced.status == .success)
        #expect(try String(contentsOfFile: kept, encoding: .utf8).hasPrefix("{\n  \"version\": 1,\n  \"title\": \"Сессия\""))
        #expect(runCLI(["validate", "session.json"], directory: folder.url.path).status == .success)
        #expect(runCLI(["--help"]).output.contains("import"))
    }

    @Test func hostileInputNeverCrashes() throws {
        var text = "Сессия\n21 сентября 2021 года\nмосковское время\n"
        text += "09:00 – 24:00 \u{1B}[31mКрасный\u{7}\n" + String(repeating: "«", count: 5000) + "\n"
        text += String(repeating: "Иванов И. И. ", count: 2000) + "\n" + "10:00\n99.99 – 00.61 Ничего\n"
        let outcome = try ProgramImport.importText(Array(text.utf8), options: ImportOptions()).get()
        let json = JSONWriter.string(outcome.session)
        #expect(!json.contains("\u{1B}") && !json.contains("\u{7}"))
    }
}
