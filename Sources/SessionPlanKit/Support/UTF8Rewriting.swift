/// Text rewritten on its UTF-8 bytes, for the escapers of the outputs (XML, HTML, iCalendar):
/// what they replace or drop is an ASCII character or a whole character found by its bytes, so
/// the runs between are copied whole, and a text with nothing to replace is not copied at all.
/// (A list of 10,000 groups in a calendar's description, or a worksheet of 100,000 rows, is
/// megabytes of text.)
enum UTF8Rewriting {
    /// What the bytes at a place become: `text` instead of the first `length` of them ("" drops them).
    struct Replacement {
        let text: StaticString
        let length: Int

        init(_ text: StaticString, length: Int = 1) {
            self.text = text
            self.length = length
        }
    }

    /// `source` appended to `out`, each place for which `replacement` gives one rewritten; no
    /// place before `start` is looked at.
    @inline(__always)
    static func append(_ source: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], from start: Int = 0,
                       replacing replacement: (UnsafeBufferPointer<UInt8>, Int) -> Replacement?) {
        var runStart = 0, index = start
        while index < source.count {
            guard let found = replacement(source, index) else {
                index += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
            found.text.withUTF8Buffer { out.append(contentsOf: $0) }
            index += found.length
            runStart = index
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
    }

    /// `text` rewritten as `append` does: `text` itself when nothing in it is replaced.
    @inline(__always)
    static func rewritten(_ text: String, replacing replacement: (UnsafeBufferPointer<UInt8>, Int) -> Replacement?) -> String {
        let changed = text.withUTF8Bytes { source -> String? in
            guard let first = source.indices.first(where: { replacement(source, $0) != nil }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(source.count + source.count / 16 + 16)
            append(source, to: &out, from: first, replacing: replacement)
            return String(decoding: out, as: UTF8.self)
        }
        return changed ?? text
    }
}
