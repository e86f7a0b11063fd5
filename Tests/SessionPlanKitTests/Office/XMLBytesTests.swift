import Testing
@testable import SessionPlanKit

/// A part of many megabytes kept as DEFLATE's pieces, each with the window before it.
@Suite struct XMLBytesTests {
    /// About 3.3 MB of rows, so four pieces.
    static func rows(into xml: inout XMLBytes) -> [UInt8] {
        var expected: [UInt8] = []
        for index in 0..<40_000 {
            let name = "Иванова Мария \(index) & «Ко»"
            xml.append("<row><c><t>")
            xml.appendEscaped(name)
            xml.append(markup: "</t></c><v>\(index)</v></row>")
            expected += Array("<row><c><t>".utf8) + Array(XMLText.escape(name).utf8) + Array("</t></c><v>\(index)</v></row>".utf8)
        }
        return expected
    }

    @Test func aLargePartIsCutIntoPiecesEachWithTheWindowBeforeIt() {
        var xml = XMLBytes()
        let expected = Self.rows(into: &xml)
        #expect(xml.bytes == expected)
        #expect(xml.count == expected.count)
        let pieces = xml.pieces
        #expect(pieces.count == 4)
        #expect(pieces[0].start == 0)
        var offset = 0
        for piece in pieces {
            // The window is the stream's bytes just before the piece.
            #expect(Array(piece.bytes[..<piece.start]) == Array(expected[(offset - piece.start)..<offset]))
            offset += piece.bytes.count - piece.start
        }
        #expect(pieces.dropFirst().allSatisfy { $0.start == Deflater.windowSize })
    }

    @Test func aPartPutBeforeKeepsItsOwnPiecesAndTheFirstPieceNeedsNoWindow() {
        var header = XMLBytes()
        header.append(markup: "<head/>")
        var xml = XMLBytes()
        let expected = Self.rows(into: &xml)
        xml.prepend(header)
        xml.append("<end/>")
        #expect(xml.bytes == Array("<head/>".utf8) + expected + Array("<end/>".utf8))
        #expect(xml.pieces.first?.bytes == Array("<head/>".utf8))
        #expect(xml.pieces[1].start == 0)
    }

    @Test func aPartInPiecesIsStoredInAZipAsOneEntry() throws {
        var xml = XMLBytes()
        let expected = Self.rows(into: &xml)
        var zip = ZipWriter()
        zip.add("part.xml", ZipWriter.Entry(xml))
        let archive = try ZipArchive(try zip.finish().get())
        #expect(try archive.data("part.xml") == expected)
    }

    @Test func aPartThatCompressingWouldNotShortenIsStoredAsItIs() throws {
        var xml = XMLBytes()
        xml.append("<a/>")
        var zip = ZipWriter()
        zip.add("a.xml", ZipWriter.Entry(xml))
        zip.add("empty.xml", ZipWriter.Entry(XMLBytes()))
        let bytes = try zip.finish().get()
        // The local header's method (offset 8) is 0, stored, and the four bytes follow the name.
        #expect(bytes[8] == 0 && bytes[9] == 0)
        let archive = try ZipArchive(bytes)
        #expect(try archive.data("a.xml") == Array("<a/>".utf8))
        #expect(try archive.data("empty.xml").isEmpty)
    }
}
