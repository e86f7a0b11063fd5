import Foundation

/// Reads the first sheet of an Excel workbook (.xlsx, Office Open XML) into
/// the records the CSV reader gives, so a registration list saved by Excel,
/// LibreOffice or a registration platform goes through the same header
/// recognition and the same diagnostics.
///
/// Cells are read as a spreadsheet shows them: shared and inline strings as
/// their text, numbers as written without exponent or trailing zeros (a phone
/// number stored as a number stays its digits), dates (numbers in a date
/// format) as `YYYY-MM-DD`, booleans as TRUE/FALSE, errors as written, empty
/// cells as "". Each record's `row` is the sheet's row number and its field
/// index the column (A = 0). Columns past `maxColumns` are not read.
enum WorkbookReader {
    /// Registration lists have a dozen columns; wider rows are cut here so a
    /// sparse hostile sheet (one cell in column XFD on every row) stays small.
    static let maxColumns = 1_024

    /// Why a workbook could not be read.
    enum Failure: Error, Equatable {
        case archive(ZipError)
        case xml(part: String, XMLError)
        case noSheet

        var message: LocalizedText {
            switch self {
            case .archive(let error): error.message
            case .xml(let part, let error): error.message(part: part)
            case .noSheet:
                LocalizedText(en: "the workbook has no sheet; open it in Excel or LibreOffice, check the registrations are there and save it again",
                              ru: "в книге нет ни одного листа; откройте её в Excel или LibreOffice, проверьте, что регистрации на месте, и сохраните заново")
            }
        }
    }

