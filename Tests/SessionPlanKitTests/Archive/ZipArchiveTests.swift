import Foundation
import Testing
@testable import SessionPlanKit

@Suite("ZIP writer and reader")
struct ZipArchiveTests {
    @Test("The writer's archives read back, stored and deflated, with UTF-8 names")
    func roundTrip() throws {
        let text = Array(String(repeating: "Группа 1: модератор, сборщик. ", count: 300).utf8)
        for method in [ZipWriter.Method.stored, .deflated] {
            let bytes = try ArchiveFixtures.archive([("[Content_Types].xml", text), ("папка/имя.xml", [1, 2, 3]), ("empty", [])],
                                                    method: method)
            let archive = try ZipArchive(bytes)
            #expect(archive.names == ["[Content_Types].xml", "папка/имя.xml", "empty"])
            #expect(try archive.data("[Content_Types].xml") == text)
            #expect(try archive.data("папка/имя.xml") == [1, 2, 3])
            #expect(try archive.data("empty") == [])
            #expect(archive.entries[0].method == (method == .stored ? 0 : 8))
            #expect(archive.entries[0].flags & 0x800 != 0)
        }
    }

    @Test("The writer is deterministic: the same entries give the same bytes")
    func deterministic() throws {
        let a = try ArchiveFixtures.archive([("a.xml", Array("<a/>".utf8))])
        let b = try ArchiveFixtures.archive([("a.xml", Array("<a/>".utf8))])
        #expect(a == b)
        // DOS date 1980-01-01 in the local header.
        #expect(a[12] == 0x21 && a[13] == 0x00)
    }

    @Test("Archives made by Python's zipfile read, at every compression level",
          arguments: ["python-stored.zip", "python-deflate-0.zip", "python-deflate-1.zip", "python-deflate-9.zip"])
    func pythonArchives(_ name: String) throws {
        let archive = try ZipArchive(try ArchiveFixtures.bytes(name))
        #expect(archive.names == ["text.txt", "noise.bin", "папка/слова.txt", "empty.txt"])
        #expect(try archive.data("text.txt") == ArchiveFixtures.bytes("text.txt"))
        #expect(try archive.data("noise.bin") == ArchiveFixtures.bytes("noise.bin"))
        #expect(try archive.data("папка/слова.txt") == ArchiveFixtures.bytes("words.txt"))
        #expect(try archive.data("empty.txt") == [])
    }

    @Test("Not an archive, an empty file, a cut-off archive")
    func notArchives() throws {
        #expect(throws: ZipError.notAnArchive) { try ZipArchive([]) }
        #expect(throws: ZipError.notAnArchive) { try ZipArchive(Array("ФИО;Направление\n".utf8)) }
        let bytes = try ArchiveFixtures.archive([("a.xml", Array(repeating: 0x41, count: 500))])
        #expect(throws: ZipError.notAnArchive) { try ZipArchive(Array(bytes.dropLast(5))) }
        // The end record survives but the directory it points at is cut away.
        var cut = Array(bytes.suffix(22))
        cut.insert(contentsOf: [0, 0, 0], at: 0)
        #expect(throws: ZipError.truncated) { try ZipArchive(cut) }
    }

    @Test("A changed byte of an entry is caught by its CRC-32")
    func checksum() throws {
        var bytes = try ArchiveFixtures.archive([("a.txt", Array("hello, world".utf8))], method: .stored)
        bytes[30 + 5] ^= 0x01
        let archive = try ZipArchive(bytes)
        #expect(throws: ZipError.checksum("a.txt")) { try archive.data("a.txt") }
    }

    @Test("Damaged compressed data is an error")
    func damagedData() throws {
        var bytes = try ArchiveFixtures.archive([("a.txt", Array(String(repeating: "abc", count: 100).utf8))])
        bytes[30 + 5] = 0xFF
        bytes[30 + 6] = 0xFF
        let archive = try ZipArchive(bytes)
        #expect(throws: ZipError.self) { try archive.data("a.txt") }
    }

    @Test("Entries that overlap are refused")
    func overlapping() throws {
        var bytes = try ArchiveFixtures.archive([("a.txt", Array("first".utf8)), ("b.txt", Array("second".utf8))], method: .stored)
        // Point the second central record at the first local header.
        let directory = ArchiveFixtures.directory(bytes)
        let second = directory + 46 + 5
        ArchiveFixtures.put32(0, into: &bytes, at: second + 42)
        #expect(throws: ZipError.overlapping("b.txt")) { try ZipArchive(bytes) }
    }

    @Test("An entry whose data runs into the directory is refused")
    func sizePastEnd() throws {
        var bytes = try ArchiveFixtures.archive([("a.txt", Array("first".utf8))], method: .stored)
        let directory = ArchiveFixtures.directory(bytes)
        ArchiveFixtures.put32(5000, into: &bytes, at: directory + 20)
        ArchiveFixtures.put32(5000, into: &bytes, at: directory + 24)
        #expect(throws: ZipError.truncated) { try ZipArchive(bytes) }
    }

