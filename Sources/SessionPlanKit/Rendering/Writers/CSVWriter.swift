/// RFC 4180 CSV output with spreadsheet formula neutralisation.
///
/// The CSV export is opened in Excel or LibreOffice by organizers, so two
/// things matter beyond RFC 4180 quoting: an optional UTF-8 BOM (Excel on
/// Windows otherwise reads UTF-8 Cyrillic as CP1251 mojibake), and formula
/// injection. A cell beginning with `=`, `+`, `-`, `@`, tab, CR or NUL may be
/// evaluated as a formula, so, following OWASP's CSV-injection guidance, it is
/// prefixed with an apostrophe, which spreadsheets read as "this is text".
///
/// The rule is applied blindly, so a phone number `+7 900 …` becomes
/// `'+7 900 …` and `-1` becomes `'-1`. Guessing which values are "harmless"
/// (`+7 900 123-45-67` versus `+7+cmd|…`) is exactly the kind of cleverness
/// attackers exploit, and one rule is easier to explain to users than a
/// heuristic; text that looks odd is better than a formula that runs.
struct CSVWriter: Sendable {
    struct Options: Sendable, Hashable {
        /// Prefix the document with U+FEFF so Excel detects UTF-8.
        var includeBOM: Bool
        /// Field separator. `;` suits Russian-locale Excel, where `,` is the
        /// decimal separator.
        var delimiter: Character
        /// Prefix formula-like cells with `'` (see the type's documentation).
        var neutralizeFormulas: Bool
        /// Also after every separator and line break inside a field, where splitting the text into
        /// columns would start a cell. Off for fields of prose to be merged into letters, whose lines
        /// («- Направление 1 …») are text, never cells.
        var neutralizeInsideFields = true

        init(includeBOM: Bool = false, delimiter: Character = ",", neutralizeFormulas: Bool = true) {
            self.includeBOM = includeBOM
            self.delimiter = delimiter
            self.neutralizeFormulas = neutralizeFormulas
        }

        init(includeBOM: Bool = false, separator: CSVSeparator, neutralizeFormulas: Bool = true) {
            self.init(includeBOM: includeBOM, delimiter: separator.character, neutralizeFormulas: neutralizeFormulas)
        }
    }

    /// Characters that make a spreadsheet read a cell as a formula when they
    /// begin it (OWASP's CSV-injection list, NUL, and the full-width forms some
    /// spreadsheets accept for `=`, `+`, `-` and `@`).
    static let formulaTriggers: Set<Unicode.Scalar> = [
        "=", "+", "-", "@", "\t", "\r", "\0", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
    ]

    /// Characters after which a spreadsheet may start a new cell when it reads
    /// the file with another separator than the one written: every separator
    /// in use somewhere and the line breaks.
    static let cellBoundaries: Set<Unicode.Scalar> = [",", ";", "\t", "\n", "\r"]

    let options: Options
    /// The delimiter's UTF-8 bytes, and the delimiter as one byte when it is ASCII (every
    /// separator `--separator` offers): worked out once, not for each of a roster's fields.
    private let delimiterBytes: [UInt8]
    private let delimiterByte: UInt8?
    /// Per byte value, how the one look at a plain field treats it (`isPlain`): 0, a byte that
    /// goes out as it is; 1, the lead byte of a Cyrillic letter (D0, D1); 2, any other (the
    /// delimiter, a quote, a cell boundary, a control, other UTF-8), which the careful check decides.
    private let byteClasses: [UInt8]

    init(options: Options = Options()) {
        self.options = options
        delimiterBytes = Array(String(options.delimiter).utf8)
        let delimiterByte = delimiterBytes.count == 1 && delimiterBytes[0] < 0x80 ? delimiterBytes[0] : nil
        self.delimiterByte = delimiterByte
        var classes = [UInt8](repeating: 2, count: 256)
        if let delimiterByte {
            for byte in UInt8(0x20)...0x7E where !Self.needsQuotes(byte, separator: delimiterByte) { classes[Int(byte)] = 0 }
            classes[0xD0] = 1
            classes[0xD1] = 1
        }
        byteClasses = classes
    }

