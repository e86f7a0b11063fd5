/// One record of a CSV file: one row as a spreadsheet shows it.
struct CSVRecord: Sendable, Hashable {
    /// The spreadsheet row number: the first record is row 1, empty lines count,
    /// and a record whose quoted field spans several lines is still one row.
    var row: Int
    var fields: [String]
    /// Byte offset of each field's first byte (its opening quote when quoted).
    var fieldOffsets: [Int]
    /// Byte offset just after the record's last field.
    var endOffset: Int

    init(row: Int, fields: [String], fieldOffsets: [Int], endOffset: Int) {
        self.row = row
        self.fields = fields
        self.fieldOffsets = fieldOffsets
        self.endOffset = endOffset
    }

    /// The field at a 0-based index, or "" past the end of a short row.
    subscript(field index: Int) -> String {
        index < fields.count ? fields[index] : ""
    }

    /// Where the cell at a 0-based field index is: the line is the row, the
    /// column is the spreadsheet column (1 for the first field).
    func location(ofField index: Int) -> SourceLocation {
        SourceLocation(line: row, column: index + 1,
                       offset: index < fieldOffsets.count ? fieldOffsets[index] : endOffset)
    }

    /// True when every field is empty or white space: a blank spreadsheet row.
    var isBlank: Bool {
        fields.allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }
}

/// A CSV file read into records.
struct CSVTable: Sendable, Hashable {
    var separator: CSVSeparator
    /// The records in file order; the header, when present, is the first.
    /// Empty lines are not records (they still count in row numbers).
    var records: [CSVRecord]

    init(separator: CSVSeparator, records: [CSVRecord]) {
        self.separator = separator
        self.records = records
    }
}

/// Reads CSV as RFC 4180 describes it and as spreadsheets write it: quoted
/// fields may hold separators, doubled quotes and line breaks; lines end in
/// CR LF, LF or CR; the last line may lack its line end. Linear in the input.
enum CSVReader {
    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    /// Reads `text`. Without a `separator`, it is detected from the header line.
    /// `baseOffset` is added to every byte offset (the length of a byte order
    /// mark skipped before the text, so offsets count from the file's first byte).
    /// Offsets count the UTF-8 bytes of `text`.
    /// Fails with a `roster-syntax` diagnostic at a quotation mark that is never closed.
    static func read(_ text: String, separator: CSVSeparator? = nil,
                            baseOffset: Int = 0) -> Result<CSVTable, Diagnostic> {
        let bytes = Array(text.utf8)
        let separator = separator ?? detectSeparator(bytes)
        let sep = separator.byte
        let n = bytes.count
        var records: [CSVRecord] = []
        var row = 1
        var i = 0

        while i < n {
            if bytes[i] == cr || bytes[i] == lf {
                i = skipLineEnd(bytes, i)
                row += 1
                continue
            }
            var fields: [String] = []
            var offsets: [Int] = []
            while true {
                let fieldStart = i
                offsets.append(baseOffset + i)
                if i < n, bytes[i] == quote {
                    var value: [UInt8] = []
                    i += 1
                    while true {
                        guard let close = bytes[i...].firstIndex(of: quote) else {
                            return .failure(unterminatedQuote(row: row, column: fields.count + 1,
                                                              offset: baseOffset + fieldStart))
                        }
                        value.append(contentsOf: bytes[i..<close])
                        if close + 1 < n, bytes[close + 1] == quote {
                            value.append(quote)
                            i = close + 2
                        } else {
                            i = close + 1
                            break
                        }
                    }
                    // Text after the closing quote (`"a"b`) is kept as written.
                    let rest = i
                    while i < n, bytes[i] != sep, bytes[i] != cr, bytes[i] != lf { i += 1 }
                    value.append(contentsOf: bytes[rest..<i])
                    fields.append(String(decoding: value, as: UTF8.self))
                } else {
                    while i < n, bytes[i] != sep, bytes[i] != cr, bytes[i] != lf { i += 1 }
                    fields.append(String(decoding: bytes[fieldStart..<i], as: UTF8.self))
                }
                if i < n, bytes[i] == sep {
                    i += 1
                    continue
                }
                break
            }
            records.append(CSVRecord(row: row, fields: fields, fieldOffsets: offsets, endOffset: baseOffset + i))
            if i < n { i = skipLineEnd(bytes, i) }
            row += 1
        }
        return .success(CSVTable(separator: separator, records: records))
    }

    /// The separator of the header line (up to the first line end outside
    /// quotes): the most frequent of semicolon, comma and tab outside quotes;
    /// ties go to semicolon, then comma, then tab.
    static func detectSeparator(_ text: String) -> CSVSeparator {
        detectSeparator(Array(text.utf8))
    }

    static func detectSeparator(_ bytes: [UInt8]) -> CSVSeparator {
        var counts: [CSVSeparator: Int] = [:]
        var inQuotes = false
        for byte in bytes {
            if byte == quote {
                inQuotes.toggle()
            } else if !inQuotes {
                if byte == cr || byte == lf { break }
                if let separator = CSVSeparator(byte: byte) { counts[separator, default: 0] += 1 }
            }
        }
        // In tie-breaking order; the first maximum wins.
        var best = CSVSeparator.semicolon
        for candidate in [CSVSeparator.semicolon, .comma, .tab] where counts[candidate, default: 0] > counts[best, default: 0] {
            best = candidate
        }
        return best
    }

    private static func skipLineEnd(_ bytes: [UInt8], _ i: Int) -> Int {
        if bytes[i] == cr, i + 1 < bytes.count, bytes[i + 1] == lf { return i + 2 }
        return i + 1
    }

    private static func unterminatedQuote(row: Int, column: Int, offset: Int) -> Diagnostic {
        .error(.rosterSyntax, LocalizedText(
            en: "the quotation mark that opens this cell is never closed, so the rest of the file would be one cell; add the closing quotation mark or remove this one",
            ru: "кавычка в начале этой ячейки нигде не закрыта, и весь остаток файла оказался бы одной ячейкой; добавьте закрывающую кавычку или уберите эту"),
            at: SourceLocation(line: row, column: column, offset: offset))
    }
}
