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
public struct CSVWriter: Sendable {
    public struct Options: Sendable, Hashable {
        /// Prefix the document with U+FEFF so Excel detects UTF-8.
        public var includeBOM: Bool
        /// Field separator. `;` suits Russian-locale Excel, where `,` is the
        /// decimal separator.
        public var delimiter: Character
        /// Prefix formula-like cells with `'` (see the type's documentation).
        public var neutralizeFormulas: Bool

        public init(includeBOM: Bool = false, delimiter: Character = ",", neutralizeFormulas: Bool = true) {
            self.includeBOM = includeBOM
            self.delimiter = delimiter
            self.neutralizeFormulas = neutralizeFormulas
        }
    }

    /// Leading characters that make a spreadsheet treat a cell as a formula.
    public static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\0"]

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// One field, neutralised and quoted as needed. Quoting happens when the
    /// field holds the delimiter, a double quote, CR or LF, or begins or ends
    /// with a space or tab (RFC 4180 keeps spaces, but many readers trim
    /// unquoted ones). Inner quotes are doubled.
    public func field(_ value: String) -> String {
        var value = value
        if options.neutralizeFormulas, let first = value.unicodeScalars.first, Self.formulaTriggers.contains(first) {
            value = "'" + value
        }
        let delimiter = options.delimiter
        var needsQuotes = false
        for character in value where character == delimiter || character == "\"" || character.isNewline {
            needsQuotes = true
            break
        }
        if let first = value.unicodeScalars.first, first == " " || first == "\t" { needsQuotes = true }
        if let last = value.unicodeScalars.last, last == " " || last == "\t" { needsQuotes = true }
        guard needsQuotes else { return value }
        var quoted = "\""
        for scalar in value.unicodeScalars {
            if scalar == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(scalar) }
        }
        return quoted + "\""
    }

    /// One record terminated by CRLF.
    public func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: String(options.delimiter)) + "\r\n"
    }

    /// A whole document: the BOM if requested, then every record, each
    /// terminated by CRLF (RFC 4180 allows the last one to end with CRLF).
    public func document(_ records: [[String]]) -> String {
        (options.includeBOM ? "\u{FEFF}" : "") + records.map(record).joined()
    }
}
