/// Why an XML part could not be read: what and at which byte.
struct XMLError: Error, Sendable, Equatable {
    var offset: Int
    var reason: String

    /// The message for the organizer, naming the part of the document.
    func message(part: String) -> LocalizedText {
        LocalizedText(en: "the part «\(part)» of the file is not well-formed XML (byte \(offset): \(reason)); the file is damaged, save it again from Excel or LibreOffice",
                      ru: "часть «\(part)» файла — неправильный XML (байт \(offset): \(reason)); файл повреждён, сохраните его заново из Excel или LibreOffice")
    }
}

/// A small XML 1.0 reader for the parts of Office documents: elements,
/// attributes, character data, the predefined and numeric character
/// references, CDATA sections; comments and processing instructions are
/// skipped. Document type declarations are refused (Office never writes one,
/// and they are how entity-expansion attacks start). Nesting is bounded by
/// `maxDepth` and the reader keeps its own stack, so no input can exhaust the
/// call stack; the work is linear in the input.
enum XMLReader {
    /// Deeper nesting than this is refused; Office parts nest a dozen levels.
    static let maxDepth = 256

    /// Reads the document in `bytes` (UTF-8) and returns its root element.
    static func read(_ bytes: [UInt8]) throws(XMLError) -> XMLElement {
        var parser = Parser(bytes: bytes)
        return try parser.document()
    }

    private struct Parser {
        let bytes: [UInt8]
        var i = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
            // A UTF-8 byte order mark is allowed before the declaration.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        }

        func fail(_ reason: String, at offset: Int? = nil) -> XMLError {
            XMLError(offset: offset ?? i, reason: reason)
        }

        func starts(_ text: String) -> Bool {
            let pattern = Array(text.utf8)
            guard bytes.count - i >= pattern.count else { return false }
            for (k, byte) in pattern.enumerated() where bytes[i + k] != byte { return false }
            return true
        }

        /// Moves past the next `terminator`, failing at the end of input.
        mutating func skip(past terminator: String, what: String) throws(XMLError) -> Range<Int> {
            let pattern = Array(terminator.utf8)
            let start = i
            while i + pattern.count <= bytes.count {
                if bytes[i] == pattern[0], Array(bytes[i..<(i + pattern.count)]) == pattern {
                    let range = start..<i
                    i += pattern.count
                    return range
                }
                i += 1
            }
            throw fail("\(what) is never closed", at: start)
        }

        static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

        static func isNameByte(_ b: UInt8) -> Bool {
            !(isSpace(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: ">") || b == UInt8(ascii: "=")
              || b == UInt8(ascii: "<") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "&"))
        }

        mutating func skipSpace() {
            while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
        }

        mutating func name() throws(XMLError) -> String {
            let start = i
            while i < bytes.count, Self.isNameByte(bytes[i]) { i += 1 }
            guard i > start else { throw fail("a name is expected") }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }

        /// Skips comments, processing instructions and white space between markup.
        mutating func misc() throws(XMLError) {
            while true {
                skipSpace()
                if starts("<?") {
                    i += 2
                    _ = try skip(past: "?>", what: "a processing instruction")
                } else if starts("<!--") {
                    i += 4
                    _ = try skip(past: "-->", what: "a comment")
                } else if starts("<!DOCTYPE") || starts("<!doctype") {
                    throw fail("document type declarations are not allowed")
                } else {
                    return
                }
            }
        }

