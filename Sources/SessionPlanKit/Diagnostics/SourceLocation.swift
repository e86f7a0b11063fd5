/// A place in a source file: 1-based line and column, the column counted in
/// characters (Unicode scalars), so a caret lands right under Cyrillic text,
/// plus the byte offset for finding the line again when printing.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    /// Byte offset of the location in the file's UTF-8 bytes (after any byte order mark is skipped, still counted from the file's first byte).
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}
