import Testing
@testable import SessionPlanKit

@Suite struct RegistrationListTests {
    func read(_ bytes: [UInt8]) throws -> RegistrationList {
        try RegistrationList.read(bytes).get()
    }

    @Test func windows1251SemicolonList() throws {
        let text = "ФИО;Направление;Организация;Регион\r\n"
            + "Ёлкина Анна Петровна;1;МБУК «ЦБС»;Иркутская область\r\n"
            + "Петров  Пётр;2;;\r\n"
        let list = try read(windows1251(text))
        #expect(list.encoding == .windows1251)
        #expect(list.separator == .semicolon)
        #expect(list.registrants.map(\.name) == ["Ёлкина Анна Петровна", "Петров Пётр"])
        #expect(list.registrants[0].organization == "МБУК «ЦБС»")
        #expect(list.registrants[0].region == "Иркутская область")
        #expect(list.registrants[1].organization == nil)
        #expect(list.registrants.map(\.row) == [2, 3])
        #expect(list.diagnostics.isEmpty)
    }

    @Test func utf8WithBOMCommaList() throws {
        let list = try read([0xEF, 0xBB, 0xBF] + utf8("Name,Direction,Email\nAnna Smith,rural,anna@example.org\n"))
        #expect(list.encoding == .utf8WithBOM)
        #expect(list.separator == .comma)
        #expect(list.registrants.first?.email == "anna@example.org")
        #expect(list.registrants.first?.nameLocation.offset == 3 + "Name,Direction,Email\n".utf8.count)
    }

    @Test func tabSeparatedList() throws {
        let list = try read(utf8("ФИО\tНаправление\tТелефон\nИванова Анна\t3\t+7 900 000-00-00\n"))
        #expect(list.separator == .tab)
        #expect(list.registrants.first?.phone == "+7 900 000-00-00")
        #expect(list.registrants.first?.direction == "3")
    }

    @Test func quotedFieldsAndRowNumbersAfterAMultiLineCell() throws {
        let text = "ФИО;Направление;Организация\n"
            + "\"Иванова; Анна\";1;\"Библиотека\n№ 5\"\n"
            + ";1;Без имени\n"
        let list = try read(utf8(text))
        #expect(list.registrants.first?.name == "Иванова; Анна")
        #expect(list.registrants.first?.organization == "Библиотека № 5")
        #expect(list.diagnostics.count == 1)
        #expect(list.diagnostics.first?.code == .rosterName)
        #expect(list.diagnostics.first?.location?.line == 3)
        #expect(list.diagnostics.first?.location?.column == 1)
    }

    @Test(arguments: [
        ("ФИО;Направление", 0, 1),
        ("направление ; фамилия имя отчество", 1, 0),
        ("Регион;Ф.И.О.;Direction", 1, 2),
        ("e-mail,Full Name,DIRECTION,Something else", 1, 2),
        ("Имя;Направление;ФИО", 2, 1),      // ФИО is preferred to Имя
        ("Организация;Name*;Направление:", 1, 2),
    ])
    func headersInAnyLanguageAndOrder(header: String, name: Int, direction: Int) throws {
        let list = try read(utf8(header + "\n"))
        #expect(list.columns.name == name)
        #expect(list.columns.direction == direction)
    }

    @Test func otherColumnsRecognised() throws {
        let list = try read(utf8("Телефон;Эл. почта;Субъект РФ;Учреждение;ФИО;Направление\n1;2;3;4;Анна;1\n"))
        #expect(list.columns == RegistrationColumns(name: 4, direction: 5, organization: 3, region: 2, email: 1, phone: 0))
        let anna = try #require(list.registrants.first)
        #expect((anna.phone, anna.email, anna.region, anna.organization) == ("1", "2", "3", "4"))
    }

    @Test func missingColumnsNameWhatWasFound() {
        let failure = RegistrationList.read(utf8("Фамилия;Организация\nИванова;ЦБС\n")).failure
        #expect(failure?.code == .rosterColumns)
        #expect(failure?.location?.line == 1)
        let ru = failure?.message.ru ?? ""
        #expect(ru.contains("«Фамилия»"))
        #expect(ru.contains("«ФИО»"))
        #expect(ru.contains("«Направление»"))
        #expect(failure?.message.en.contains("no column of names and directions") == true)
    }

    /// A list saved with its title above the header (a merged cell over the table, a blank row under it).
    @Test func aTitleAboveTheHeaderIsSkipped() throws {
        let text = "Список участников стратегической сессии «Библиотека будущего»;;\n;;\nФИО;Направление;Организация\nИванова Анна;1;ЦБС\n"
        let list = try read(utf8(text))
        #expect(list.columns == RegistrationColumns(name: 0, direction: 1, organization: 2, region: nil, email: nil, phone: nil))
        #expect(list.registrants.map(\.name) == ["Иванова Анна"])
        #expect(list.registrants.map(\.row) == [4])
        #expect(list.diagnostics.isEmpty)
        // A title that names both («ФИО и направления участников») is one cell, not the two columns.
        let titled = try read(utf8("ФИО и направления участников\nФИО;Направление\nПетров Пётр;2\n"))
        #expect(titled.columns.name == 0 && titled.columns.direction == 1)
        #expect(titled.registrants.map(\.row) == [3])
    }

