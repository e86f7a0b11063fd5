import Foundation
import Testing
@testable import SessionPlanKit

/// `export --to ics`: RFC 5545 structure, stable UIDs, escaping, folding, personal calendars.
@Suite struct ICalendarExportTests {
    @Test func referenceSession() {
        let result = runCLI(["export", ExportFixtures.reference, "--to", "ics"], environment: ExportFixtures.russian)
        #expect(result.status == .success)
        #expect(result.error == "")
        ExportGolden.check(result.output, against: "tochka-kipeniya.ics")
    }

    @Test func moderatorsCalendar() {
        let result = runCLI(["export", ExportFixtures.reference, "--to", "ics", "--person", "Ушакова Нина Константиновна"])
        #expect(result.status == .success)
        ExportGolden.check(result.output, against: "person-moderator.ics")
    }

    /// The unfolded content lines of a calendar.
    static func lines(_ ics: String) -> [String] {
        ICalendarFolding.unfold(ics).components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    /// The values of every `name:` line.
    static func values(_ name: String, in ics: String) -> [String] {
        lines(ics).filter { $0.hasPrefix(name + ":") }.map { String($0.dropFirst(name.count + 1)) }
    }

    /// RFC 5545 TEXT unescaped.
    static func unescape(_ value: String) -> String {
        var out = "", escaping = false
        for character in value {
            if escaping {
                out.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        return out
    }

    @Test func theCalendarsFrame() {
        let ics = runCLI(["export", ExportFixtures.reference, "--to", "ics"]).output
        let lines = Self.lines(ics)
        #expect(Array(lines.prefix(5)) == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//sessionplan//sessionplan//RU",
                                           "CALSCALE:GREGORIAN", "METHOD:PUBLISH"])
        #expect(lines.contains("X-WR-CALNAME:Библиотечная «Точка кипения»: общее и особенное"))
        #expect(lines.last == "END:VCALENDAR")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 19)
        #expect(lines.contains("TZID:Europe/Moscow"))
        #expect(lines.contains("DTSTART;TZID=Europe/Moscow:20210921T090000"))
        #expect(Set(Self.values("DTSTAMP", in: ics)) == ["20210921T000000Z"])
        #expect(Set(Self.values("SEQUENCE", in: ics)) == ["0"])
        #expect(Set(Self.values("UID", in: ics)).count == 19)
        // Every line ends in CRLF; no bare LF anywhere.
        #expect(ics.hasSuffix("\r\n"))
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func anotherZoneOrUTC() {
        let vladivostok = runCLI(["export", ExportFixtures.reference, "--to", "ics", "--tz", "Asia/Vladivostok"]).output
        #expect(Self.lines(vladivostok).contains("DTSTART;TZID=Asia/Vladivostok:20210921T160000"))
        #expect(Self.lines(vladivostok).contains("TZOFFSETTO:+1000"))
        let utc = runCLI(["export", ExportFixtures.reference, "--to", "ics", "--tz", "UTC"]).output
        #expect(Self.values("DTSTART", in: utc).first == "20210921T060000Z")
        #expect(!utc.contains("VTIMEZONE"))
    }

    @Test func uidsSurviveARenamedOrMovedSlot() {
        let original = ExportFixtures.referenceText()
        let edited = original
            .replacingOccurrences(of: "\"Приветствие. Открытие сессии\"", with: "\"Открытие сессии\"")
            .replacingOccurrences(of: "\"start\": \"09:15\",\n          \"end\": \"09:20\"",
                                  with: "\"start\": \"09:16\",\n          \"end\": \"09:21\"")
        #expect(edited != original)
        let (folder, path) = ExportFixtures.folder(with: edited)
        defer { folder.cleanUp() }
        let before = runCLI(["export", ExportFixtures.reference, "--to", "ics"]).output
        let after = runCLI(["export", path, "--to", "ics"]).output
        #expect(Self.values("UID", in: before) == Self.values("UID", in: after))
        #expect(Self.values("SUMMARY", in: after).first == "Открытие сессии")
        // The same export twice is the same file, byte for byte.
        #expect(runCLI(["export", ExportFixtures.reference, "--to", "ics"]).output == before)
    }

    @Test func hostileTextIsEscapedAndUnfoldsToTheOriginal() {
        let (folder, path) = ExportFixtures.folder(with: ExportFixtures.hostileSession())
        defer { folder.cleanUp() }
        let ics = runCLI(["export", path, "--to", "ics"]).output
        let summaries = Self.values("SUMMARY", in: ics)
        let trimmed = ExportFixtures.hostile
        #expect(summaries.map(Self.unescape) == ["1. " + trimmed, "- " + trimmed, "# " + trimmed])
        #expect(summaries[0].contains(#"\; \, \\"#))
        #expect(Self.values("LOCATION", in: ics).map(Self.unescape).first == trimmed)
        // No value ever starts a new property: each event has exactly one SUMMARY.
        #expect(Self.lines(ics).filter { $0.hasPrefix("BEGIN:VEVENT") }.count == 3)
        #expect(Self.lines(ics).filter { $0.hasPrefix("SUMMARY") }.count == 3)
    }

    @Test func longCyrillicTitlesFoldAt75OctetsOnCharacterBoundaries() throws {
        let title = String(repeating: "Формирование дорожной карты «Точки кипения» — ёлка 🎄, ", count: 6)
        let text = """
        { "version": 1, "title": \(ExportFixtures.json(title)), "timezone": "Europe/Moscow",
          "days": [ { "date": "2021-09-21", "slots": [
            { "start": "09:00", "end": "10:00", "title": \(ExportFixtures.json(title)), "kind": "talk",
              "notes": \(ExportFixtures.json(title + "\n" + title)) } ] } ] }
        """
        let (folder, path) = ExportFixtures.folder(with: text)
        defer { folder.cleanUp() }
        let ics = runCLI(["export", path, "--to", "ics"]).output
        let bytes = Array(ics.utf8)
        var physical: [[UInt8]] = [], current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D {
                #expect(index + 1 < bytes.count && bytes[index + 1] == 0x0A, "CR without LF")
                physical.append(current)
                current = []
                index += 2
                continue
            }
            #expect(bytes[index] != 0x0A, "LF without CR")
            current.append(bytes[index])
            index += 1
        }
        #expect(current.isEmpty, "the last line ends in CRLF")
        #expect(physical.count > 20)
        for line in physical {
            #expect(line.count <= 75, "a line of \(line.count) octets")
            #expect(String(bytes: line, encoding: .utf8) != nil, "a line that is not UTF-8 on its own")
        }
        #expect(Self.values("SUMMARY", in: ics).map(Self.unescape) == [title])
        #expect(Self.values("X-WR-CALNAME", in: ics).map(Self.unescape) == [title])
        #expect(Self.values("DESCRIPTION", in: ics).map(Self.unescape) == [title + "\n" + title])
        // The folded lines carry the four-byte emoji whole: some line holds its first byte.
        #expect(physical.contains { $0.contains(0xF0) })
    }

    @Test func aPersonsCalendarHasOnlyTheirEvents() {
        let speaker = runCLI(["export", ExportFixtures.reference, "--to", "ics", "--person", "Доргунова Надежда Анатольевна"]).output
        let summaries = Self.values("SUMMARY", in: speaker)
        #expect(summaries.count == 17)   // everything for everyone; neither closed meeting nor the reflection
        #expect(!summaries.contains { $0.hasPrefix("Круг лидеров") })
        #expect(Self.values("X-WR-CALNAME", in: speaker) == ["Библиотечная «Точка кипения»: общее и особенное — Доргунова Надежда Анатольевна"])
        let moderator = runCLI(["export", ExportFixtures.reference, "--to", "ics", "--person", "Ушакова Нина Константиновна"]).output
        #expect(Self.values("SUMMARY", in: moderator).count == 19)
        // Their group is named at group work, its room only with --include-groups.
        #expect(ICalendarFolding.unfold(moderator).contains("группа «Группа 1»"))
        #expect(!ICalendarFolding.unfold(moderator).contains("zoom.us"))
        let withRoom = runCLI(["export", ExportFixtures.reference, "--to", "ics", "--person", "Ушакова Нина Константиновна",
                               "--include-groups"]).output
        #expect(ICalendarFolding.unfold(withRoom).contains("комната: https://zoom.us/j/1000000006"))
        // The same slot has the same UID in everyone's calendar.
        #expect(Set(Self.values("UID", in: speaker)).isSubset(of: Set(Self.values("UID", in: moderator))))
    }

    @Test func publicByDefault() {
        let plain = ICalendarFolding.unfold(runCLI(["export", ExportFixtures.reference, "--to", "ics"]).output)
        for secret in [ExportFixtures.member, ExportFixtures.moderator, ExportFixtures.room, ExportFixtures.email,
                       ExportFixtures.phone] {
            #expect(!plain.contains(secret), "\(secret) without the flags")
        }
        let groups = ICalendarFolding.unfold(runCLI(["export", ExportFixtures.reference, "--to", "ics", "--include-groups",
                                                     "--include-contacts"]).output)
        #expect(groups.contains(ExportFixtures.room))
        #expect(!groups.contains(ExportFixtures.member))   // a calendar names groups and rooms, not their members
    }
}
