import Testing
@testable import SessionPlanKit

@Suite struct TextDecodingTests {
    @Test func plainUTF8() throws {
        let decoded = try TextDecoding.decode(utf8("ФИО;Направление\n")).get()
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text == "ФИО;Направление\n")
        #expect(decoded.byteOrderMarkLength == 0)
    }

    @Test func utf8WithByteOrderMark() throws {
        let decoded = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + utf8("ФИО,Направление")).get()
        #expect(decoded.encoding == .utf8WithBOM)
        #expect(decoded.text == "ФИО,Направление")
        #expect(decoded.byteOrderMarkLength == 3)
    }

    @Test func windows1251LettersFromLiteralBytes() throws {
        // «Ёжик» №5 ёлка — bytes written out by hand, not by our own table.
        let bytes: [UInt8] = [0xAB, 0xA8, 0xE6, 0xE8, 0xEA, 0xBB, 0x20, 0xB9, 0x35, 0x20, 0xB8, 0xEB, 0xEA, 0xE0]
        let decoded = try TextDecoding.decode(bytes).get()
        #expect(decoded.encoding == .windows1251)
        #expect(decoded.text == "«Ёжик» №5 ёлка")
    }

    @Test func windows1251WholeAlphabet() throws {
        let bytes = (0xC0...0xFF).map { UInt8($0) }
        let text = try TextDecoding.decode(bytes).get().text
        #expect(text == "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя")
    }

    @Test(arguments: [
        (UInt8(0x80), "\u{0402}"), (0x88, "€"), (0x96, "–"), (0x97, "—"), (0x98, "\u{FFFD}"),
        (0x99, "™"), (0xA0, "\u{00A0}"), (0xA5, "Ґ"), (0xB2, "І"), (0xB3, "і"), (0xB4, "ґ"), (0xBF, "ї"),
    ])
    func windows1251SpecialBytes(byte: UInt8, expected: String) {
        #expect(TextDecoding.decodeWindows1251([byte]) == expected)
    }

    @Test func asciiIsUTF8() throws {
        #expect(try TextDecoding.decode(utf8("name,direction")).get().encoding == .utf8)
    }

    @Test func utf16WithByteOrderMark() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "ФИО\tНаправление".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let decoded = try TextDecoding.decode(bytes).get()
        #expect(decoded.encoding == .utf16LittleEndian)
        #expect(decoded.text == "ФИО\tНаправление")
    }

    @Test func workbookIsRefused() {
        let failure = TextDecoding.decode([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]).failure
        #expect(failure?.code == .rosterEncoding)
        #expect(failure?.message.ru.contains("CSV") == true)
    }
}
