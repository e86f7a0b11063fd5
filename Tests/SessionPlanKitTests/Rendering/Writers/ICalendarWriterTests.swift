import Foundation
import Testing
@testable import SessionPlanKit

@Suite struct ICalendarWriterTests {
    @Test func escapeTextHandlesSpecials() {
        #expect(ICalendarText.escapeText("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne")
        #expect(ICalendarText.escapeText("line1\r\nline2\rX") == "line1\\nline2\\\\u{D}X")
        #expect(ICalendarText.escapeText("time: 09:00\tok") == "time: 09:00\tok")
        #expect(ICalendarText.escapeText("bell\u{7}del\u{7F}") == "bell\\\\u{7}del\\\\u{7F}")
    }

    @Test func parameterValuesAreQuotedWhenNeeded() {
        #expect(ICalendarText.encodeParameterValue("Europe/Moscow") == "Europe/Moscow")
        #expect(ICalendarText.encodeParameterValue("Иванов, И.И.") == "\"Иванов, И.И.\"")
        #expect(ICalendarText.encodeParameterValue("a\"b^c") == "\"a^'b^^c\"")
    }

    @Test func contentLineRendering() {
        let line = ICalendarContentLine(name: "ATTENDEE",
                                        parameters: [.init("CN", "Петров: модератор"), .init("ROLE", "CHAIR")],
                                        value: "mailto:p@example.org")
        #expect(line.rendered == "ATTENDEE;CN=\"Петров: модератор\";ROLE=CHAIR:mailto:p@example.org")
        let multi = ICalendarContentLine(name: "X", parameters: [.init(name: "P", values: ["a", "b"])], value: "v")
        #expect(multi.rendered == "X;P=a,b:v")
    }

