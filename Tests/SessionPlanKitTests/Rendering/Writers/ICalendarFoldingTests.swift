import Testing
@testable import SessionPlanKit

@Suite struct ICalendarFoldingTests {
    /// Every physical line must be a complete, valid UTF-8 string of ≤ 75 octets.
    func checkPhysicalLines(_ lines: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for (index, line) in lines.enumerated() {
            let bytes = Array(line.utf8)
            #expect(bytes.count <= 75, "line \(index) has \(bytes.count) octets", sourceLocation: sourceLocation)
            #expect(String(validating: bytes, as: UTF8.self) != nil, "line \(index) is not valid UTF-8",
                    sourceLocation: sourceLocation)
            if index > 0 {
                #expect(bytes.first == 0x20, sourceLocation: sourceLocation) // bytes: a space plus a combining mark is one Character
            }
        }
    }

    @Test func longCyrillicSummaryFoldsOnOctetsAndUnfoldsBack() {
        let summary = String(repeating: "Стратегическая сессия: приоритеты развития региона, ", count: 6)
        var writer = ICalendarWriter()
        writer.text("SUMMARY", summary)
        let output = writer.output
        #expect(output.hasSuffix("\r\n"))
        let physical = output.dropLast(2).components(separatedBy: "\r\n")
        #expect(physical.count > 8)
        checkPhysicalLines(physical)
        // Byte-level check on the serialised stream: no physical line starts
        // with a UTF-8 continuation byte (0b10xxxxxx) after the fold space.
        let bytes = Array(output.utf8)
        for i in 0..<(bytes.count - 3) where bytes[i] == 0x0D && bytes[i + 1] == 0x0A && bytes[i + 2] == 0x20 {
            #expect(bytes[i + 3] & 0xC0 != 0x80)
            #expect(bytes[i - 1] < 0x80 || bytes[i - 1] & 0xC0 == 0x80) // ended on a full sequence
        }
        let unfolded = ICalendarFolding.unfold(output)
        #expect(unfolded == "SUMMARY:" + ICalendarText.escapeText(summary) + "\r\n")
    }

    @Test(arguments: [
        "", "SUMMARY:коротко", String(repeating: "a", count: 75), String(repeating: "a", count: 76),
        "DESCRIPTION:" + String(repeating: "группа «Группа 1»\\, направление 1 — «Точка кипения»\\n", count: 40),
        "SUMMARY:" + String(repeating: "🎯👨‍👩‍👧‍👦🇷🇺", count: 12), "SUMMARY:" + String(repeating: "е\u{0301}", count: 60),
    ])
    func theStreamHoldsTheFoldedLinesEachEndedByCRLF(line: String) {
        var bytes: [UInt8] = [0x41]
        ICalendarFolding.append(line, to: &bytes)
        #expect(bytes == [0x41] + Array(ICalendarFolding.fold(line).map { $0 + "\r\n" }.joined().utf8))
        checkPhysicalLines(ICalendarFolding.fold(line))
        #expect(ICalendarFolding.unfold(String(decoding: bytes.dropFirst(), as: UTF8.self)) == line + "\r\n")
    }

    @Test func emojiAreNeverSplit() {
        let line = "SUMMARY:" + String(repeating: "🎯👨‍👩‍👧‍👦🇷🇺", count: 12)
        let folded = ICalendarFolding.fold(line)
        checkPhysicalLines(folded)
        // Grapheme clusters survive whole: each physical line holds whole clusters.
        for piece in folded.dropFirst() {
            for character in piece.dropFirst() {
                #expect(["🎯", "👨‍👩‍👧‍👦", "🇷🇺"].contains(character))
            }
        }
        #expect(ICalendarFolding.unfold(folded.joined(separator: "\r\n")) == line)
    }

    @Test func clusterLongerThanALineFallsBackToScalarBoundaries() {
        let huge = "e" + String(repeating: "\u{301}", count: 60) // one cluster, 121 octets
        let folded = ICalendarFolding.fold("X:" + huge)
        #expect(folded.count == 2)
        checkPhysicalLines(folded)
        #expect(ICalendarFolding.unfold(folded.joined(separator: "\r\n")) == "X:" + huge)
    }

    @Test(arguments: [74, 75])
    func asciiLineUpToLimitIsNotFolded(octets: Int) {
        let line = String(repeating: "a", count: octets)
        #expect(ICalendarFolding.fold(line) == [line])
    }

    @Test func asciiLineOf76OctetsFoldsAfter75() {
        let line = String(repeating: "a", count: 75) + "b"
        #expect(ICalendarFolding.fold(line) == [String(repeating: "a", count: 75), " b"])
    }

    @Test func continuationLineCountsTheFoldingSpace() {
        let line = String(repeating: "a", count: 75 + 74 + 1)
        let folded = ICalendarFolding.fold(line)
        #expect(folded.map(\.utf8.count) == [75, 75, 2])
    }

    @Test func twoByteLetterStraddlingTheLimitMovesToNextLine() {
        // 74 + 2 = 76 octets: the letter cannot fit, so the first line has 74.
        let line = String(repeating: "a", count: 74) + "й"
        #expect(ICalendarFolding.fold(line) == [String(repeating: "a", count: 74), " й"])
        // 73 + 2 = 75 octets: fits exactly.
        let exact = String(repeating: "a", count: 73) + "й"
        #expect(ICalendarFolding.fold(exact) == [exact])
    }

    @Test func fourByteEmojiStraddlingTheLimit() {
        let line = String(repeating: "a", count: 72) + "🎯" // 76 octets
        #expect(ICalendarFolding.fold(line) == [String(repeating: "a", count: 72), " 🎯"])
    }

    /// The rule itself, cluster by cluster: as many whole clusters on a line as its octets allow.
    static func greedy(_ line: String) -> [String] {
        var lines: [String] = [], current = "", capacity = 75
        for character in line {
            if current.utf8.count + character.utf8.count > capacity {
                lines.append(current)
                current = " "
                capacity = 75
            }
            current.append(character)
        }
        return lines + [current]
    }

    @Test(arguments: [
        // Read by the bytes: every character its own cluster.
        "DESCRIPTION:" + String(repeating: "группа «Группа 1»\\, направление 3 «Сельские библиотеки» · комната: № 201 — Zoom\\n", count: 40),
        "SUMMARY:" + String(repeating: "ÄéØ ł Ё ў…", count: 30),
        // A combining accent, a joiner: by the characters.
        "SUMMARY:" + String(repeating: "Ударе\u{301}ние и 👩‍💻 ", count: 20),
    ])
    func everyLineIsFoldedAsTheClustersAllow(line: String) {
        let folded = ICalendarFolding.fold(line)
        #expect(folded == Self.greedy(line))
        checkPhysicalLines(folded)
        #expect(ICalendarFolding.unfold(folded.joined(separator: "\r\n")) == line)
    }

    @Test func unfoldAcceptsTabAndBareLF() {
        #expect(ICalendarFolding.unfold("SUMMARY:ab\r\n\tcd\n ef") == "SUMMARY:abcdef")
        #expect(ICalendarFolding.unfold("A:1\r\nB:2") == "A:1\r\nB:2")
    }
}
