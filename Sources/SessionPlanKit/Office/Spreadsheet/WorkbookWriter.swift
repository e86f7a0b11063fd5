import Foundation

/// Writes a `Workbook` as an .xlsx file (ECMA-376 SpreadsheetML): inline
/// strings, a bold header row frozen under the title bar with an autofilter,
/// and columns as wide as their longest text (within reason). The sheets are
/// written and compressed at once, one per core.
enum WorkbookWriter {
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    static func write(_ workbook: Workbook) -> Result<[UInt8], ZipError> {
        let names = sheetNames(workbook.sheets.map(\.name))
        var zip = ZipWriter()
        var types = XMLText.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        types += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        types += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        types += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        types += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for index in names.indices {
            types += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        types += "</Types>"
        zip.add("[Content_Types].xml", text: types)
        zip.add("_rels/.rels", text: XMLText.declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
                + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")

        var book = XMLText.declaration + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheets>"
        var links = XMLText.declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
        var filters = ""
        for (index, name) in names.enumerated() {
            book += "<sheet name=\"\(XMLText.escape(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
            links += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
            if let range = filterRange(workbook.sheets[index]) {
                let quoted = "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
                filters += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
                    + XMLText.escape(quoted + "!" + absolute(range)) + "</definedName>"
                // The header row printed again at the top of every page.
                filters += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">"
                    + XMLText.escape(quoted + "!$1:$1") + "</definedName>"
            }
        }
        book += "</sheets>" + (filters.isEmpty ? "" : "<definedNames>" + filters + "</definedNames>") + "</workbook>"
        links += "<Relationship Id=\"rId\(names.count + 1)\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/></Relationships>"
        zip.add("xl/workbook.xml", text: book)
        zip.add("xl/_rels/workbook.xml.rels", text: links)
        zip.add("xl/styles.xml", text: styles)
        // Each sheet written and compressed on whichever core is free: a roster's first sheet
        // takes about half the work, its direction sheets the rest.
        let sheets = workbook.sheets
        let entries = Concurrently.map(sheets.indices) { ZipWriter.Entry(worksheet(sheets[$0])) }
        for (index, entry) in entries.enumerated() {
            zip.add("xl/worksheets/sheet\(index + 1).xml", entry)
        }
        return zip.finish()
    }

    /// Two styles: 0 the default, 1 bold (the header).
    private static let styles = XMLText.declaration + "<styleSheet xmlns=\"\(main)\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"

    /// The sheet's part, as bytes: a roster of 100,000 rows is tens of megabytes of XML. An empty
    /// text cell is left out (the cells carry their references, so the rest keep their columns), and
    /// `xml:space="preserve"` is written only for text whose white space a reader would change.
    /// The rows are written first, measuring each text once for its width and its spaces; the
    /// columns' widths, which come before them in the part, are written after.
    private static func worksheet(_ sheet: Workbook.Sheet) -> XMLBytes {
        var rows = XMLBytes()
        var widths: [Int] = []
        // Each column's letters once, not per cell.
        let letters = (0..<(sheet.rows.map(\.count).max() ?? 0)).map(CellReference.columnName)
        for (rowIndex, row) in sheet.rows.enumerated() {
            let number = String(rowIndex + 1)
            rows.append("<row r=\"")
            rows.append(markup: number)
            rows.append("\">")
            if row.count > widths.count { widths += [Int](repeating: 8, count: row.count - widths.count) }
            for (column, cell) in row.enumerated() {
                if case .text(let text) = cell, text.isEmpty { continue }
                rows.append("<c r=\"")
                rows.append(markup: letters[column])
                rows.append(markup: number)
                rows.append(rowIndex == 0 ? "\" s=\"1\"" : "\"")
                switch cell {
                case .text(let text):
                    let measure = Self.measure(text)
                    widths[column] = max(widths[column], min(60, measure.width + 2))
                    rows.append(measure.keepsSpaces ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>")
                    rows.appendEscaped(text)
                    rows.append("</t></is></c>")
                case .number(let number):
                    let text = number.isFinite ? WorkbookReader.numberText(String(number)) : "0"
                    widths[column] = max(widths[column], min(60, String(number).count + 2))
                    rows.append("><v>")
                    rows.append(markup: text)
                    rows.append("</v></c>")
                }
            }
            rows.append("</row>")
        }

        var xml = XMLBytes()   // what comes before the rows
        xml.append(markup: XMLText.declaration)
        xml.append(markup: "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">")
        // Printed on A4 across, as wide as one page and as many pages down as it takes.
        xml.append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
        xml.append("<sheetViews><sheetView workbookViewId=\"0\">")
        if sheet.rows.count > 0 { xml.append("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>") }
        xml.append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>")
        if !widths.isEmpty {
            xml.append("<cols>")
            for (index, width) in widths.enumerated() {
                xml.append(markup: "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>")
            }
            xml.append("</cols>")
        }
        xml.append("<sheetData>")
        rows.prepend(xml)
        rows.append("</sheetData>")
        if let range = filterRange(sheet) { rows.append(markup: "<autoFilter ref=\"\(range)\"/>") }
        rows.append("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
        rows.append("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
        rows.append("</worksheet>")
        return rows
    }

    /// A text's width (`longestLine`) and whether it `keepsItsSpaces`, from one look at its bytes:
    /// the characters are the bytes that are not continuation bytes, and only a text with a
    /// control character, two spaces in a row or a lead byte of NEL, LS or PS (`C2`, `E2`: also
    /// those of «», dashes and typographic quotes) is measured again the long way.
    static func measure(_ text: String) -> (width: Int, keepsSpaces: Bool) {
        let quick = text.withUTF8Bytes { bytes -> (width: Int, keepsSpaces: Bool)? in
            guard let first = bytes.first, let last = bytes.last else { return (0, false) }
            var characters = 0, unusual = false, previous: UInt8 = 0
            for byte in bytes {
                characters &+= byte & 0xC0 == 0x80 ? 0 : 1
                unusual = unusual || byte < 0x20 || byte == 0xC2 || byte == 0xE2 || (byte == 0x20 && previous == 0x20)
                previous = byte
            }
            return unusual ? nil : (characters, first == 0x20 || last == 0x20)
        }
        return quick ?? (longestLine(text), keepsItsSpaces(text))
    }

    /// Whether a reader would change the text's white space unless told to keep it: white space
    /// at either end, a tab or a line break, or two spaces in a row.
    static func keepsItsSpaces(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return false }
        if first == 0x20 || last == 0x20 { return true }
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D || (byte == 0x20 && previous == 0x20) { return true }
            previous = byte
        }
        return false
    }

    /// The header and every row under it, as `A1:E12`.
    private static func filterRange(_ sheet: Workbook.Sheet) -> String? {
        guard let header = sheet.rows.first, !header.isEmpty else { return nil }
        return "A1:" + CellReference.name(column: header.count - 1, row: max(sheet.rows.count, 1))
    }

    private static func absolute(_ range: String) -> String {
        range.split(separator: ":").map { part in
            let letters = part.prefix { $0.isLetter }
            return "$" + letters + "$" + part.dropFirst(letters.count)
        }.joined(separator: ":")
    }

    /// The characters of the text's longest line, counted as Unicode scalars from the UTF-8 bytes
    /// (every byte but a continuation byte starts one): for the letters of a roster that is their
    /// number, without breaking the text into `Character`s. Lines end at LF, CR, VT, FF, NEL, LS and PS.
    static func longestLine(_ text: String) -> Int {
        text.withUTF8Bytes { bytes in
            var longest = 0, current = 0
            var previous: UInt8 = 0, beforePrevious: UInt8 = 0
            for byte in bytes {
                let lineBreak = UTF8LineBreaks.length(endingWith: byte, after: previous, beforePrevious)
                if lineBreak > 0 {
                    // NEL, LS, PS: their lead byte was counted as a character of the line.
                    longest = max(longest, lineBreak == 1 ? current : current - 1)
                    current = 0
                } else if byte & 0xC0 != 0x80 {
                    current += 1
                }
                beforePrevious = previous
                previous = byte
            }
            return max(longest, current)
        }
    }

    /// Names Excel accepts: at most 31 characters, none of `[]:*?/\`, not blank, all different.
    static func sheetNames(_ wanted: [String]) -> [String] {
        var used: Set<String> = []
        return wanted.enumerated().map { index, name in
            var clean = String(name.filter { !"[]:*?/\\".contains($0) && !$0.isNewline }).trimmingCharacters(in: .whitespaces)
            clean = clean.trimmingCharacters(in: CharacterSet(charactersIn: "'"))
            if clean.isEmpty { clean = "Sheet\(index + 1)" }
            var candidate = String(clean.prefix(31))
            var counter = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(counter))"
                candidate = String(clean.prefix(31 - suffix.count)) + suffix
                counter += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }
}
