/// Line folding for iCalendar (RFC 5545 §3.1).
///
/// A physical line SHOULD NOT exceed 75 *octets* excluding the CRLF; longer
/// content lines are folded by inserting CRLF followed by one space. Counting
/// characters instead of octets is the classic bug: a Cyrillic letter is two
/// UTF-8 bytes, so a 75-character Russian summary is ~150 bytes. Splitting in
/// the middle of a UTF-8 sequence yields mojibake in clients that decode each
/// physical line separately, so folds are placed only between grapheme
/// clusters (falling back to Unicode scalar boundaries for a single cluster
/// too long to fit on a line, which never happens with real text).
enum ICalendarFolding {
    /// The maximum physical line length in octets, excluding CRLF.
    static let maxOctets = 75

    /// Folds one unfolded content line into physical lines (without CRLFs).
    ///
    /// Every returned line is at most `maxOctets` UTF-8 octets; continuation
    /// lines start with the single folding space, which counts toward the limit.
    /// A limit below 5 is taken as 5: a line must hold one UTF-8 sequence after the folding space.
    static func fold(_ line: String, maxOctets requested: Int = ICalendarFolding.maxOctets) -> [String] {
        let maxOctets = max(5, requested)
        var simple: [UInt8] = []
        if foldSimple(line, maxOctets: maxOctets, into: &simple) {
            // Each physical line ends with its CRLF, and a simple line has no CR of its own.
            var lines: [String] = [], start = 0
            for index in simple.indices where simple[index] == 0x0D {
                lines.append(String(decoding: simple[start..<index], as: UTF8.self))
                start = index + 2
            }
            return lines
        }
        return foldByCharacters(line, maxOctets: maxOctets)
    }

    /// The physical lines of `line` appended to `out`, each ended by CRLF: the stream as it is
    /// written, without a `String` per physical line.
    static func append(_ line: String, to out: inout [UInt8], maxOctets requested: Int = ICalendarFolding.maxOctets) {
        let maxOctets = max(5, requested)
        guard !foldSimple(line, maxOctets: maxOctets, into: &out) else { return }
        for physical in foldByCharacters(line, maxOctets: maxOctets) {
            out.append(contentsOf: physical.utf8)
            out.append(contentsOf: [0x0D, 0x0A])
        }
    }

    /// Folded between grapheme clusters, for a line that `foldSimple` leaves.
    private static func foldByCharacters(_ line: String, maxOctets: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentOctets = 0
        var capacity = maxOctets

        func breakLine() {
            lines.append(current)
            current = " "
            currentOctets = 1
            capacity = maxOctets
        }

        for character in line {
            let octets = character.utf8.count
            if currentOctets + octets <= capacity {
                current.append(character)
                currentOctets += octets
                continue
            }
            if octets <= capacity - 1 {
                // Fits on a fresh continuation line: fold before the cluster.
                breakLine()
                current.append(character)
                currentOctets += octets
                continue
            }
            // A single grapheme cluster longer than a whole line: split it
            // between its scalars, which keeps every UTF-8 sequence intact.
            for scalar in character.unicodeScalars {
                let scalarOctets = String(scalar).utf8.count
                if currentOctets + scalarOctets > capacity { breakLine() }
                current.unicodeScalars.append(scalar)
                currentOctets += scalarOctets
            }
        }
        lines.append(current)
        return lines
    }

    /// The same for a line of scalars that each make a cluster of their own (`isAlone`): folded
    /// between scalars, by the UTF-8 bytes, without breaking the text into `Character`s, and
    /// appended to `out` with a CRLF after each physical line. False, with `out` as it was, when
    /// some scalar may join its neighbour (a combining mark, a joiner, an emoji, …).
    private static func foldSimple(_ line: String, maxOctets: Int, into out: inout [UInt8]) -> Bool {
        let mark = out.count
        let folded = line.withUTF8Bytes { bytes -> Bool in
            var start = 0, index = 0
            var capacity = maxOctets
            while index < bytes.count {
                let lead = bytes[index]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                guard index + length <= bytes.count, isAlone(bytes, at: index, length: length) else { return false }
                if index + length - start > capacity {
                    if start > 0 { out.append(0x20) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    out.append(0x0D)
                    out.append(0x0A)
                    start = index
                    capacity = maxOctets - 1   // the folding space
                }
                index += length
            }
            if start > 0 { out.append(0x20) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
            out.append(0x0D)
            out.append(0x0A)
            return true
        }
        if !folded { out.removeSubrange(mark...) }
        return folded
    }

    /// Whether the scalar at `index` can neither extend the one before it nor be extended, so that
    /// a cluster boundary (UAX #29) lies on each side: the characters of Russian and English text.
    /// ASCII but CR (which joins a following LF); Latin-1 and Latin Extended (U+00A0–U+024F);
    /// Cyrillic letters (U+0400–U+0482, U+048A–U+04FF); dashes, quotes, bullets and the ellipsis
    /// (U+2010–U+2027); «№» and the letterlike symbols (U+2100–U+214F).
    private static func isAlone(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Bool {
        let lead = bytes[index]
        switch length {
        case 1: return lead != 0x0D
        case 2:
            let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            return (0xA0...0x24F).contains(value) || (0x400...0x482).contains(value) || (0x48A...0x4FF).contains(value)
        case 3:
            let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            return (0x2010...0x2027).contains(value) || (0x2100...0x214F).contains(value)
        default: return false
        }
    }

    /// Reverses folding: removes every CRLF (or bare LF) immediately followed
    /// by a single space or tab. Works on bytes so that it is exact even if a
    /// foreign producer folded inside a UTF-8 sequence.
    static func unfold(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D, index + 2 < bytes.count, bytes[index + 1] == 0x0A,
               bytes[index + 2] == 0x20 || bytes[index + 2] == 0x09 {
                index += 3
                continue
            }
            if bytes[index] == 0x0A, index + 1 < bytes.count,
               bytes[index + 1] == 0x20 || bytes[index + 1] == 0x09 {
                index += 2
                continue
            }
            out.append(bytes[index])
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
