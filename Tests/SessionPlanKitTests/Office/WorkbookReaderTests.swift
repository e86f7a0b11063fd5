import Foundation
import Testing
@testable import SessionPlanKit

/// Reading registration lists from workbooks. The fixtures in
/// `Fixtures/workbook` were made by LibreOffice Calc 7.4 from the CSV files
/// beside them (`make-fixtures.sh` there says exactly how).
@Suite("Workbook reader")
struct WorkbookReaderTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/workbook")

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// A folder with the session of the groups tests and the registrations as `reg.xlsx` and `reg.csv`.
    static func folderWithRegistrations() throws -> TemporaryFolder {
        let folder = TemporaryFolder()
        _ = folder.write("session.json", GroupsCommandTests.session)
        try Data(try bytes("registrations.xlsx")).write(to: folder.url.appendingPathComponent("reg.xlsx"))
        try Data(try bytes("registrations.csv")).write(to: folder.url.appendingPathComponent("reg.csv"))
        return folder
    }

    @Test("A workbook saved by LibreOffice gives the rows its CSV gives: text, phone numbers as digits, dates as dates")
    func sameRowsAsCSV() throws {
        let table = try WorkbookReader.read(try Self.bytes("registrations.xlsx")).get()
        let csv = try CSVReader.read(String(decoding: try Self.bytes("registrations.csv"), as: UTF8.self)).get()
        #expect(table.records.count == csv.records.count)
        for (sheetRow, csvRow) in zip(table.records, csv.records) {
            #expect(sheetRow.row == csvRow.row)
            for column in 0..<7 { #expect(sheetRow[field: column] == csvRow[field: column]) }
        }
        #expect(table.records[1][field: 5] == "79161230000")
        #expect(table.records[1][field: 6] == "2024-05-01")
        #expect(table.records[24][field: 2] == "Школа; лицей \"Юный\"")
    }

    @Test("groups --roster LIST.xlsx forms the same groups as from the CSV")
    func groupsFromWorkbook() throws {
        let folder = try Self.folderWithRegistrations()
        defer { folder.cleanUp() }
        let fromSheet = runCLI(["groups", "session.json", "--roster", "reg.xlsx"], directory: folder.url.path)
        let fromCSV = runCLI(["groups", "session.json", "--roster", "reg.csv"], directory: folder.url.path)
        #expect(fromSheet.status == .success)
        #expect(fromSheet.output == fromCSV.output)
        #expect(fromSheet.output.contains("Алексеев Иван Петрович"))
    }

    @Test("stats --roster LIST.xlsx reads the workbook as groups does: the same report as from the CSV")
    func statsFromWorkbook() throws {
        let folder = try Self.folderWithRegistrations()
        defer { folder.cleanUp() }
        let fromSheet = runCLI(["stats", "session.json", "--roster", "reg.xlsx"], directory: folder.url.path)
        let fromCSV = runCLI(["stats", "session.json", "--roster", "reg.csv"], directory: folder.url.path)
        #expect(fromSheet.status == .success, "\(fromSheet.error)")
        #expect(fromSheet.output == fromCSV.output)
        #expect(fromSheet.output.contains("Алексеев Иван Петрович"))
        // A broken list is shown at its cell, exit status 2.
        try Data(try Self.bytes("problems.xlsx").prefix(3000)).write(to: folder.url.appendingPathComponent("cut.xlsx"))
        let cut = runCLI(["stats", "session.json", "--roster", "cut.xlsx"], directory: folder.url.path)
        #expect(cut.status == .usage)
        #expect(cut.error.hasPrefix("cut.xlsx: error: "), "\(cut.error)")
    }

    @Test("Problems point at the cell: file:ROW:COLUMN and the cell named as the spreadsheet shows it")
    func problemsNameTheCell() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        _ = folder.write("session.json", GroupsCommandTests.session)
        try Data(try Self.bytes("problems.xlsx")).write(to: folder.url.appendingPathComponent("reg.xlsx"))
        let result = runCLI(["groups", "session.json", "--roster", "reg.xlsx", "-o", "out.json"], directory: folder.url.path)
        #expect(result.status == .invalid)
        let lines = result.error.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("reg.xlsx:4:1: error: cell A4: this row has no name") && $0.hasSuffix("[roster-name]") })
        #expect(lines.contains { $0.hasPrefix("reg.xlsx:5:2: error: cell B5: there is no direction «Сельскии библиотеки»") })
        #expect(lines.contains { $0.hasPrefix("reg.xlsx:6:1: error: cell A6: «Петрова Анна Ивановна» is registered twice (rows 2 and 6)") })
        #expect(lines.contains { $0 == "reg.xlsx:2:1: note: cell A2: the first registration of «Петрова Анна Ивановна» is here" })
        #expect(lines.contains { $0.hasPrefix("reg.xlsx:8:2: error: cell B8: there is no direction «направление 9»") })
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out.json").path))
        let russian = runCLI(["groups", "session.json", "--roster", "reg.xlsx", "--lang", "ru"], directory: folder.url.path)
        #expect(russian.error.contains("reg.xlsx:5:2: error: ячейка B5: "))
    }

    @Test("A file that is not a workbook is one clear line, exit 1")
    func notAWorkbook() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        _ = folder.write("session.json", GroupsCommandTests.session)
        try Data(try ArchiveFixtures.bytes("python-stored.zip")).write(to: folder.url.appendingPathComponent("reg.xlsx"))
        let wrong = runCLI(["groups", "session.json", "--roster", "reg.xlsx"], directory: folder.url.path)
        #expect(wrong.status == .invalid)
        #expect(wrong.error.contains("reg.xlsx: error: the file has no part «xl/workbook.xml»"))
        let cut = Array(try Self.bytes("registrations.xlsx").prefix(3000))
        try Data(cut).write(to: folder.url.appendingPathComponent("cut.xlsx"))
        let truncated = runCLI(["groups", "session.json", "--roster", "cut.xlsx"], directory: folder.url.path)
        #expect(truncated.status == .invalid)
        #expect(truncated.error.contains("cut.xlsx: error: the file is not an Office document"))
    }

    @Test("Cell names, numbers and Excel dates")
    func cellValues() {
        #expect(CellReference.name(column: 1, row: 7) == "B7")
        #expect(CellReference.name(column: 26, row: 1) == "AA1")
        #expect(CellReference.name(column: 16_383, row: 1) == "XFD1")
        #expect(CellReference.parse("B7")! == (1, 7))
        #expect(CellReference.parse("$AA$10")! == (26, 10))
        #expect(CellReference.parse("7B") == nil)
        #expect(CellReference.parse("B0") == nil)
        #expect(WorkbookReader.numberText("79161234567") == "79161234567")
        #expect(WorkbookReader.numberText("7.9161234567E10") == "79161234567")
        #expect(WorkbookReader.numberText("2.5") == "2.5")
        #expect(WorkbookReader.dateText(1, base1904: false) == "1900-01-01")
        #expect(WorkbookReader.dateText(61, base1904: false) == "1900-03-01")
        #expect(WorkbookReader.dateText(45_429, base1904: false) == "2024-05-17")
        #expect(WorkbookReader.dateText(0, base1904: true) == "1904-01-01")
        #expect(WorkbookReader.dateText(-1, base1904: false) == nil)
    }

    @Test("Inline strings, cells without references, _xHHHH_ escapes, booleans; a sparse far column is not read")
    func handMadeSheet() throws {
        let sheet = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row><c t="inlineStr"><is><t>ФИО</t></is></c><c t="inlineStr"><is><r><t>Направ</t></r><r><t>ление</t></r></is></c></row>
            <row r="3"><c r="B3" t="inlineStr"><is><t>a_x000D_b</t></is></c><c r="C3" t="b"><v>1</v></c><c r="XFD3"><v>5</v></c></row>
            </sheetData></worksheet>
            """
        var writer = ZipWriter()
        writer.add("xl/worksheets/sheet1.xml", text: sheet)
        let table = try WorkbookReader.read(try writer.finish().get()).get()
        #expect(table.records.map(\.row) == [1, 3])
        #expect(table.records[0].fields == ["ФИО", "Направление"])
        #expect(table.records[1].fields == ["", "a\rb", "TRUE"])
    }
}
