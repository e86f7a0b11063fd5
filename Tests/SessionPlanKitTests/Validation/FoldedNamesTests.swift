import Testing
@testable import SessionPlanKit

/// Folding and numbering the words of names (`FoldedNames`).
@Suite struct FoldedNamesTests {
    /// Each distinct word's folded bytes are kept once, however many names share it,
    /// and every name still reads as its own words.
    @Test func keepsTheBytesOfEachDistinctWordOnce() {
        let folded = FoldedNames(["Анна Петрова", "АННА Иванова", "Пётр Петров Петров", "Анна Петрова"])
        #expect(folded.wordCount == 5)
        #expect(folded.bytes.count == ["анна", "петрова", "иванова", "петр", "петров"].reduce(0) { $0 + $1.utf8.count })
        let names = (0..<folded.nameCount).map { folded.words(ofName: $0).map { folded.text(ofWord: Int($0)) }.joined(separator: " ") }
        #expect(names == ["анна петрова", "анна иванова", "петр петров петров", "анна петрова"])
    }

    /// A name of another script is folded by Unicode's rules, its new words kept the same way.
    @Test func foldsOtherScriptsSlowlyAndKeepsTheirWords() {
        let folded = FoldedNames(["Ἀθηνᾶ Παλλάς", "ἀθηνᾶ Ἑρμῆς"])
        #expect(folded.wordCount == 3)
        #expect(folded.text(ofWord: Int(folded.words(ofName: 1)[folded.words(ofName: 1).startIndex + 1])) == "ἑρμῆς")
    }
}
