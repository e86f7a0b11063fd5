import Foundation

// What the fuzzer does with a session that was built: every renderer runs on
// it, in two time zones and for one of its people, so that a value no test
// thought of cannot crash one.
enum FuzzRenderers {
    static func exercise(_ session: Session) {
        let everything = ExportOptions(includeGroups: true, includeContacts: true)
        var queries = [ProgramQuery()]
        if let vladivostok = TimeZone(identifier: "Asia/Vladivostok") {
            queries.append(ProgramQuery(timeZones: [session.timeZone, vladivostok]))
        }
        if let someone = session.directions.first?.groups.first?.moderator?.name ?? session.host?.name {
            queries.append(ProgramQuery(person: someone))
        }
        for query in queries {
            guard let view = try? ProgramView(session: session, query: query) else { continue }
            _ = AgendaRenderer(width: 40, colors: true).render(view)
            _ = MarkdownRenderer(options: everything).render(view)
            _ = HTMLRenderer(options: everything).render(view)
            _ = ICalendarRenderer(options: everything).render(view)
        }
        if let view = try? ProgramView(session: session) { _ = RosterCSVRenderer(options: everything).render(view) }
        _ = StatisticsReport(statistics: SessionStatistics(session), language: session.language).render()
        _ = StatisticsReport(statistics: SessionStatistics(session), language: session.language == .ru ? .en : .ru).render()
        for separator in CSVWriter.Separator.allCases {
            _ = CSVWriter(options: .init(separator: separator)).document([[session.title, session.subtitle ?? ""]])
        }
    }
}
