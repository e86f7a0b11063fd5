/// The field separators spreadsheets read and write CSV with: semicolon (Excel
/// in a Russian locale, where the comma is the decimal separator), comma
/// (English Excel), tab. One type for the reader (detecting a registration
/// list's), the writer and `--separator comma|semicolon|tab`.
enum CSVSeparator: String, Sendable, Hashable, CaseIterable {
    // As `--separator` lists them (the reader breaks ties its own way: `CSVReader.detectSeparator`).
    case comma, semicolon, tab

    init?(byte: UInt8) {
        guard let separator = Self.allCases.first(where: { $0.byte == byte }) else { return nil }
        self = separator
    }

    var byte: UInt8 {
        switch self {
        case .semicolon: 0x3B
        case .comma: 0x2C
        case .tab: 0x09
        }
    }

    var character: Character { Character(Unicode.Scalar(byte)) }

    var displayName: LocalizedText {
        switch self {
        case .semicolon: LocalizedText(en: "semicolon", ru: "точка с запятой")
        case .comma: LocalizedText(en: "comma", ru: "запятая")
        case .tab: LocalizedText(en: "tab", ru: "табуляция")
        }
    }

    /// The separator a spreadsheet in the language's locale splits on: `;` for Russian, `,` for English.
    static func spreadsheet(for language: Language) -> CSVSeparator {
        switch language {
        case .ru: .semicolon
        case .en: .comma
        }
    }
}
