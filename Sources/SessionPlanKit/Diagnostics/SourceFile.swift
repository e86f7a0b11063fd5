/// An input file as read: its name as the user gave it and its bytes, kept
/// so that diagnostics can show the line they point at.
struct SourceFile: Sendable {
    /// The path as given on the command line, or `<stdin>`.
    let name: String
    let bytes: [UInt8]

    init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// 3 when the file starts with a UTF-8 byte order mark, else 0.
    var byteOrderMarkLength: Int { bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0 }

    /// The text of the line holding byte `offset`, without its line end;
    /// invalid UTF-8 is shown as U+FFFD. Nil when the offset is past the end.
    func line(containing offset: Int) -> String? {
        guard offset >= 0, offset <= bytes.count else { return nil }
        var start = min(offset, bytes.count)
        while start > 0, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x0D { start -= 1 }
        var end = start
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        var slice = bytes[start..<end]
        if start == 0, slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        return String(decoding: slice, as: UTF8.self)
    }
}
