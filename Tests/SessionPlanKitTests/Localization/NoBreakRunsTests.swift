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
}
