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
        ("И. Молчанова", true), ("Дом 12", true), ("№ 5", true), ("слово — дело", true), ("10–12", true), ("", false),
        ("участники (10): Иванов Иван Иванович, Петрова Анна Сергеевна", false), ("Группа\u{A0}1", true), ("a1 b", false),
    ])
    func onlyTextsWithATriggerAreLookedAtWordByWord(text: String, may: Bool) {
        #expect(NoBreakRuns.mayJoin(text) == may)
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