    /// The header is looked for in the first rows only: a list whose first ten rows have none is refused at its first row.
    @Test func theHeaderIsLookedForInTheFirstRows() throws {
        let title = String(repeating: "Список;участников\n", count: 10)
        let failure = RegistrationList.read(utf8(title + "ФИО;Направление\nИванова Анна;1\n")).failure
        #expect(failure?.code == .rosterColumns)
        #expect(failure?.location?.line == 1)
        #expect(failure?.message.ru.contains("первых 10 строк") == true)
        let nine = String(repeating: "Список;участников\n", count: 9)
        #expect(try read(utf8(nine + "ФИО;Направление\nИванова Анна;1\n")).registrants.map(\.row) == [11])
    }

    @Test func emptyFile() {
        #expect(RegistrationList.read([]).failure?.code == .rosterColumns)
    }

    @Test func unterminatedQuoteFailsTheFile() {
        #expect(RegistrationList.read(utf8("ФИО;Направление\n\"Анна;1\n")).failure?.code == .rosterSyntax)
    }

    @Test func duplicateNameWithNoteAtFirstRow() throws {
        let text = "ФИО;Направление\nИванова Анна;1\nПетров Пётр;1\n  Иванова   Анна ;2\n"
        let list = try read(utf8(text))
        #expect(list.registrants.map(\.row) == [2, 3])
        let duplicate = try #require(list.diagnostics.first)
        #expect(duplicate.code == .rosterDuplicate)
        #expect(duplicate.location?.line == 4)
        #expect(duplicate.notes.first?.location?.line == 2)
        #expect(duplicate.message.ru.contains("строки 2 и 4"))
    }

    @Test func namesAreNFCAndWhitespaceCollapsed() throws {
        // "й" written as и + combining breve, with a no-break space.
        let list = try read(utf8("ФИО;Направление\nЧайкин\u{00A0}Ни\u{0438}\u{0306};1\n"))
        #expect(list.registrants.first?.name == "Чайкин Ний")
    }

    @Test func blankRowsAreSkippedSilently() throws {
        let list = try read(utf8("ФИО;Направление\n\n;;\nАнна;1\n"))
        #expect(list.diagnostics.isEmpty)
        #expect(list.registrants.map(\.row) == [4])
    }

    /// The headers of a Google Forms export and of hand-made forms: «Адрес электронной почты», «Место работы».
    @Test func headersThatSayTheFieldInMoreWords() throws {
        let text = "Отметка времени;Фамилия;Имя;Отчество;Выберите направление;Место работы;Субъект Российской Федерации;Адрес электронной почты;Ваш email;Контактный телефон;Почтовый адрес\n"
            + "01.12.2026 10:00;Иванова;Мария;Петровна;1;ЦБС г. Тынды;Амурская область;ivanova@mail.ru;other@mail.ru;+7 914 000-00-01;г. Тында, ул. Мира, 1\n"
        let list = try RegistrationList.read(Array(text.utf8)).get()
        let registrant = try #require(list.registrants.first)
        #expect(registrant.name == "Иванова Мария Петровна")
        #expect(registrant.organization == "ЦБС г. Тынды")
        #expect(registrant.region == "Амурская область")
        #expect(registrant.email == "ivanova@mail.ru")
        #expect(registrant.phone == "+7 914 000-00-01")
    }

    /// Forms are filled in capitals or without any: the name is written as a name is, and the list
    /// says which it changed. A name already in mixed case (initials, «фон», «МакКей») is kept.
    @Test(arguments: [
        ("ИВАНОВА МАРИЯ ПЕТРОВНА", "Иванова Мария Петровна"),
        ("петров иван сергеевич", "Петров Иван Сергеевич"),
        ("ИВАНОВА Мария Петровна", "Иванова Мария Петровна"),
        ("САЛТЫКОВ-ЩЕДРИН МИХАИЛ ЕВГРАФОВИЧ", "Салтыков-Щедрин Михаил Евграфович"),
        ("ФЁДОРОВА ЁЛКА Ю.", "Фёдорова Ёлка Ю."),
        ("Иванова М.П.", "Иванова М.П."),
        ("ИВАНОВА М.П.", "Иванова М.П."),
        ("Людвиг фон Бетховен", "Людвиг фон Бетховен"),
        ("Мария МакКей", "Мария МакКей"),
    ])
    func namesInCapitalsOrWithoutAreWrittenAsNames(written: String, expected: String) throws {
        let list = try read(utf8("ФИО;Направление\n\(written);1\n"))
        #expect(list.registrants.first?.name == expected)
        #expect(list.recased.map(\.written) == (written == expected ? [] : [written]))
    }

    @Test func surnameFirstNameAndPatronymicColumnsMakeTheFullName() throws {
        let text = "Фамилия;Имя;Отчество;Выберите направление\nИванов;Иван;Петрович;1\nПетров;Иван;Сергеевич;1\n"
        let list = try RegistrationList.read(Array(text.utf8)).get()
        #expect(list.registrants.map(\.name) == ["Иванов Иван Петрович", "Петров Иван Сергеевич"])
        #expect(list.diagnostics.isEmpty)
    }
}