        /// Resolves the character references and entities of `raw`.
        func decode(_ range: Range<Int>) throws(XMLError) -> String {
            guard bytes[range].contains(UInt8(ascii: "&")) else {
                return String(decoding: bytes[range], as: UTF8.self)
            }
            var out: [UInt8] = []
            out.reserveCapacity(range.count)
            var k = range.lowerBound
            while k < range.upperBound {
                let b = bytes[k]
                guard b == UInt8(ascii: "&") else {
                    out.append(b)
                    k += 1
                    continue
                }
                var end = k + 1
                while end < range.upperBound, bytes[end] != UInt8(ascii: ";"), end - k < 12 { end += 1 }
                guard end < range.upperBound, bytes[end] == UInt8(ascii: ";") else {
                    throw fail("an «&» that starts no reference", at: k)
                }
                let entity = String(decoding: bytes[(k + 1)..<end], as: UTF8.self)
                switch entity {
                case "lt": out.append(UInt8(ascii: "<"))
                case "gt": out.append(UInt8(ascii: ">"))
                case "amp": out.append(UInt8(ascii: "&"))
                case "quot": out.append(UInt8(ascii: "\""))
                case "apos": out.append(UInt8(ascii: "'"))
                default:
                    var value: UInt32?
                    if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                        value = UInt32(entity.dropFirst(2), radix: 16)
                    } else if entity.hasPrefix("#") {
                        value = UInt32(entity.dropFirst(), radix: 10)
                    }
                    guard let value, let scalar = Unicode.Scalar(value), value != 0 else {
                        throw fail("unknown reference «&\(entity);»", at: k)
                    }
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                }
                k = end + 1
            }
            return String(decoding: out, as: UTF8.self)
        }

        /// Reads a start tag after its `<`: the name, the attributes, and whether it closes itself.
        mutating func startTag() throws(XMLError) -> (XMLElement, selfClosing: Bool) {
            var element = XMLElement(name: try name())
            while true {
                let hadSpace = i < bytes.count && Self.isSpace(bytes[i])
                skipSpace()
                guard i < bytes.count else { throw fail("the tag <\(element.name)> is never closed") }
                if bytes[i] == UInt8(ascii: ">") {
                    i += 1
                    return (element, false)
                }
                if starts("/>") {
                    i += 2
                    return (element, true)
                }
                guard hadSpace else { throw fail("white space is expected between attributes") }
                let attribute = try name()
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else { throw fail("«=» is expected after «\(attribute)»") }
                i += 1
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else {
                    throw fail("the value of «\(attribute)» must be in quotes")
                }
                let quote = bytes[i]
                i += 1
                let start = i
                while i < bytes.count, bytes[i] != quote {
                    if bytes[i] == UInt8(ascii: "<") { throw fail("«<» inside the value of «\(attribute)»") }
                    i += 1
                }
                guard i < bytes.count else { throw fail("the value of «\(attribute)» is never closed", at: start) }
                let value = try decode(start..<i)
                i += 1
                if element.attributes.contains(where: { $0.name == attribute }) {
                    throw fail("the attribute «\(attribute)» is given twice")
                }
                element.attributes.append((attribute, value))
            }
        }

        mutating func document() throws(XMLError) -> XMLElement {
            try misc()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "<") else { throw fail("the document has no root element") }
            i += 1
            let (root, selfClosing) = try startTag()
            var stack: [XMLElement] = [root]
            var finished: XMLElement? = selfClosing ? root : nil
            if selfClosing { stack.removeAll() }
            while !stack.isEmpty {
                guard i < bytes.count else { throw fail("the element <\(stack[stack.count - 1].name)> is never closed") }
                if bytes[i] != UInt8(ascii: "<") {
                    let start = i
                    while i < bytes.count, bytes[i] != UInt8(ascii: "<") { i += 1 }
                    stack[stack.count - 1].children.append(.text(try decode(start..<i)))
                } else if starts("<![CDATA[") {
                    i += 9
                    let range = try skip(past: "]]>", what: "a CDATA section")
                    stack[stack.count - 1].children.append(.text(String(decoding: bytes[range], as: UTF8.self)))
                } else if starts("<!--") {
                    i += 4
                    _ = try skip(past: "-->", what: "a comment")
                } else if starts("<?") {
                    i += 2
                    _ = try skip(past: "?>", what: "a processing instruction")
                } else if starts("</") {
                    let tagStart = i
                    i += 2
                    let closing = try name()
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ">") else { throw fail("«>» is expected after </\(closing)") }
                    i += 1
                    // Not empty: the loop runs only while the stack has an element.
                    guard let element = stack.popLast() else { break }
                    guard element.name == closing else {
                        throw fail("</\(closing)> closes <\(element.name)>", at: tagStart)
                    }
                    if stack.isEmpty {
                        finished = element
                    } else {
                        stack[stack.count - 1].children.append(.element(element))
                    }
                } else if starts("<!") {
                    throw fail("unexpected markup «<!»")
                } else {
                    i += 1
                    let (element, selfClosing) = try startTag()
                    if selfClosing {
                        stack[stack.count - 1].children.append(.element(element))
                    } else {
                        guard stack.count < XMLReader.maxDepth else { throw fail("elements nested more than \(XMLReader.maxDepth) deep") }
                        stack.append(element)
                    }
                }
            }
            try misc()
            guard i == bytes.count else { throw fail("content after the root element") }
            guard let finished else { throw fail("the document has no root element") }
            return finished
        }
    }
}
