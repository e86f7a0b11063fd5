import Foundation
import Testing
@testable import SessionPlanKit

/// `export --to docx` and `--to xlsx`, read back with the tool's own ZIP and XML readers.
@Suite("Office exports")
struct OfficeExportTests {
    static let example = "examples/tochka-kipeniya.json"

    static func document(_ extra: [String] = [], of file: String = example) throws -> ProgramDocument {
        let loaded = SessionLoader.load(SourceFile(name: "s.json", bytes: Array(try Data(contentsOf: RepositoryPaths.root.appendingPathComponent(file)))))
        let session = try #require(loaded.session)
        let view = try ProgramView(session: session, query: ProgramQuery())
        return ProgramDocument(view: view, options: ExportOptions(includeGroups: extra.contains("groups"), includeContacts: extra.contains("contacts")))
    }

    static func part(_ bytes: [UInt8], _ name: String) throws -> XMLElement {
        try XMLReader.read(try ZipArchive(bytes).data(name))
    }

    /// Every element with this local name, depth first, without recursion.
    static func all(_ local: String, in root: XMLElement) -> [XMLElement] {
        var found: [XMLElement] = []
        var stack = [root]
        while let element = stack.popLast() {
            if element.localName == local { found.append(element) }
            stack += element.elements.reversed()
        }
        return found
    }

    @Test("The docx has each slot's time and bold title in its day's two-column table, each day on a new page")
    func docxSlots() throws {
        let document = try Self.document()
        let bytes = try ProgramDOCXRenderer().render(document).get()
        let body = try Self.part(bytes, "word/document.xml")
        let tables = Self.all("tbl", in: body)
        #expect(tables.count == document.days.filter { !$0.slots.isEmpty }.count)
        let rows = tables.flatMap { Self.all("tr", in: $0) }
        #expect(rows.count == document.slots.count)
        for (row, slot) in zip(rows, document.slots) {
            let cells = row.elements("tc")
            #expect(cells.count == 2)
            #expect(Self.all("t", in: cells[0]).map(\.text).joined() == slot.times.joined())
            let firstRun = try #require(Self.all("r", in: cells[1]).first)
            #expect(firstRun.element("rPr")?.element("b") != nil)
            #expect(Self.all("t", in: cells[1]).first?.text == slot.title)
        }
        let breaks = Self.all("br", in: body).filter { $0.attribute("type") == "page" }
        #expect(breaks.count >= document.days.count)
        let styles = Self.all("pStyle", in: body).compactMap { $0.attribute("val") }
        #expect(styles.first == "Title")
        #expect(styles.filter { $0 == "Heading1" }.count >= document.days.count)
    }

    @Test("The docx names each direction's leaders after one label: «Лидер: …», never «Лидер:: …»")
    func docxLeaders() throws {
        let body = try Self.part(try ProgramDOCXRenderer().render(try Self.document()).get(), "word/document.xml")
        let paragraphs = Self.all("p", in: body).map { Self.all("t", in: $0).map(\.text).joined() }
        #expect(paragraphs.filter { $0.hasPrefix("Лидер: ") || $0.hasPrefix("Лидеры: ") }.count == 5)
        #expect(!paragraphs.contains { $0.contains("::") })
    }

    @Test("The docx says where each direction works, after its leaders: «Место: Аудитория 201, …»")
    func docxDirectionPlaces() throws {
        let body = try Self.part(try ProgramDOCXRenderer().render(try Self.document(of: "examples/in-person.json")).get(), "word/document.xml")
        let paragraphs = Self.all("p", in: body).map { Self.all("t", in: $0).map(\.text).joined() }
        let places = paragraphs.filter { $0.hasPrefix("Место: ") }
        #expect(places.count == 4)
        #expect(places.first == "Место: Аудитория 201, ул.\u{00A0}Ленина, 139, 2-й этаж", "«ул. Ленина» kept on one line")
        let leader = try #require(paragraphs.firstIndex { $0.hasPrefix("Лидер: Шестакова") })
        #expect(paragraphs[leader + 1].hasPrefix("Место: Аудитория 201"))
    }

