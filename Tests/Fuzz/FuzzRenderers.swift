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
            _ = MarkdownRenderer().render(view, options: everything)
            _ = HTMLRenderer().render(view, options: everything)
            _ = ICalendarRenderer().render(view, options: everything)
        }
        if let view = try? ProgramView(session: session) { _ = RosterCSVRenderer().render(view, options: everything) }
        _ = StatisticsReport(statistics: SessionStatistics(session), language: session.language).render()
        _ = StatisticsReport(statistics: SessionStatistics(session), language: session.language == .ru ? .en : .ru).render()
        for separator in CSVWriter.Separator.allCases {
            _ = CSVWriter(options: .init(separator: separator)).document([[session.title, session.subtitle ?? ""]])
        }
    }
}