    /// One field, cleaned, neutralised and quoted as needed.
    ///
    /// Control characters other than tab and line feed are made visible
    /// (`OutputSanitizer`). A formula trigger is prefixed with `'` at the start
    /// of the field and (unless `neutralizeInsideFields` is off) after every comma,
    /// semicolon, tab or line break inside it, since a spreadsheet importing with
    /// another separator (or splitting text into columns) would start a cell there. The field is quoted when it
    /// holds the separator, any other common separator (comma, semicolon, tab),
    /// a double quote or a line break, or begins or ends with a space (RFC 4180
    /// keeps spaces, but many readers trim unquoted ones). Inner quotes are doubled.
    func field(_ value: String) -> String {
        var out: [UInt8] = []
        append(field: value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `field(value)` appended to `out`: a plain field (nearly all) is looked at and
    /// copied straight from its UTF-8 bytes, with no string of its own.
    private func append(field value: String, to out: inout [UInt8]) {
        var value = value
        let copied = value.withUTF8 { bytes in
            guard let separator = delimiterByte, isPlain(bytes, separator: separator) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if copied { return }
        let cleaned = OutputSanitizer.clean(value, keepingLineFeeds: true)
        var text = String.UnicodeScalarView()
        var needsQuotes = false
        var atCellStart = true
        let delimiter = options.delimiter.unicodeScalars.first
        for scalar in cleaned.unicodeScalars {
            if options.neutralizeFormulas, atCellStart, Self.formulaTriggers.contains(scalar) { text.append("'") }
            if scalar == delimiter || scalar == "\"" || Self.cellBoundaries.contains(scalar) { needsQuotes = true }
            if scalar == "\"" { text.append("\"") }
            text.append(scalar)
            atCellStart = options.neutralizeInsideFields && Self.cellBoundaries.contains(scalar)
        }
        if let first = text.first, first == " " { needsQuotes = true }
        if let last = text.last, last == " " { needsQuotes = true }
        if needsQuotes { out.append(0x22) }
        out.append(contentsOf: String(text).utf8)
        if needsQuotes { out.append(0x22) }
    }

    /// Whether the field goes out as it is: no byte that needs quotes (the delimiter, a quote,
    /// a cell boundary), no space at either end, no first byte that could start a formula
    /// (a lead byte of U+FF00–U+FFFF included), and nothing `OutputSanitizer` would clean.
    /// Most fields of a roster are names: ASCII and Cyrillic letters, settled by one look at
    /// each byte in `byteClasses`; a field with any other byte gets the careful check.
    private func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        if first == 0x20 || last == 0x20 { return false }
        if options.neutralizeFormulas {
            switch first {
            case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D, 0x00, 0xEF: return false
            default: break
            }
        }
        let settled = byteClasses.withUnsafeBufferPointer { classes -> Bool in
            var index = 0
            while index < bytes.count {
                switch classes[Int(bytes[index])] {
                case 0: index += 1
                case 1 where index + 1 < bytes.count && bytes[index + 1] & 0xC0 == 0x80: index += 2
                default: return false
                }
            }
            return true
        }
        return settled || Self.isPlainCarefully(bytes, separator: separator)
    }

    /// `isPlain` for a field with a byte that one look does not settle: byte by byte for the
    /// characters that need quotes, then `OutputSanitizer` for the rest.
    private static func isPlainCarefully(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) -> Bool {
        !bytes.contains { needsQuotes($0, separator: separator) } && !OutputSanitizer.needsCleaning(bytes, keepingLineFeeds: true)
    }

    /// Whether a byte makes its field need quotes: the delimiter, a quote, a cell boundary.
    private static func needsQuotes(_ byte: UInt8, separator: UInt8) -> Bool {
        switch byte {
        case separator, 0x22, 0x2C, 0x3B, 0x09, 0x0A, 0x0D: true
        default: false
        }
    }

    /// One record terminated by CRLF.
    func record(_ fields: [String]) -> String {
        var out: [UInt8] = []
        append(record: fields, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `record(fields)` appended to `out`.
    func append(record fields: [String], to out: inout [UInt8]) {
        for (index, field) in fields.enumerated() { append(field: field, at: index, to: &out) }
        endRecord(&out)
    }

    /// The field at `index` of a record appended to `out`, after the separator
    /// unless it is the first: a record written field by field, with no array of its own.
    func append(field value: String, at index: Int, to out: inout [UInt8]) {
        if index > 0 {
            if let delimiterByte { out.append(delimiterByte) } else { out.append(contentsOf: delimiterBytes) }
        }
        append(field: value, to: &out)
    }

    /// Ends a record written with `append(field:at:to:)`: CRLF.
    func endRecord(_ out: inout [UInt8]) {
        out.append(0x0D)
        out.append(0x0A)
    }

    /// What a document begins with: the BOM if requested.
    var documentStart: [UInt8] { options.includeBOM ? [0xEF, 0xBB, 0xBF] : [] }

    /// A whole document: the BOM if requested, then every record, each
    /// terminated by CRLF (RFC 4180 allows the last one to end with CRLF).
    func document(_ records: [[String]]) -> String {
        var out = documentStart
        for record in records { append(record: record, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }
}
