/// A place in a source file: 1-based line and column, the column counted in
/// characters (Unicode scalars), so a caret lands right under Cyrillic text,
/// plus the byte offset for finding the line again when printing.
///
/// Stored in 32 bits each: every value of a file carries one, so their size
/// is felt on large plans. Numbers past 2^31 (a file of more than 2 GB) are
/// clamped, never trapped on.
struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    private var storedLine: Int32
    private var storedColumn: Int32
    private var storedOffset: UInt32

    var line: Int { Int(storedLine) }
    var column: Int { Int(storedColumn) }
    /// Byte offset of the location in the file's UTF-8 bytes (after any byte order mark is skipped, still counted from the file's first byte).
    var offset: Int { Int(storedOffset) }

    init(line: Int, column: Int, offset: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
        storedOffset = UInt32(clamping: offset)
    }

    static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }

    var description: String { "\(line):\(column)" }
}
