import Testing
@testable import SessionPlanKit

/// Issue #17 in the HTML export: a browser keeps «им. И. И. Молчанова-Сибирского» and «12 часов» on one line.
@Suite struct HTMLNoBreakTests {
    static let session = """
    { "version": 1, "title": "Иркутская ОГУНБ им. И. И. Молчанова-Сибирского", "timezone": "Asia/Irkutsk",
      "days": [ { "date": "2021-09-21", "slots": [
        { "start": "09:00", "end": "10:00", "title": "Отчёт за 12 часов", "kind": "talk",
          "notes": "Ссылки за 12 часов до начала" } ] } ] }
    """

    @Test func runsAreJoinedWithNoBreakSpacesInTheTextOnly() {
        let html = HTMLPrintTests.exported(Self.session)
        #expect(html.contains("<h1>Иркутская ОГУНБ им.\u{A0}И.\u{A0}И.\u{A0}Молчанова-Сибирского</h1>"))
        #expect(html.contains("<p class=\"title\">Отчёт за 12\u{A0}часов</p>"))
        #expect(html.contains("<p class=\"notes\">Ссылки за 12\u{A0}часов до начала</p>"))
        // Attributes keep ordinary spaces: the timeline's tooltip.
        #expect(html.contains("Отчёт за 12 часов\""))
        for attribute in html.matches(of: /="[^"]*"/) {
            #expect(!attribute.output.contains("\u{A0}"), "\(attribute.output)")
        }
    }
}
