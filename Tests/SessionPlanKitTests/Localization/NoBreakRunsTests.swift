import Testing
@testable import SessionPlanKit

/// `NoBreakRuns.joined`: U+00A0 between the words of a run, every other character as it was.
@Suite struct NoBreakRunsTests {
    @Test func spacesInsideRunsBecomeNoBreakSpaces() {
        #expect(NoBreakRuns.joined("Иркутская ОГУНБ им. И. И. Молчанова-Сибирского")
                == "Иркутская ОГУНБ им.\u{A0}И.\u{A0}И.\u{A0}Молчанова-Сибирского")
        #expect(NoBreakRuns.joined("не позднее, чем за 12 часов до начала") == "не позднее, чем за 12\u{A0}часов до начала")
    }

    @Test func textOutsideRunsIsKeptAsItWas() {
        #expect(NoBreakRuns.joined("  два  пробела\tи\nперевод  ") == "  два  пробела\tи\nперевод  ")
        // A doubled space inside a run becomes one no-break space; a line break inside a run stays.
        #expect(NoBreakRuns.joined("им.  Пушкина, 12\nчасов") == "им.\u{A0}Пушкина, 12\nчасов")
        #expect(NoBreakRuns.joined("") == "")
    }

    @Test(arguments: [
        ("Иванов Иван Иванович", false), ("Работа в группах", false), ("«Точки кипения» в сельских библиотеках", false),
        ("И. Молчанова", true), ("Дом 12 этаж", true), ("№ 5", true), ("слово — дело", true), ("10–12", true), ("", false),
        ("участники (10): Иванов Иван Иванович, Петрова Анна Сергеевна", false), ("Группа\u{A0}1 час", true), ("a1 b", false),
        // A number not followed by a word that begins with a letter, or a word of digits that is not a number.
        ("Дом 12", false), ("Группа\u{A0}1", false), ("группа «Группа 17», направление 1 «Направление 1»", false),
        ("12, 13, 14", false), ("12, 13 и 14", true), ("1,5\u{A0}часа", true), ("10-12 мая", true), ("2 «Точки»", false), ("5 µs", true),
    ])
    func onlyTextsWithATriggerAreLookedAtWordByWord(text: String, may: Bool) {
        #expect(NoBreakRuns.mayJoin(text) == may)
    }

    /// The look at the bytes never skips a run: every mix of the pieces that matter (numbers,
    /// separators, white space of every kind, letters, signs, combining marks) that it lets
    /// through unchanged has no run of two words.
    @Test func theLookAtTheBytesNeverSkipsARunOfAnyMix() {
        let pieces = ["12", "1,5", "10-12", "3\u{2013}4", "7,", " ", "\u{A0}", "\u{2003}", "\u{85}", "\n", "часов", "Group",
                      "«", "»,", "ª", "°", "\u{301}", "x", "(", "🙂"]
        var checked = 0
        for a in pieces { for b in pieces { for c in pieces { for d in ["", " дня", "\u{A0}2"] {
            let text = a + b + c + d
            guard !NoBreakRuns.mayJoin(text) else { continue }
            checked += 1
            #expect(NoBreakRuns.runs(text).allSatisfy { $0.count == 1 }, "\(Array(text.unicodeScalars))")
        } } } }
        #expect(checked > 10_000)
    }

    /// The look at the bytes never skips a run: every text of the examples that it lets through
    /// unchanged has no run of two words.
    @Test func theLookAtTheBytesNeverSkipsARun() throws {
        for name in ["tochka-kipeniya.json", "in-person.json", "english.json"] {
            let bytes = Array(try String(contentsOf: RepositoryPaths.examples.appendingPathComponent(name), encoding: .utf8).utf8)
            var stack = [try JSONReader.parse(bytes).get()]
            while let value = stack.popLast() {
                switch value.kind {
                case .string(let text) where !NoBreakRuns.mayJoin(text):
                    #expect(NoBreakRuns.runs(text).allSatisfy { $0.count == 1 }, "\(text)")
                case .array(let elements): stack += elements
                case .object(let members): stack += members.map(\.value)
                default: break
                }
            }
        }
    }
}
