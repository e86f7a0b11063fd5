import Foundation

// What the fuzzer does with a session that was built: every renderer runs on
// it, in two time zones and for one of its people, so that a value no test
// thought of cannot crash one; the Word program, the roster CSV and XLSX and
// the whole `stats` output (statistics table and contacts) too.
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
        if let view = try? ProgramView(session: session) {
            _ = ProgramDOCXRenderer().render(ProgramDocument(view: view, options: everything))
        }
        roster(session)
        statistics(session, registrants: nil)
        for separator in CSVSeparator.allCases {
            _ = CSVWriter(options: .init(separator: separator)).document([[session.title, session.subtitle ?? ""]])
        }
    }

    /// `export --to csv` and `--to xlsx` with groups and contacts.
    static func roster(_ session: Session) {
        guard let view = try? ProgramView(session: session) else { return }
        let document = ProgramDocument(view: view, options: ExportOptions(includeGroups: true, includeContacts: true))
        _ = RosterCSVRenderer().render(document)
        _ = RosterXLSXRenderer().render(document)
    }

    /// `stats` (with `--roster` when `registrants` are given), in both languages.
    static func statistics(_ session: Session, registrants: [Registrant]?) {
        for language in [Language.ru, .en] {
            _ = StatisticsReport(statistics: SessionStatistics(session), language: language).render()
            _ = PeopleContacts(session, registrants: registrants).render(in: language)
        }
    }
}
