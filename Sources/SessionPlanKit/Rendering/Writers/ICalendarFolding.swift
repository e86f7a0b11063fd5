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