    /// Whether `bytes` look like a ZIP archive (an .xlsx starts with a local file header).
    static func isArchive(_ bytes: [UInt8]) -> Bool { bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    /// The first sheet's rows as CSV records.
    static func read(_ bytes: [UInt8]) -> Result<CSVTable, Failure> {
        do throws(Failure) {
            let archive: ZipArchive
            do { archive = try ZipArchive(bytes) } catch { throw .archive(error) }
            let sheetPath = try firstSheetPath(archive)
            let strings = try sharedStrings(archive)
            let dates = try dateStyles(archive)
            let base1904 = try uses1904(archive)
            let sheet = try part(archive, sheetPath)
            return .success(CSVTable(separator: .comma, records: records(sheet, strings: strings, dates: dates, base1904: base1904)))
        } catch {
            return .failure(error)
        }
    }

    private static func part(_ archive: ZipArchive, _ path: String) throws(Failure) -> XMLElement {
        let bytes: [UInt8]
        do { bytes = try archive.data(path) } catch { throw .archive(error) }
        do { return try XMLReader.read(bytes) } catch { throw .xml(part: path, error) }
    }

    private static func optionalPart(_ archive: ZipArchive, _ path: String) throws(Failure) -> XMLElement? {
        archive.contains(path) ? try part(archive, path) : nil
    }

    /// The first `<sheet>` of the workbook, through the workbook's relationships; `xl/worksheets/sheet1.xml` failing those.
    private static func firstSheetPath(_ archive: ZipArchive) throws(Failure) -> String {
        if let workbook = try optionalPart(archive, "xl/workbook.xml"),
           let sheet = workbook.element("sheets")?.element("sheet"),
           let id = sheet.attribute("id"),
           let relationships = try optionalPart(archive, "xl/_rels/workbook.xml.rels"),
           let target = relationships.elements("Relationship").first(where: { $0.attribute("Id") == id })?.attribute("Target") {
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            if archive.contains(path) { return path }
        }
        if archive.contains("xl/worksheets/sheet1.xml") { return "xl/worksheets/sheet1.xml" }
        if let any = archive.names.first(where: { $0.hasPrefix("xl/worksheets/") && $0.hasSuffix(".xml") }) { return any }
        if !archive.contains("xl/workbook.xml") { throw .archive(.missingEntry("xl/workbook.xml")) }
        throw .noSheet
    }

    /// The shared string table: each `<si>`'s text, its rich-text runs joined, phonetic hints left out.
    private static func sharedStrings(_ archive: ZipArchive) throws(Failure) -> [String] {
        guard let table = try optionalPart(archive, "xl/sharedStrings.xml") else { return [] }
        return table.elements("si").map(stringItem)
    }

    private static func stringItem(_ item: XMLElement) -> String {
        var text = item.element("t")?.text ?? ""
        for run in item.elements("r") { text += run.element("t")?.text ?? "" }
        return unescapeOOXML(text)
    }

    /// Excel writes characters XML cannot hold as `_xHHHH_`; they are read back as the character.
    private static func unescapeOOXML(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var k = 0
        while k < scalars.count {
            if scalars[k] == "_", k + 6 < scalars.count, scalars[k + 1] == "x", scalars[k + 6] == "_",
               let value = UInt32(String(String.UnicodeScalarView(scalars[(k + 2)..<(k + 6)])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                out.append(scalar)
                k += 7
            } else {
                out.append(scalars[k])
                k += 1
            }
        }
        scalars = []
        return String(out)
    }

    /// Which cell styles (`s` indexes into `cellXfs`) show a number as a date.
    private static func dateStyles(_ archive: ZipArchive) throws(Failure) -> Set<Int> {
        guard let styles = try optionalPart(archive, "xl/styles.xml") else { return [] }
        var dateFormats: Set<Int> = [14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57]
        for format in styles.element("numFmts")?.elements("numFmt") ?? [] {
            guard let id = format.attribute("numFmtId").flatMap({ Int($0) }), let code = format.attribute("formatCode") else { continue }
            if isDateFormat(code) { dateFormats.insert(id) } else { dateFormats.remove(id) }
        }
        var result: Set<Int> = []
        for (index, xf) in (styles.element("cellXfs")?.elements("xf") ?? []).enumerated() {
            if let id = xf.attribute("numFmtId").flatMap({ Int($0) }), dateFormats.contains(id) { result.insert(index) }
        }
        return result
    }

    /// A format code shows a date when, outside quotes, brackets and escapes, it has d, m or y.
    private static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false, inBrackets = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            case "d", "m", "y": if !inQuotes && !inBrackets { return true }
            default: break
            }
        }
        return false
    }

    private static func uses1904(_ archive: ZipArchive) throws(Failure) -> Bool {
        guard let workbook = try optionalPart(archive, "xl/workbook.xml") else { return false }
        let value = workbook.element("workbookPr")?.attribute("date1904")
        return value == "1" || value == "true"
    }

    /// The rows of `<sheetData>` as records, in row order; rows with no cell are not records.
    private static func records(_ sheet: XMLElement, strings: [String], dates: Set<Int>, base1904: Bool) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var previousRow = 0
        for row in sheet.element("sheetData")?.elements("row") ?? [] {
            let number = row.attribute("r").flatMap { Int($0) }.flatMap { (1...CellReference.maxRows).contains($0) ? $0 : nil }
                ?? previousRow + 1
            previousRow = number
            var fields: [String] = []
            for cell in row.elements("c") {
                let column = cell.attribute("r").flatMap(CellReference.parse)?.column ?? fields.count
                guard column < maxColumns else { continue }
                let value = cellText(cell, strings: strings, dates: dates, base1904: base1904)
                if column >= fields.count { fields += [String](repeating: "", count: column - fields.count + 1) }
                fields[column] = value
            }
            guard !fields.isEmpty else { continue }
            records.append(CSVRecord(row: number, fields: fields, fieldOffsets: [], endOffset: 0))
        }
        // Excel writes rows in order; a file that does not is read in row order all the same.
        if zip(records, records.dropFirst()).contains(where: { $0.row >= $1.row }) {
            records.sort { $0.row < $1.row }
        }
        return records
    }

    private static func cellText(_ cell: XMLElement, strings: [String], dates: Set<Int>, base1904: Bool) -> String {
        let value = cell.element("v")?.text ?? ""
        switch cell.attribute("t") ?? "n" {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)), index >= 0, index < strings.count else { return "" }
            return strings[index]
        case "inlineStr":
            return cell.element("is").map(stringItem) ?? ""
        case "str", "e":
            return unescapeOOXML(value)
        case "b":
            return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
        default:
            if let style = cell.attribute("s").flatMap({ Int($0) }), dates.contains(style),
               let serial = Double(value), let date = dateText(serial, base1904: base1904) {
                return date
            }
            return numberText(value)
        }
    }

    /// A number as a spreadsheet shows it in a general cell: integers in full (no exponent), others as written.
    static func numberText(_ value: String) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard let number = Double(trimmed), number.isFinite else { return trimmed }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return trimmed
    }

    /// The date of a serial day number: days since 1899-12-30 (so 1900-03-01 is 61, past
    /// Excel's phantom 1900-02-29), or since 1904-01-01 in the 1904 system. Times are left out.
    static func dateText(_ serial: Double, base1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down)) + (base1904 ? 1462 : 0)
        if !base1904, days < 61 { days += 1 }   // Excel counts 1900-02-29, which never was.
        // Civil date from days since 1899-12-30 (Howard Hinnant's algorithm, shifted to 1970-01-01).
        let z = days - 25_569 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