    @Test func dateTimesLocalUTCAndDate() {
        var writer = ICalendarWriter()
        let start = ICalendarDateTime(year: 2021, month: 9, day: 21, hour: 9, minute: 0)
        writer.dateTime("DTSTART", start, timeZoneID: "Europe/Moscow")
        writer.dateTimeUTC("DTEND", ICalendarDateTime(year: 2021, month: 9, day: 21, hour: 7, minute: 30))
        writer.date("DTSTART", ICalendarDateTime(year: 987, month: 1, day: 2))
        writer.dateTimeUTC("DTSTAMP", Date(timeIntervalSince1970: 1_632_204_000)) // 2021-09-21T06:00:00Z
        #expect(writer.output == """
            DTSTART;TZID=Europe/Moscow:20210921T090000\r
            DTEND:20210921T073000Z\r
            DTSTART;VALUE=DATE:09870102\r
            DTSTAMP:20210921T060000Z\r

            """)
    }

    @Test func dateTimeRoundTripsThroughAZone() throws {
        let moscow = try #require(TimeZone(identifier: "Europe/Moscow"))
        let local = ICalendarDateTime(year: 2021, month: 9, day: 21, hour: 9, minute: 0)
        let instant = try #require(local.date(in: moscow))
        #expect(ICalendarDateTime(instant, in: TimeZone(secondsFromGMT: 0)!).basicUTC == "20210921T060000Z")
        #expect(ICalendarDateTime(instant, in: moscow) == local)
    }

    @Test func utcOffsets() {
        #expect(ICalendarDateTime.utcOffset(seconds: 10_800) == "+0300")
        #expect(ICalendarDateTime.utcOffset(seconds: -16_200) == "-0430")
        #expect(ICalendarDateTime.utcOffset(seconds: 0) == "+0000")
        #expect(ICalendarDateTime.utcOffset(seconds: 9_017) == "+023017")
    }

    @Test func fullCalendarEndsEveryLineWithCRLF() {
        var writer = ICalendarWriter()
        writer.begin("VCALENDAR")
        writer.property("VERSION", rawValue: "2.0")
        writer.text("X-WR-CALNAME", String(repeating: "Сессия ", count: 20))
        writer.end("VCALENDAR")
        let output = writer.output
        #expect(output.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(output.hasSuffix("END:VCALENDAR\r\n"))
        let bytes = Array(output.utf8)
        for (i, byte) in bytes.enumerated() where byte == 0x0A {
            #expect(i > 0 && bytes[i - 1] == 0x0D)
        }
    }
}

@Suite struct ICalendarTimeZoneTests {
    func utc(_ y: Int, _ m: Int, _ d: Int) -> Date {
        ICalendarDateTime(year: y, month: m, day: d).date(in: TimeZone(secondsFromGMT: 0)!)!
    }

    /// Moscow's offset last changed on 2014-10-26 at 02:00 local time, from +0400 to +0300: the
    /// one observance starts there, not at a placeholder 1970 onset that claims +0300 all along.
    @Test func moscowStartsAtItsLastRealTransition() throws {
        let moscow = try #require(TimeZone(identifier: "Europe/Moscow"))
        let lines = ICalendarTimeZone.contentLines(for: moscow, from: utc(2021, 9, 21), to: utc(2021, 9, 23))
        #expect(lines.map(\.rendered) == [
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Moscow",
            "BEGIN:STANDARD",
            "DTSTART:20141026T020000",
            "TZOFFSETFROM:+0400",
            "TZOFFSETTO:+0300",
            "END:STANDARD",
            "END:VTIMEZONE",
        ])
    }

    /// Vladivostok changed the same night, from +1100 to +1000.
    @Test func vladivostokStartsAtItsLastRealTransition() throws {
        let vladivostok = try #require(TimeZone(identifier: "Asia/Vladivostok"))
        let observances = ICalendarTimeZone.observances(for: vladivostok, from: utc(2026, 3, 17), to: utc(2026, 3, 19))
        #expect(observances == [
            .init(kind: .standard, onset: .init(year: 2014, month: 10, day: 26, hour: 2), offsetFrom: 39_600, offsetTo: 36_000),
        ])
    }

    /// A zone that never changed its offset keeps the timeless onset, which is true for it.
    @Test func utcHasTheTimelessObservance() throws {
        let observances = ICalendarTimeZone.observances(for: try #require(TimeZone(identifier: "UTC")),
                                                        from: utc(2021, 9, 21), to: utc(2021, 9, 23))
        #expect(observances == [.init(kind: .standard, onset: ICalendarTimeZone.timelessOnset, offsetFrom: 0, offsetTo: 0)])
    }

    @Test func berlinIn2021HasBothTransitions() throws {
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let observances = ICalendarTimeZone.observances(for: berlin, from: utc(2021, 3, 1), to: utc(2021, 11, 30))
        #expect(observances == [
            .init(kind: .standard, onset: .init(year: 2020, month: 10, day: 25, hour: 3), offsetFrom: 7200, offsetTo: 3600),
            .init(kind: .daylight, onset: .init(year: 2021, month: 3, day: 28, hour: 2), offsetFrom: 3600, offsetTo: 7200),
            .init(kind: .standard, onset: .init(year: 2021, month: 10, day: 31, hour: 3), offsetFrom: 7200, offsetTo: 3600),
        ])
        let rendered = ICalendarTimeZone.contentLines(for: berlin, from: utc(2021, 3, 1), to: utc(2021, 11, 30))
            .map(\.rendered)
        #expect(rendered.contains("DTSTART:20210328T020000"))
        #expect(rendered.contains("DTSTART:20211031T030000"))
        #expect(rendered.filter { $0 == "BEGIN:DAYLIGHT" }.count == 1)
    }

    @Test func berlinSummerSpanHasOnlyTheDaylightObservance() throws {
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let observances = ICalendarTimeZone.observances(for: berlin, from: utc(2021, 6, 1), to: utc(2021, 6, 3))
        #expect(observances.count == 1)
        #expect(observances.first?.kind == .daylight)
        #expect(observances.first?.offsetTo == 7200)
    }

    @Test func writerEmbedsTheBlock() throws {
        var writer = ICalendarWriter()
        writer.timeZone(try #require(TimeZone(identifier: "Europe/Moscow")), from: utc(2021, 9, 21), to: utc(2021, 9, 21))
        #expect(writer.output.hasPrefix("BEGIN:VTIMEZONE\r\nTZID:Europe/Moscow\r\n"))
    }
}

@Suite struct ICalendarUIDTests {
    @Test func fnvKnownVectors() {
        #expect(ICalendarUID.fnv1a64("".utf8) == 0xcbf2_9ce4_8422_2325)
        #expect(ICalendarUID.fnv1a64("a".utf8) == 0xaf63_dc4c_8601_ec8c)
        #expect(ICalendarUID.fnv1a64("foobar".utf8) == 0x8594_4171_f739_67e8)
    }

    @Test func uidIsStableAndPinned() {
        let parts = ["Стратегическая сессия", "2021-09-21", "09:00", "Открытие"]
        let uid = ICalendarUID.make(parts)
        #expect(uid == ICalendarUID.make(parts))
        #expect(uid.hasSuffix("@sessionplan"))
        #expect(uid.count == 16 + "@sessionplan".count)
        #expect(uid == "f59c3745055800a0@sessionplan") // cross-checked with an independent FNV-1a implementation
    }

    @Test func partsAreSeparated() {
        #expect(ICalendarUID.make("ab", "c") != ICalendarUID.make("a", "bc"))
        #expect(ICalendarUID.make("a") == ICalendarUID.hex(0xaf63_dc4c_8601_ec8c) + "@sessionplan")
    }
}
