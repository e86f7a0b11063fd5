/// The character encodings a registration list is read in.
enum TextEncoding: String, Sendable, Hashable, CaseIterable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case windows1251 = "Windows-1251"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"

    /// How to name the encoding to the user.
    var displayName: LocalizedText {
        switch self {
        case .utf8: LocalizedText(en: "UTF-8", ru: "UTF-8")
        case .utf8WithBOM: LocalizedText(en: "UTF-8 with byte order mark", ru: "UTF-8 с меткой порядка байтов")
        case .windows1251: LocalizedText(en: "Windows-1251", ru: "Windows-1251")
        case .utf16LittleEndian: LocalizedText(en: "UTF-16 (little-endian)", ru: "UTF-16 (little-endian)")
        case .utf16BigEndian: LocalizedText(en: "UTF-16 (big-endian)", ru: "UTF-16 (big-endian)")
        }
    }
}

/// A file's bytes as text, with the encoding that was recognised.
struct DecodedText: Sendable, Hashable {
    var text: String
    var encoding: TextEncoding
    /// Bytes of a byte order mark skipped at the start (3 for UTF-8, 2 for UTF-16, else 0).
    var byteOrderMarkLength: Int

    init(text: String, encoding: TextEncoding, byteOrderMarkLength: Int) {
        self.text = text
        self.encoding = encoding
        self.byteOrderMarkLength = byteOrderMarkLength
    }
}