    @Test("ZIP64 archives are refused")
    func zip64() throws {
        var bytes = try ArchiveFixtures.archive([("a.txt", Array("first".utf8))])
        let end = ArchiveFixtures.endRecord(bytes)
        ArchiveFixtures.put32(0xFFFF_FFFF, into: &bytes, at: end + 16)
        #expect(throws: ZipError.zip64) { try ZipArchive(bytes) }
        var sizes = try ArchiveFixtures.archive([("a.txt", Array("first".utf8))])
        ArchiveFixtures.put32(0xFFFF_FFFF, into: &sizes, at: ArchiveFixtures.directory(sizes) + 24)
        #expect(throws: ZipError.zip64) { try ZipArchive(sizes) }
    }

    @Test("Split archives, encryption and unknown methods are refused")
    func unsupported() throws {
        let base = try ArchiveFixtures.archive([("a.txt", Array("first".utf8))])
        var split = base
        ArchiveFixtures.put16(1, into: &split, at: ArchiveFixtures.endRecord(split) + 4)
        #expect(throws: ZipError.multiDisk) { try ZipArchive(split) }
        var encrypted = base
        ArchiveFixtures.put16(0x801, into: &encrypted, at: ArchiveFixtures.directory(encrypted) + 8)
        #expect(throws: ZipError.encrypted("a.txt")) { try ZipArchive(encrypted) }
        var bzip = base
        ArchiveFixtures.put16(12, into: &bzip, at: ArchiveFixtures.directory(bzip) + 10)
        #expect(throws: ZipError.unsupportedMethod("a.txt", 12)) { try ZipArchive(bzip) }
    }

    @Test("Too many entries are refused before any is read")
    func tooManyEntries() throws {
        var bytes = try ArchiveFixtures.archive([("a.txt", Array("first".utf8))])
        let end = ArchiveFixtures.endRecord(bytes)
        ArchiveFixtures.put16(60_000, into: &bytes, at: end + 8)
        ArchiveFixtures.put16(60_000, into: &bytes, at: end + 10)
        #expect(throws: ZipError.tooManyEntries(60_000)) { try ZipArchive(bytes) }
    }

    @Test("A ZIP bomb: a declared size over the total cap, or a ratio no document has")
    func bombs() throws {
        // 20 MB of zeros deflate to about 60 KB here, a ratio over 300; declared larger still, it is refused.
        var bytes = try ArchiveFixtures.archive([("sheet.xml", [UInt8](repeating: 0, count: 2_000_000))])
        let directory = ArchiveFixtures.directory(bytes)
        ArchiveFixtures.put32(ZipLimits.maxTotalSize + 1, into: &bytes, at: directory + 24)
        #expect(throws: ZipError.tooLarge("sheet.xml")) { try ZipArchive(bytes) }
        ArchiveFixtures.put32(2_000_000_000 / 10, into: &bytes, at: directory + 24)
        let compressed = Int(bytes[directory + 20]) | Int(bytes[directory + 21]) << 8 | Int(bytes[directory + 22]) << 16
        ArchiveFixtures.put32(compressed * (ZipLimits.maxRatio + 1), into: &bytes, at: directory + 24)
        #expect(throws: ZipError.suspiciousRatio("sheet.xml")) { try ZipArchive(bytes) }
    }

    @Test("An entry that inflates past its declared size stops there")
    func inflatesPastDeclared() throws {
        var bytes = try ArchiveFixtures.archive([("a.txt", Array(String(repeating: "abc", count: 1000).utf8))])
        ArchiveFixtures.put32(10, into: &bytes, at: ArchiveFixtures.directory(bytes) + 24)
        let archive = try ZipArchive(bytes)
        #expect(throws: ZipError.damaged("a.txt")) { try archive.data("a.txt") }
    }

    @Test("Every hostile archive message is in both languages")
    func messages() {
        let errors: [ZipError] = [.notAnArchive, .truncated, .zip64, .multiDisk, .tooManyEntries(3), .overlapping("x"),
                                  .encrypted("x"), .unsupportedMethod("x", 1), .tooLarge("x"), .suspiciousRatio("x"),
                                  .damaged("x"), .checksum("x"), .missingEntry("x"), .writerTooLarge]
        for error in errors {
            #expect(!error.message.en.isEmpty && error.message.ru != error.message.en)
        }
    }

    @Test("Truncating a real archive at every length never crashes")
    func everyPrefix() throws {
        let bytes = try ArchiveFixtures.bytes("python-deflate-9.zip")
        for length in stride(from: 0, to: bytes.count, by: 7) {
            let prefix = Array(bytes.prefix(length))
            if let archive = try? ZipArchive(prefix) {
                for entry in archive.entries { _ = try? archive.data(of: entry) }
            }
        }
        // Flipping bytes of the compressed data is caught too.
        for position in stride(from: 40, to: 400, by: 13) {
            var damaged = bytes
            damaged[position] ^= 0x5A
            if let archive = try? ZipArchive(damaged) {
                for entry in archive.entries { _ = try? archive.data(of: entry) }
            }
        }
    }
}
