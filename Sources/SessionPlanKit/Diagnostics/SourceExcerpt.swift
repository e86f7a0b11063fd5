/// The part of a source line a diagnostic shows under its message: the whole
/// line when it is short, else a window of `width` characters around the
/// place, with `…` where it is cut.
///
/// Found from the byte offset by looking at most `width + 1` characters to
/// either side, never at the whole line: a minified file is one line of
/// megabytes, and each of thousands of messages on it costs only its window.
/// Characters that would act on a terminal are shown as U+FFFD, one for one,
/// so the caret stays under its column.
struct SourceExcerpt: Equatable {
    /// The text shown, already cleaned.
    let text: String
    /// The 1-based character column of the place within `text`.
    let column: Int

    /// The excerpt of the line holding byte `offset` of `bytes`, whose first
    /// `skip` bytes (a byte order mark) are not text. Nil past the end.
    init?(bytes: [UInt8], offset: Int, skip: Int = 0, width: Int) {
        guard offset >= 0, offset <= bytes.count, width > 0 else { return nil }
        let isLineEnd: (UInt8) -> Bool = { $0 == 0x0A || $0 == 0x0D }
        let isLead: (UInt8) -> Bool = { $0 & 0xC0 != 0x80 }
        let floor = min(skip, bytes.count)
        // Back to the line start or `width + 1` characters, whichever is nearer.
        var start = max(min(offset, bytes.count), floor)
        var before = 0
        while start > floor, !isLineEnd(bytes[start - 1]), before <= width {
            start -= 1
            if isLead(bytes[start]) { before += 1 }
        }
        let startsLine = start == floor || isLineEnd(bytes[start - 1])
        // Forward to the line end or `width + 1` characters.
        var end = max(min(offset, bytes.count), floor)
        var after = 0
        while end < bytes.count, !isLineEnd(bytes[end]), after <= width {
            if isLead(bytes[end]) { after += 1 }
            end += 1
            while end < bytes.count, !isLead(bytes[end]) { end += 1 }
        }
        let endsLine = end == bytes.count || isLineEnd(bytes[end])
        var scalars = Array(String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars)
        // The place, counted in characters from `start` (invalid bytes decode to one U+FFFD each, like the reader counts lead bytes).
        var place = min(before, scalars.count)
        var prefix = false, suffix = false
        if !(startsLine && endsLine && scalars.count <= width) {
            // The window the whole-line view would pick: centred on the place, kept inside the line.
            let lineStart = startsLine ? -place : Int.min / 2
            let lineEnd = endsLine ? scalars.count - place : Int.max / 2
            let windowStart = max(lineStart, min(-width / 2, lineEnd - width))
            let windowEnd = min(lineEnd, windowStart + width)
            let from = max(0, place + windowStart), to = min(scalars.count, place + windowEnd)
            prefix = from > 0 || !startsLine
            suffix = to < scalars.count || !endsLine
            scalars = Array(scalars[from..<to])
            place -= from
        }
        var shown = String.UnicodeScalarView()
        if prefix { shown.append("…") }
        shown.append(contentsOf: scalars)
        if suffix { shown.append("…") }
        text = OutputSanitizer.cleanKeepingWidth(String(shown))
        column = place + 1 + (prefix ? 1 : 0)
    }
}