/// Turns the bytes of a spreadsheet export into text: UTF-8 with or without a
/// byte order mark; UTF-16 with a byte order mark (Excel's "Unicode text");
/// Windows-1251 (what Russian Excel writes as "CSV (разделители – точки с
/// запятой)") only when the file as a whole reads as Windows-1251 and is not
/// UTF-8 in many places. A UTF-8 file with a stray byte is an error naming its
/// row and column, never silently re-read as Windows-1251.
enum TextDecoding {
    /// Fails with a `roster-encoding` diagnostic for a workbook (.xlsx, .xls)
    /// or other binary file given where a CSV file was expected.
    static func decode(_ bytes: [UInt8]) -> Result<DecodedText, Diagnostic> {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let text = String(decoding: bytes[3...], as: UTF8.self)
            return .success(DecodedText(text: text, encoding: .utf8WithBOM, byteOrderMarkLength: 3))
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return .success(DecodedText(text: decodeUTF16(bytes[2...], bigEndian: false),
                                        encoding: .utf16LittleEndian, byteOrderMarkLength: 2))
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return .success(DecodedText(text: decodeUTF16(bytes[2...], bigEndian: true),
                                        encoding: .utf16BigEndian, byteOrderMarkLength: 2))
        }
        if let workbook = workbookKind(bytes) {
            return .failure(.error(.rosterEncoding, LocalizedText(
                en: "this is \(workbook.en), not a CSV file; open it in the spreadsheet program and save it as CSV (File → Save As → CSV)",
                ru: "это \(workbook.ru), а не файл CSV; откройте его в программе электронных таблиц и сохраните как CSV (Файл → Сохранить как → CSV)"),
                at: SourceLocation(line: 1, column: 1, offset: 0)))
        }
        if let nul = bytes.firstIndex(of: 0) {
            return .failure(.error(.rosterEncoding, LocalizedText(
                en: "this is not a text file (it contains a zero byte at byte \(nul + 1)); save the registration list as CSV",
                ru: "это не текстовый файл (в нём нулевой байт, байт \(nul + 1)); сохраните список регистраций в формате CSV"),
                at: nil))
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return .success(DecodedText(text: text, encoding: .utf8, byteOrderMarkLength: 0))
        }
        let check = UTF8Check(bytes)
        if check.looksLikeWindows1251 {
            return .success(DecodedText(text: decodeWindows1251(bytes), encoding: .windows1251, byteOrderMarkLength: 0))
        }
        return .failure(check.strayByteDiagnostic(bytes))
    }

    /// Where a file that is not valid UTF-8 is not: the places of invalid bytes
    /// and the number of well-formed multi-byte characters, in one pass.
    struct UTF8Check {
        /// Byte offsets where an invalid sequence starts.
        var invalidCount = 0
        var firstInvalid: Int?
        /// Well-formed sequences of two bytes or more (Cyrillic in UTF-8).
        var multiByteCount = 0
        /// Byte 0x98 is not a character in Windows-1251.
        var hasUndefinedWindows1251Byte = false

        init(_ bytes: [UInt8]) {
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x98 { hasUndefinedWindows1251Byte = true }
                if byte < 0x80 { index += 1; continue }
                let length = UTF8Sequence.length(bytes, at: index) ?? 1
                if length > 1 {
                    multiByteCount += 1
                    for offset in index..<(index + length) where bytes[offset] == 0x98 { hasUndefinedWindows1251Byte = true }
                    index += length
                } else {
                    invalidCount += 1
                    if firstInvalid == nil { firstInvalid = index }
                    index += 1
                }
            }
        }

        /// Windows-1251 when every byte is one of its characters and the
        /// non-ASCII text is mostly not UTF-8: a list saved by Russian Excel has
        /// an invalid place at nearly every Cyrillic letter, a UTF-8 list with a
        /// stray byte has one or two among thousands of valid letters.
        var looksLikeWindows1251: Bool {
            !hasUndefinedWindows1251Byte && invalidCount >= 2 && invalidCount > multiByteCount
        }

        /// `roster-encoding` at the first invalid byte: its row (physical line) and character column.
        func strayByteDiagnostic(_ bytes: [UInt8]) -> Diagnostic {
            let offset = firstInvalid ?? 0
            var line = 1, lineStart = 0
            for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            var column = 1
            for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
            let byte = String(bytes[min(offset, bytes.count - 1)], radix: 16, uppercase: true)
            let more = invalidCount - 1
            let others = more == 0 ? LocalizedText(en: "", ru: "")
                : LocalizedText(en: " (and \(more) more \(Plural.english(more, one: "place", other: "places")) like it)",
                                ru: " (и ещё \(more) \(Plural.russian(more, one: "такое место", few: "таких места", many: "таких мест")))")
            return .error(.rosterEncoding, LocalizedText(
                en: "byte 0x\(byte) in row \(line), character \(column) is not UTF-8 text\(others.en); the rest of the file is UTF-8, so nothing was guessed: correct that cell in the spreadsheet and save the list again as CSV UTF-8",
                ru: "байт 0x\(byte) в строке \(line), символ \(column), — не текст в UTF-8\(others.ru); остальной файл в UTF-8, поэтому кодировка не угадывается: исправьте эту ячейку в таблице и сохраните список снова как CSV UTF-8"),
                at: SourceLocation(line: line, column: column, offset: offset))
        }
    }

    /// Windows-1251 bytes as text. Byte 0x98, undefined in Windows-1251, becomes U+FFFD.
    static func decodeWindows1251(_ bytes: some Sequence<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte < 0x80 {
                scalars.append(Unicode.Scalar(byte))
            } else if byte >= 0xC0 {
                // А–я are in alphabetical order, without Ё/ё.
                scalars.append(Unicode.Scalar(0x0410 + UInt32(byte - 0xC0))!)   // safe: U+0410–U+044F are scalars
            } else {
                scalars.append(Unicode.Scalar(windows1251High[Int(byte - 0x80)])!)   // safe: the table holds scalars only
            }
        }
        return String(scalars)
    }

    /// Unicode code points of Windows-1251 bytes 0x80–0xBF.
    static let windows1251High: [UInt32] = [
        0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
        0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F, // 88–8F
        0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
        0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, // 98–9F
        0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, // A0–A7
        0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, // A8–AF
        0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, // B0–B7
        0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, // B8–BF
    ]

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    private static func workbookKind(_ bytes: [UInt8]) -> LocalizedText? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return LocalizedText(en: "an Excel or OpenDocument workbook (.xlsx, .ods)", ru: "книга Excel или OpenDocument (.xlsx, .ods)")
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return LocalizedText(en: "an old Excel workbook (.xls)", ru: "книга Excel старого формата (.xls)")
        }
        return nil
    }
}
