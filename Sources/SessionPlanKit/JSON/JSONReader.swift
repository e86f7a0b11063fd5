/// Reads JSON (RFC 8259) from UTF-8 bytes into a `JSONValue` tree with locations.
public enum JSONReader {
    /// Deepest nesting of arrays and objects accepted; deeper input is a `json-syntax` error.
    public static let maximumDepth = 512

    /// Parses a whole document. A UTF-8 byte order mark at the start is skipped.
    /// Fails with one `encoding` or `json-syntax` diagnostic located where reading stopped.
    public static func parse(_ bytes: [UInt8]) -> Result<JSONValue, Diagnostic> {
        .failure(.error(.jsonSyntax, LocalizedText(en: "not implemented", ru: "не реализовано"),
                        at: SourceLocation(line: 1, column: 1, offset: 0)))
    }
}
