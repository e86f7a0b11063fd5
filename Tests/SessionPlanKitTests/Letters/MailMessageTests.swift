import Foundation
import Testing
@testable import SessionPlanKit

/// The message file: encoded-words within 76 columns, never splitting a
/// character; the date from the file; addresses that can stand in `To:`.
@Suite struct MailMessageTests {
    /// The text the encoded-words carry, decoded as a compliant reader does (white space between words dropped).
    static func decode(_ header: String) -> String {
        var bytes: [UInt8] = []
        for word in header.components(separatedBy: "\r\n ") {
            let trimmed = word.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("=?UTF-8?B?"), trimmed.hasSuffix("?=") else { return header }
            let payload = String(trimmed.dropFirst(10).dropLast(2))
            bytes += Data(base64Encoded: payload).map(Array.init) ?? []
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: ["Библиотечная «Точка кипения»: общее и особенное", "Иванова Мария Сергеевна",
                      String(repeating: "Щ", count: 200), "👩‍👩‍👧 семья", "a", "Ab " + String(repeating: "ж", count: 60)])
    func encodedWordsFitSeventySixColumnsAndDecodeBack(text: String) {
        let encoded = MailMessage.encodedText(text, used: "Subject: ".count)
        let lines = encoded.components(separatedBy: "\r\n")
        for (index, line) in lines.enumerated() {
            #expect(line.count + (index == 0 ? "Subject: ".count : 0) <= 76, "line too long: \(line)")
        }
        #expect(text == "a" ? encoded == "a" : Self.decode(encoded) == text)
    }

    @Test func plainShortASCIIStaysAsItIs() {
        #expect(MailMessage.encodedText("Strategy session 2026", used: 9) == "Strategy session 2026")
        #expect(MailMessage.mailbox(name: "Lukas \"LM\" Meier", address: "a@b.org") == "\"Lukas \\\"LM\\\" Meier\" <a@b.org>")
    }

    @Test func controlCharactersNeverReachAHeaderEvenEncoded() {
        let message = MailMessage.render(to: "Иванова\u{1B}[31m Мария\r\nBcc: x@y.z", address: "a@b.org", subject: "Сессия\u{7}\r\nBcc: x@y.z",
                                         date: "Tue, 21 Sep 2021 00:00:00 +0300", body: "текст\r\n", calendar: "", calendarName: "program.ics")
        let headers = message.components(separatedBy: "\r\n\r\n")[0]
        #expect(!headers.contains("\nBcc:"))
        for line in headers.components(separatedBy: "\r\n") where line.hasPrefix("To:") || line.hasPrefix("Subject:") {
            let value = line.drop(while: { $0 != ":" }).dropFirst()
            let decoded = Self.decode(String(value.split(separator: "<")[0]).trimmingCharacters(in: .whitespaces))
            #expect(!decoded.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(decoded)")
        }
    }

    @Test func theDateComesFromTheFileNeverTheClock() throws {
        let loaded = try #require(SessionLoader.load(SourceFile(name: "s.json", bytes: Array(ExportFixtures.referenceText().utf8))).session)
        #expect(MailMessage.date(of: loaded) == "Tue, 21 Sep 2021 00:00:00 +0300")
        var updated = loaded
        updated.updated = LocalDateTime(date: try #require(CalendarDate(year: 2021, month: 9, day: 20)),
                                        time: try #require(ClockTime(hour: 18, minute: 5)))
        #expect(MailMessage.date(of: updated) == "Mon, 20 Sep 2021 18:05:00 +0300")
    }

    @Test func addressesThatCannotStandInToAreRefused() {
        #expect(MailMessage.isUsableAddress("ivanova@example.org"))
        for bad in ["", "ivanova", "a@b@c", "a b@c.d", "<a@b.c>", "a@b.c\r\nBcc: x@y.z", "иванова@пример.рф", "a@b.c, d@e.f"] {
            #expect(!MailMessage.isUsableAddress(bad), "\(bad)")
        }
    }

    @Test func fileNamesAreTransliteratedSafeAndUnique() {
        var names = LetterFileNames()
        #expect(names.next(for: "Иванова Мария Сергеевна", ext: "eml") == "Ivanova_Mariia_Sergeevna.eml")
        #expect(names.next(for: "Иванова  Мария Сергеевна", ext: "eml") == "Ivanova_Mariia_Sergeevna-2.eml")
        #expect(names.next(for: "ivanova mariia sergeevna", ext: "eml") == "ivanova_mariia_sergeevna-3.eml")
        #expect(names.next(for: "../../etc/passwd", ext: "eml") == "etc_passwd.eml")
        #expect(names.next(for: "Щукина Юлия Ёжикова", ext: "eml") == "Shchukina_Iuliia_Ezhikova.eml")
        #expect(names.next(for: "///", ext: "eml") == "letter.eml")
        #expect(names.next(for: String(repeating: "Я", count: 500), ext: "eml").count <= 84)
    }
}
