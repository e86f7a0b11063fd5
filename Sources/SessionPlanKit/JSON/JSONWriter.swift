/// Writes a `JSONValue` tree as pretty-printed UTF-8 JSON: two-space indents,
/// object members in the order given, one value per line, except that an array
/// of scalars stays on one line when that line fits in `lineWidth` columns.
/// Strings are escaped per RFC 8259 (`"`, `\` and control characters); other
/// characters, Cyrillic included, are written as they are, so the file stays
/// readable. The output is deterministic and ends with a line break.
///
/// The tree is walked with an explicit stack, so any depth is safe.
enum JSONWriter {
    /// The widest line, in characters, that a one-line array may make.
    static let lineWidth = 100

    /// The document as UTF-8 bytes.
    static func bytes(_ value: JSONValue) -> [UInt8] {
        var writer = Writer()
        writer.write(value)
        return writer.output
    }

    /// The document as text.
    static func string(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    /// `text` as a JSON string literal, quotes included.
    static func quoted(_ text: String) -> String {
        var output: [UInt8] = []
        appendQuoted(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Also written as `\\u` escapes, so that no file or terminal receives them raw
    /// (the same value for every JSON reader): DEL, the C1 controls and the
    /// bidirectional controls that `OutputSanitizer` makes visible elsewhere.
    static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
            func appendEscape(_ value: UInt32) {
                output.append(contentsOf: [0x5C, UInt8(ascii: "u")])
                for shift in stride(from: 12, through: 0, by: -4) { output.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)]) }
            }
            var runStart = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                // The length of an invisible control's UTF-8 and its code point, or nil for other text.
                var special: (length: Int, value: UInt32)?
                if byte == 0x7F {
                    special = (1, 0x7F)
                } else if byte == 0xC2, index + 1 < utf8.count, (0x80...0x9F).contains(utf8[index + 1]) {
                    special = (2, UInt32(utf8[index + 1]))
                } else if byte == 0xD8, index + 1 < utf8.count, utf8[index + 1] == 0x9C {
                    special = (2, 0x061C)
                } else if byte == 0xE2, index + 2 < utf8.count {
                    let second = utf8[index + 1], third = utf8[index + 2]
                    let value = 0x2000 | (UInt32(second & 0x3F) << 6) | UInt32(third & 0x3F)
                    if (second == 0x80 && ((0x8E...0x8F).contains(third) || (0xAA...0xAE).contains(third)))
                        || (second == 0x81 && (0xA6...0xA9).contains(third)) {
                        special = (3, value)
                    }
                }
                if let special {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    appendEscape(special.value)
                    index += special.length
                    runStart = index
                    continue
                }
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else {
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                index += 1
                runStart = index
                switch byte {
                case 0x22, 0x5C: output.append(contentsOf: [0x5C, byte])
                case 0x08: output.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                case 0x0C: output.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                case 0x0A: output.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: output.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: output.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                default: appendEscape(UInt32(byte))
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        output.append(0x22)
    }
}

private struct Writer {
    /// An array or object being written, and the index of its next child.
    private struct Frame {
        enum Children {
            case elements([JSONValue])
            case members([JSONMember])
        }

        let children: Children
        let indent: Int
        var next = 0

        var count: Int {
            switch children {
            case .elements(let elements): elements.count
            case .members(let members): members.count
            }
        }
    }

    var output: [UInt8] = []
    private var lineStart = 0
    private var stack: [Frame] = []

    mutating func write(_ root: JSONValue) {
        output.reserveCapacity(4096)
        begin(root, indent: 0, isLast: true)
        while let top = stack.last {
            let depth = stack.count - 1
            guard top.next < top.count else {
                newline(indent: top.indent)
                if case .members = top.children { output.append(UInt8(ascii: "}")) } else { output.append(UInt8(ascii: "]")) }
                stack.removeLast()
                continue
            }
            if top.next > 0 { output.append(UInt8(ascii: ",")) }
            newline(indent: top.indent + 1)
            stack[depth].next += 1
            let isLast = top.next + 1 == top.count
            switch top.children {
            case .elements(let elements):
                begin(elements[top.next], indent: top.indent + 1, isLast: isLast)
            case .members(let members):
                JSONWriter.appendQuoted(members[top.next].key, to: &output)
                output.append(contentsOf: [UInt8(ascii: ":"), 0x20])
                begin(members[top.next].value, indent: top.indent + 1, isLast: isLast)
            }
        }
        output.append(0x0A)
    }

    /// Writes a scalar or an empty or one-line array whole; opens any other container.
    private mutating func begin(_ value: JSONValue, indent: Int, isLast: Bool) {
        switch value.kind {
        case .array(let elements):
            if elements.isEmpty {
                output.append(contentsOf: [UInt8(ascii: "["), UInt8(ascii: "]")])
                return
            }
            if elements.allSatisfy(\.isScalar) {
                let mark = output.count
                output.append(UInt8(ascii: "["))
                for (index, element) in elements.enumerated() {
                    if index > 0 { output.append(contentsOf: [UInt8(ascii: ","), 0x20]) }
                    writeScalar(element)
                }
                output.append(UInt8(ascii: "]"))
                if currentColumn() + (isLast ? 0 : 1) <= JSONWriter.lineWidth { return }
                output.removeSubrange(mark...)
            }
            output.append(UInt8(ascii: "["))
            stack.append(Frame(children: .elements(elements), indent: indent))
        case .object(let members):
            if members.isEmpty {
                output.append(contentsOf: [UInt8(ascii: "{"), UInt8(ascii: "}")])
                return
            }
            output.append(UInt8(ascii: "{"))
            stack.append(Frame(children: .members(members), indent: indent))
        default:
            writeScalar(value)
        }
    }

    private mutating func writeScalar(_ value: JSONValue) {
        switch value.kind {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number): output.append(contentsOf: number.text.utf8)
        case .string(let text): JSONWriter.appendQuoted(text, to: &output)
        case .array, .object: break // never called for containers
        }
    }

    private mutating func newline(indent: Int) {
        output.append(0x0A)
        lineStart = output.count
        output.append(contentsOf: repeatElement(0x20, count: indent * 2))
    }

    /// Characters (scalars) written on the current line so far.
    private func currentColumn() -> Int {
        var count = 0
        for index in lineStart..<output.count where output[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}

extension JSONValue {
    /// Whether the value is not an array or object.
    var isScalar: Bool {
        switch kind {
        case .array, .object: false
        default: true
        }
    }
}
