import Foundation
import Testing
@testable import SessionPlanKit

/// The exported `VTIMEZONE` read back by a real parser, the `icalendar` package from PyPI:
/// the offsets it reports must be the zone's true ones for the span of the session.
@Suite struct ICalendarZoneParserTests {
    /// Whether `python3` can import `icalendar` (`pip install icalendar`).
    static let parserInstalled: Bool = {
        guard Python.path != nil else { return false }
        return (try? Python.run("import icalendar; print('ok')", [])) == "ok\n"
    }()

    /// Prints, as JSON, each observance as the parser read it and each event's start in UTC,
    /// computed with the file's own `VTIMEZONE` (not the parser's zone database).
    static let reader = """
        import sys, json, datetime, icalendar
        calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        zones = {}
        observances = []
        for zone in calendar.walk('VTIMEZONE'):
            zones[str(zone['TZID'])] = zone.to_tz()
            for part in zone.subcomponents:
                observances.append([part.name, part.decoded('DTSTART').isoformat(),
                                    int(part.decoded('TZOFFSETFROM').total_seconds()),
                                    int(part.decoded('TZOFFSETTO').total_seconds())])
        starts = []
        for event in calendar.walk('VEVENT'):
            line = event['DTSTART']
            local = line.dt.replace(tzinfo=None)
            zone = zones[str(line.params['TZID'])]
            aware = zone.localize(local) if hasattr(zone, 'localize') else local.replace(tzinfo=zone)  # pytz in old versions
            starts.append(aware.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%MZ'))
        print(json.dumps({'observances': observances, 'starts': starts}))
        """

    /// What the parser read from the calendar `export --to ics` writes for `session`.
    static func read(_ session: String, arguments: [String] = []) throws -> (observances: [[String]], starts: [String]) {
        let (folder, path) = ExportFixtures.folder(with: session)
        defer { folder.cleanUp() }
        let result = runCLI(["export", path, "--to", "ics"] + arguments)
        #expect(result.status == .success, "\(result.error)")
        let ics = folder.write("session.ics", result.output)
        let json = try Python.run(reader, [ics])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], "\(json)")
        let rows = try #require(object["observances"] as? [[Any]])
        let observances: [[String]] = rows.map { row in row.map { field in "\(field)" } }
        let starts = try #require(object["starts"] as? [String])
        return (observances, starts)
    }

    /// A one-slot-a-day session in `zone` on `dates`, each slot at 09:00–10:00.
    static func session(zone: String, dates: [String]) -> String {
        let days = dates.map {
            #"{"date": "\#($0)", "slots": [{"start": "09:00", "end": "10:00", "title": "Работа", "kind": "group-work"}]}"#
        }
        return #"{"version": 1, "title": "Сессия", "timezone": "\#(zone)", "days": [\#(days.joined(separator: ", "))]}"#
    }

    @Test(.enabled(if: parserInstalled, "python3 with the icalendar package is not installed (pip install icalendar)"))
    func moscowAsTheParserReadsIt() throws {
        let read = try Self.read(ExportFixtures.referenceText())
        #expect(read.observances == [["STANDARD", "2014-10-26T02:00:00", "14400", "10800"]])
        #expect(read.starts.first == "2021-09-21T06:00Z")
    }

    @Test(.enabled(if: parserInstalled, "python3 with the icalendar package is not installed (pip install icalendar)"))
    func vladivostokAsTheParserReadsIt() throws {
        let read = try Self.read(ExportFixtures.referenceText(), arguments: ["--tz", "Asia/Vladivostok"])
        #expect(read.observances == [["STANDARD", "2014-10-26T02:00:00", "39600", "36000"]])
        #expect(read.starts.first == "2021-09-21T06:00Z")
    }

    /// Berlin leaves summer time on 2021-10-31: the same 09:00 is 07:00 UTC before and 08:00 UTC after.
    @Test(.enabled(if: parserInstalled, "python3 with the icalendar package is not installed (pip install icalendar)"))
    func berlinAcrossTheEndOfSummerTime() throws {
        let read = try Self.read(Self.session(zone: "Europe/Berlin", dates: ["2021-10-30", "2021-11-01"]))
        #expect(read.observances == [
            ["DAYLIGHT", "2021-03-28T02:00:00", "3600", "7200"],
            ["STANDARD", "2021-10-31T03:00:00", "7200", "3600"],
        ])
        #expect(read.starts == ["2021-10-30T07:00Z", "2021-11-01T08:00Z"])
    }
}
