import Foundation
import Testing
@testable import SessionPlanKit

/// `export --to csv`: the roster, public by default, safe to open in a spreadsheet.
@Suite struct RosterCSVExportTests {
    @Test func referenceSession() {
        let result = runCLI(["export", ExportFixtures.reference, "--to", "csv"], environment: ExportFixtures.russian)
        #expect(result.status == .success)
        #expect(result.error == "")
        ExportGolden.check(result.output, against: "tochka-kipeniya.csv")
    }

    @Test func withGroupsAndContacts() {
        let result = runCLI(["export", ExportFixtures.reference, "--to", "csv", "--include-groups", "--include-contacts"])
        #expect(result.status == .success)
        ExportGolden.check(result.output, against: "tochka-kipeniya-groups-contacts.csv")
    }

    @Test func formatOfTheFile() {
        let csv = runCLI(["export", ExportFixtures.reference, "--to", "csv"]).output
        #expect(csv.hasPrefix("\u{FEFF}Направление;Группа;Роль;ФИО;Должность\r\n"))
        #expect(csv.hasSuffix("\r\n"))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let english = runCLI(["export", "examples/english.json", "--to", "csv", "--include-contacts"]).output
        #expect(english.hasPrefix("\u{FEFF}Direction,Group,Role,Name,Position,E-mail,Phone,Organization,Region\r\n"))
        #expect(english.contains(",,host,Lukas Meier,,host@example.org,'+49 30 000000-01,,\r\n"))
    }

    @Test func publicByDefault() {
        let plain = runCLI(["export", ExportFixtures.reference, "--to", "csv"]).output
        for secret in [ExportFixtures.member, ExportFixtures.moderator, ExportFixtures.room, ExportFixtures.email,
                       ExportFixtures.phone, "Группа 1", "модератор", "участник"] {
            #expect(!plain.contains(secret), "\(secret) without the flags")
        }
        // Leaders, speakers, host and architects are public.
        #expect(plain.contains("\r\n1. Школьные библиотеки и «Точки кипения»;;лидер направления;Иванченко Дмитрий Алексеевич;"))
        #expect(plain.contains(";;ведущий;Бимурзаев Д. С.;\r\n"))
        #expect(plain.contains(";;спикер;Представитель АСИ;Агентство стратегических инициатив\r\n"))
        let groups = runCLI(["export", ExportFixtures.reference, "--to", "csv", "--include-groups"]).output
        #expect(groups.contains(";Лидерская группа;участник;\(ExportFixtures.member);\r\n"))
        #expect(groups.contains(";Группа 1;модератор;\(ExportFixtures.moderator);\r\n"))
        #expect(!groups.contains(ExportFixtures.email))
        #expect(!groups.contains(ExportFixtures.room))   // rooms are not people: the roster has no room column
    }

    @Test func cellsAreNeverFormulas() throws {
        let text = """
        { "version": 1, "title": "T", "timezone": "Europe/Moscow",
          "people": [{"name": "=HYPERLINK(\\"http://e\\",\\"x\\")", "position": "+1-2", "phone": "@SUM(A1)"}],
          "days": [ { "date": "2021-09-21", "slots": [
            { "start": "09:00", "end": "10:00", "title": "A", "kind": "talk", "speakers": ["=HYPERLINK(\\"http://e\\",\\"x\\")"] } ] } ] }
        """
        let (folder, path) = ExportFixtures.folder(with: text)
        defer { folder.cleanUp() }
        let csv = runCLI(["export", path, "--to", "csv", "--include-contacts"]).output
        #expect(csv.contains(";;спикер;\"'=HYPERLINK(\"\"http://e\"\",\"\"x\"\")\";'+1-2;;'@SUM(A1);;\r\n"))
    }

    @Test func separatorByLanguageAndOption() {
        let russian = runCLI(["export", ExportFixtures.reference, "--to", "csv"]).output
        #expect(russian.hasPrefix("\u{FEFF}Направление;Группа;Роль;ФИО;Должность\r\n"))
        let comma = runCLI(["export", ExportFixtures.reference, "--to", "csv", "--separator", "comma"]).output
        #expect(comma.hasPrefix("\u{FEFF}Направление,Группа,Роль,ФИО,Должность\r\n"))
        let tab = runCLI(["export", "examples/english.json", "--to", "csv", "--separator", "tab"]).output
        #expect(tab.hasPrefix("\u{FEFF}Direction\tGroup\tRole\tName\tPosition\r\n"))
        let semicolon = runCLI(["export", "examples/english.json", "--to", "csv", "--separator", "semicolon"]).output
        #expect(semicolon.hasPrefix("\u{FEFF}Direction;Group;Role;Name;Position\r\n"))
        let wrong = runCLI(["export", ExportFixtures.reference, "--to", "csv", "--separator", "pipe"])
        #expect(wrong.status == .usage)
    }

    @Test func organizationAndRegionWithContactsOnly() {
        let text = """
        { "version": 1, "title": "T", "timezone": "Europe/Moscow",
          "people": [{"name": "Андреева Мария Сергеевна", "email": "m@example.org", "organization": "ЦБС Заречья", "region": "Амурская область", "timezone": "Asia/Yakutsk"}],
          "days": [ { "date": "2021-09-21", "slots": [
            { "start": "09:00", "end": "10:00", "title": "A", "kind": "talk", "speakers": ["Андреева М. С."] } ] } ] }
        """
        let (folder, path) = ExportFixtures.folder(with: text)
        defer { folder.cleanUp() }
        let contacts = runCLI(["export", path, "--to", "csv", "--include-contacts"]).output
        #expect(contacts.hasPrefix("\u{FEFF}Направление;Группа;Роль;ФИО;Должность;E-mail;Телефон;Организация;Регион\r\n"))
        #expect(contacts.contains(";;спикер;Андреева М. С.;;m@example.org;;ЦБС Заречья;Амурская область\r\n"))
        let plain = runCLI(["export", path, "--to", "csv"]).output
        #expect(!plain.contains("ЦБС Заречья") && !plain.contains("Амурская область"))
    }

    @Test func aPersonsRows() {
        let csv = runCLI(["export", ExportFixtures.reference, "--to", "csv", "--person", "Бимурзаев"]).output
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 3)   // header, host, architect
    }
}

/// `export --to csv --person NAME` for a moderator without --include-groups says why only the header is written.
@Suite struct RosterCSVPersonWithoutGroupsTests {
    @Test func aModeratorsRowsNeedIncludeGroupsAndTheToolSaysSo() {
        let result = runCLI(["export", "examples/tochka-kipeniya.json", "--to", "csv", "--person", "Ушакова Нина Константиновна", "--lang", "ru"])
        #expect(result.status == .success)
        #expect(result.output.split(whereSeparator: \.isNewline).count == 1)
        #expect(result.error.contains("добавьте --include-groups"), "\(result.error)")
        let included = runCLI(["export", "examples/tochka-kipeniya.json", "--to", "csv", "--person", "Ушакова Нина Константиновна",
                               "--include-groups"])
        #expect(included.output.split(whereSeparator: \.isNewline).count > 1)
        #expect(!included.error.contains("--include-groups"))
    }
}
