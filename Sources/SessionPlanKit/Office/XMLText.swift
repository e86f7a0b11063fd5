/// Escaping for the XML parts the Office writers produce: markup characters
/// become references, and characters XML 1.0 cannot hold (C0 controls other
/// than tab, line feed and carriage return, U+FFFE and U+FFFF) are dropped, so
/// no text from a session can break a part or smuggle markup into it.
enum XMLText {
    static func escape(_ text: String) -> String {
        UTF8Rewriting.rewritten(text, replacing: replacement)
    }

    /// What the byte at `index` (or the character it starts) becomes, if it is not kept: markup
    /// characters their references; C0 controls but tab, line feed and carriage return, U+FFFE
    /// and U+FFFF nothing.
    @inline(__always)
    static func replacement(_ source: UnsafeBufferPointer<UInt8>, at index: Int) -> UTF8Rewriting.Replacement? {
        switch source[index] {
        case UInt8(ascii: "&"): UTF8Rewriting.Replacement("&amp;")
        case UInt8(ascii: "<"): UTF8Rewriting.Replacement("&lt;")
        case UInt8(ascii: ">"): UTF8Rewriting.Replacement("&gt;")
        case UInt8(ascii: "\""): UTF8Rewriting.Replacement("&quot;")
        case 0x09, 0x0A, 0x0D: nil
        case 0x00..<0x20: UTF8Rewriting.Replacement("")
        case 0xEF where index + 2 < source.count && source[index + 1] == 0xBF && source[index + 2] >= 0xBE:
            UTF8Rewriting.Replacement("", length: 3)   // U+FFFE, U+FFFF
        default: nil
        }
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
}

/// An XML part built as UTF-8 bytes, for the parts that run to megabytes (a worksheet of
/// 100,000 rows): markup appended as it is, text through `appendEscaped`, never a `String`
/// concatenated piece by piece.
///
/// The bytes are kept as DEFLATE's pieces (`Deflater.Piece`) of about a megabyte, each with the
/// 32 KiB before it as its window: a part of 70 MB is never one buffer grown by doubling
/// (copied each time, with every page of each new buffer cleared by the kernel), and its
/// pieces are compressed as they are.
struct XMLBytes {
    private var done: [Deflater.Piece] = []
    private var current: [UInt8] = []
    /// Where in `current` its piece starts, after the window.
    private var currentStart = 0

    init() { current.reserveCapacity(256) }

    /// The part as one buffer, for the small ones.
    var bytes: [UInt8] {
        guard !done.isEmpty else { return currentStart == 0 ? current : Array(current[currentStart...]) }
        var all: [UInt8] = []
        all.reserveCapacity(count)
        for piece in pieces { all.append(contentsOf: piece.bytes[piece.start...]) }
        return all
    }

    /// The part in DEFLATE's pieces, in order.
    var pieces: [Deflater.Piece] { done + [Deflater.Piece(bytes: current, start: currentStart)] }

    var count: Int { done.reduce(current.count - currentStart) { $0 + $1.bytes.count - $1.start } }

    /// Markup written by the program itself (no text from outside).
    mutating func append(_ markup: StaticString) {
        markup.withUTF8Buffer { current.append(contentsOf: $0) }
        endPieceIfFull()
    }

    /// Markup made by the program (a cell reference, a number), or a part already escaped.
    mutating func append(markup: String) {
        var markup = markup
        markup.withUTF8 { current.append(contentsOf: $0) }
        endPieceIfFull()
    }

    /// Another part's bytes before these, as pieces of their own (the piece that was first has no
    /// window, and keeps none).
    mutating func prepend(_ part: XMLBytes) {
        done = part.pieces + done
    }

    /// A piece of `Deflater.pieceSize` is closed; the next starts with its last 32 KiB as window.
    private mutating func endPieceIfFull() {
        guard current.count - currentStart >= Deflater.pieceSize else { return }
        let window = Array(current.suffix(Deflater.windowSize))
        done.append(Deflater.Piece(bytes: current, start: currentStart))
        current = window
        current.reserveCapacity(window.count + Deflater.pieceSize + 4096)
        currentStart = window.count
    }

    /// Text from outside, escaped as `XMLText.escape` says. Runs without anything to escape are
    /// copied whole.
    mutating func appendEscaped(_ text: String) {
        text.withUTF8Bytes { UTF8Rewriting.append($0, to: &current, replacing: XMLText.replacement) }
        endPieceIfFull()
    }
}