    @Test("The docx has Word's styles, A4 pages and the session's language")
    func docxStylesAndPage() throws {
        let bytes = try ProgramDOCXRenderer().render(try Self.document()).get()
        let styles = try Self.part(bytes, "word/styles.xml")
        let names = Self.all("style", in: styles).compactMap { $0.element("name")?.attribute("val") }
        #expect(Set(["Normal", "Title", "heading 1", "heading 2", "Table Grid"]).isSubset(of: Set(names)))
        #expect(Self.all("lang", in: styles).first?.attribute("val") == "ru-RU")
        let size = try #require(Self.all("pgSz", in: try Self.part(bytes, "word/document.xml")).first)
        #expect(size.attribute("w") == "11906" && size.attribute("h") == "16838")
        #expect(try ZipArchive(bytes).contains("[Content_Types].xml"))
    }

    @Test("The xlsx has every roster cell, as text, under a bold frozen header with an autofilter")
    func xlsxCells() throws {
        let document = try Self.document(["groups", "contacts"])
        let bytes = try RosterXLSXRenderer().render(document).get()
        let table = try WorkbookReader.read(bytes).get()
        #expect(table.records.count == document.roster.count + 1)
        // The CSV's columns: organization and region come with the contacts.
        #expect(table.records[0].fields == ["Направление", "Группа", "Роль", "ФИО", "Должность", "E-mail", "Телефон", "Организация", "Регион"])
        for (record, row) in zip(table.records.dropFirst(), document.roster) {
            #expect(record[field: 0] == row.direction)
            #expect(record[field: 1] == row.group)
            #expect(record[field: 2] == row.role.word(in: .ru))
            #expect(record[field: 3] == row.person.name)
            #expect(record[field: 4] == (row.position ?? ""))
            #expect(record[field: 5] == (row.email ?? ""))
            #expect(record[field: 6] == (row.phone ?? ""))
            #expect(record[field: 7] == (row.organization ?? ""))
            #expect(record[field: 8] == (row.region ?? ""))
        }
        let sheet = try Self.part(bytes, "xl/worksheets/sheet1.xml")
        #expect(Self.all("pane", in: sheet).first?.attribute("state") == "frozen")
        #expect(Self.all("autoFilter", in: sheet).first?.attribute("ref") == "A1:I\(document.roster.count + 1)")
        let cells = Self.all("c", in: sheet)
        #expect(cells.allSatisfy { $0.attribute("t") == "inlineStr" })
        #expect(cells.prefix(9).allSatisfy { $0.attribute("s") == "1" })
        #expect(Self.all("col", in: sheet).count == 9)
        // Printed one page wide, across A4, with the header on every page.
        #expect(Self.all("pageSetUpPr", in: sheet).first?.attribute("fitToPage") == "1")
        let setup = Self.all("pageSetup", in: sheet).first
        #expect(setup?.attribute("fitToWidth") == "1" && setup?.attribute("fitToHeight") == "0")
        #expect(setup?.attribute("paperSize") == "9" && setup?.attribute("orientation") == "landscape")
        let book = try Self.part(bytes, "xl/workbook.xml")
        #expect(Self.all("definedName", in: book).contains { $0.attribute("name") == "_xlnm.Print_Titles" && $0.text.hasSuffix("!$1:$1") })
        // One more sheet per direction with groups.
        let names = Self.all("sheet", in: try Self.part(bytes, "xl/workbook.xml")).compactMap { $0.attribute("name") }
        #expect(names.count == 1 + document.directions.filter { !$0.direction.groups.isEmpty }.count)
    }

