import Testing
@testable import SessionPlanKit

@Suite("XML reader")
struct XMLReaderTests {
    static func read(_ text: String) throws -> XMLElement { try XMLReader.read(Array(text.utf8)) }

    @Test("Elements, attributes, text, entities, CDATA, comments, prefixes")
    func document() throws {
        let root = try Self.read("""
            \u{FEFF}<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!-- a comment -->
            <x:sst xmlns:x="urn:x" count='2'><x:si><x:t xml:space="preserve"> Анна &amp; &lt;Борис&gt; &#1042;&#x435;ра &quot;&apos;</x:t></x:si>\
            <x:si><x:r><x:t>a</x:t></x:r><!-- inside --><x:r><x:t><![CDATA[<b>&amp;]]></x:t></x:r></x:si><empty/></x:sst>
            """)
        #expect(root.name == "x:sst")
        #expect(root.localName == "sst")
        #expect(root.attribute("count") == "2")
        #expect(root.elements("si").count == 2)
        #expect(root.elements("si")[0].text == " Анна & <Борис> Вера \"'")
        #expect(root.elements("si")[1].text == "a<b>&amp;")
        #expect(root.element("empty") != nil)
        #expect(root.elements("si")[0].element("t")?.attribute("space") == "preserve")
    }

    @Test("Malformed documents are errors with a byte offset",
          arguments: ["", "text", "<a>", "<a></b>", "<a b=c/>", "<a b='1' b='2'/>", "<a>&unknown;</a>", "<a>&#0;</a>",
                      "<a>&#x110000;</a>", "<a/><b/>", "<!DOCTYPE a [<!ENTITY x 'y'>]><a>&x;</a>", "<a><![CDATA[x</a>",
                      "<a><!-- x</a>", "<a b='<'/>", "<a b='1'c='2'/>", "<a>& </a>", "<a b='x", "</a>"])
    func malformed(_ text: String) {
        #expect(throws: XMLError.self) { try Self.read(text) }
    }

    @Test("Nesting past the limit is an error, not a stack overflow")
    func deepNesting() throws {
        let deep = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
        #expect(throws: XMLError.self) { try Self.read(deep) }
        let fine = String(repeating: "<a>", count: 200) + "x" + String(repeating: "</a>", count: 200)
        #expect(try Self.read(fine).text == "x")
    }

    @Test("The error message names the part and the byte")
    func message() {
        do throws(XMLError) {
            _ = try XMLReader.read(Array("<a></b>".utf8))
            Issue.record("no error")
        } catch {
            #expect(error.message(part: "xl/sharedStrings.xml").ru.contains("xl/sharedStrings.xml"))
            #expect(error.offset == 3)
        }
    }
}
