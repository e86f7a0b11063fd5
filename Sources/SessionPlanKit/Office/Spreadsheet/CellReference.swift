/// A cell's name as a spreadsheet shows it (`B7`): column letters and a row number.
enum CellReference {
    /// Excel's last column (XFD) and row.
    static let maxColumns = 16_384
    static let maxRows = 1_048_576

    /// The letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA.
    static func columnName(_ index: Int) -> String {
        var n = max(0, index) + 1
        var letters: [Character] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// The name of the cell at a 0-based column and a 1-based row.
    static func name(column: Int, row: Int) -> String { columnName(column) + String(row) }

    /// The 0-based column and 1-based row of a name such as `B7` (`$B$7` too); nil when it is not one.
    static func parse(_ text: String) -> (column: Int, row: Int)? {
        var column = 0, row = 0, letters = 0, digits = 0
        for scalar in text.unicodeScalars where scalar != "$" {
            switch scalar.value {
            case 65...90, 97...122:
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int(scalar.value & 0x1F)
                letters += 1
            case 48...57:
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(scalar.value - 48)
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, row >= 1, row <= maxRows, column <= maxColumns else { return nil }
        return (column - 1, row)
    }
}