    @Test("A formula-looking cell stays text")
    func noFormula() throws {
        var workbook = Workbook(sheets: [Workbook.Sheet(name: "S", rows: [[.text("A")], [.text("=HYPERLINK(\"x\")")], [.text("+79161234567")]])])
        let bytes = try WorkbookWriter.write(workbook).get()
        let table = try WorkbookReader.read(bytes).get()
        #expect(table.records.map { $0[field: 0] } == ["A", "=HYPERLINK(\"x\")", "+79161234567"])
        #expect(Self.all("f", in: try Self.part(bytes, "xl/worksheets/sheet1.xml")).isEmpty)
        workbook.sheets.append(Workbook.Sheet(name: "S", rows: []))
        #expect(WorkbookWriter.sheetNames(["a/b", "a/b", String(repeating: "x", count: 40), ""]) == ["ab", "ab (2)", String(repeating: "x", count: 31), "Sheet4"])
    }

    @Test("Both formats refuse a terminal without -o and are written atomically with -o")
    func terminalAndFile() throws {
        for format in ["docx", "xlsx"] {
            let output = CapturedText(), error = CapturedText()
            let context = CommandContext(arguments: ["export", Self.example, "--to", format], environment: ["LANG": "en_US.UTF-8"],
                                         currentDirectory: RepositoryPaths.root.path, readStandardInput: { [] },
                                         standardOutput: output, standardError: error, standardOutputIsTerminal: true)
            #expect(CLI.run(context) == .usage)
            #expect(error.text.contains("-o program.\(format)"))
            #expect(output.bytes.isEmpty)

            let folder = TemporaryFolder()
            defer { folder.cleanUp() }
            let written = runCLI(["export", RepositoryPaths.root.appendingPathComponent(Self.example).path, "--to", format, "-o", "out.\(format)"],
                                 directory: folder.url.path)
            #expect(written.status == .success)
            let bytes = Array(try Data(contentsOf: folder.url.appendingPathComponent("out.\(format)")))
            #expect(try ZipArchive(bytes).entries.count >= 4)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["out.\(format)"])
            // Piped (not a terminal): the bytes go to standard output as they are.
            let piped = runCLI(["export", Self.example, "--to", format])
            #expect(piped.status == .success)
        }
    }

    @Test("LibreOffice converts both to PDF (skipped when soffice is not installed)")
    func libreOffice() throws {
        guard let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            print("skipped: LibreOffice (soffice) is not installed")
            return
        }
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        try Data(try ProgramDOCXRenderer().render(try Self.document(["groups"])).get()).write(to: folder.url.appendingPathComponent("p.docx"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["--headless", "-env:UserInstallation=file://" + folder.url.path + "/profile", "--convert-to", "pdf", "--outdir", folder.url.path,
                             folder.url.appendingPathComponent("p.docx").path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("p.pdf").path))
    }

    @Test("Issue #17: the docx joins «им. И. И. Молчанова-Сибирского» and «12 часов» with no-break spaces")
    func docxNoBreakSpaces() throws {
        let text = #"{ "version": 1, "title": "Иркутская ОГУНБ им. И. И. Молчанова-Сибирского", "timezone": "Asia/Irkutsk", "#
            + #""days": [ { "date": "2021-09-21", "slots": [ { "start": "09:00", "end": "10:00", "title": "Отчёт за 12 часов", "#
            + #""kind": "talk", "notes": "Ссылки за 12 часов до начала" } ] } ] }"#
        let session = try #require(SessionLoader.load(SourceFile(name: "s.json", bytes: Array(text.utf8))).session)
        let document = ProgramDocument(view: try ProgramView(session: session, query: ProgramQuery()), options: ExportOptions())
        let body = try Self.part(try ProgramDOCXRenderer().render(document).get(), "word/document.xml")
        let texts = Self.all("t", in: body).map(\.text)
        #expect(texts.first == "Иркутская ОГУНБ им.\u{A0}И.\u{A0}И.\u{A0}Молчанова-Сибирского")
        #expect(texts.contains("Отчёт за 12\u{A0}часов"))
        #expect(texts.contains("Ссылки за 12\u{A0}часов до начала"))
    }
}
