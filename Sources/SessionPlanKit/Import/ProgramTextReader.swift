/// Turns the bytes of a `.txt` or `.md` program into `ProgramLine`s: decodes
/// UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark or
/// Windows-1251; turns the marks conversions leave (`<i>…</i>`, `<em>`,
/// `*…*`, `_…_`) into italic marks, drops bold (`<b>`, `**`, `__`) and
/// Markdown heading signs, and removes control characters.
enum ProgramTextReader {
    /// Why a file cannot be read as a program.
    enum Failure: Error {
        /// A ZIP container (a `.docx`, `.xlsx`, `.odt` saved under another name).
        case officeDocument
        /// Zero bytes: not a text file.
        case binary(byte: Int)

        var message: LocalizedText {
            switch self {
            case .officeDocument:
                LocalizedText(en: "this is a Word or OpenDocument file, not text; name it .docx, or save the program as text (File → Save As → Plain Text, UTF-8)",
                              ru: "это документ Word или OpenDocument, а не текст; назовите файл .docx или сохраните программу как текст (Файл → Сохранить как → Обычный текст, UTF-8)")
            case .binary(let byte):
                LocalizedText(en: "this is not a text file (a zero byte at byte \(byte)); save the program as text (UTF-8) or as .docx",
                              ru: "это не текстовый файл (нулевой байт, байт \(byte)); сохраните программу как текст (UTF-8) или как .docx")
            }
        }
    }

    /// The lines of the file, numbered from 1, with the encoding recognised.
    static func lines(_ bytes: [UInt8]) -> Result<(lines: [ProgramLine], encoding: TextEncoding), Failure> {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .failure(.officeDocument) }
        let decoded: DecodedText
        switch TextDecoding.decode(bytes) {
        case .success(let text): decoded = text
        case .failure:
            let zero = bytes.firstIndex(of: 0).map { $0 + 1 } ?? 1
            return .failure(.binary(byte: zero))
        }
        var lines: [ProgramLine] = []
        var number = 0
        var current = ""
        var previousWasCR = false
        func finish() {
            number += 1
            lines.append(ProgramLine(number: number, marked: marks(in: current)))
            current = ""
        }
        for scalar in decoded.text.unicodeScalars {
            if scalar == "\n" {
                if !previousWasCR { finish() }
                previousWasCR = false
                continue
            }
            previousWasCR = false
            if scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                finish()
                previousWasCR = scalar == "\r"
                continue
            }
            current.unicodeScalars.append(cleaned(scalar))
        }
        if !current.isEmpty { finish() }
        return .success((lines, decoded.encoding))
    }

    /// Text from a document with control, format and private-use characters made spaces.
    static func cleanText(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(cleaned(scalar)) }
        return String(result)
    }

    /// Tabs and odd spaces become spaces; control, format and private-use characters become spaces too.
    private static func cleaned(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.properties.generalCategory {
        case .control, .privateUse, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .surrogate, .unassigned:
            return " "
        default:
            return scalar
        }
    }

    /// The line's inline marks made into italic marks; bold and heading signs dropped.
    static func marks(in line: String) -> String {
        var text = Substring(line)
        // Markdown headings and block quotes: `## Программа`, `> …`.
        while let first = text.first, first == "#" || first == ">" { text = text.dropFirst() }
        let characters = Array(text)
        var output = ""
        var index = 0
        var italic = false
        func isWordCharacter(_ position: Int) -> Bool {
            position >= 0 && position < characters.count && !characters[position].isWhitespace
        }
        func isLetterOrDigit(_ position: Int) -> Bool {
            position >= 0 && position < characters.count && (characters[position].isLetter || characters[position].isNumber)
        }
        while index < characters.count {
            let character = characters[index]
            if character == "<", let (tag, length) = tag(in: characters, at: index) {
                switch tag {
                case "i", "em": output.append(ProgramLine.italicStart); italic = true
                case "/i", "/em": output.append(ProgramLine.italicEnd); italic = false
                default: break
                }
                index += length
                continue
            }
            if character == "*" || character == "_" {
                var run = 1
                while index + run < characters.count, characters[index + run] == character { run += 1 }
                let opens = isWordCharacter(index + run) && !isLetterOrDigit(index - 1)
                let closes = isWordCharacter(index - 1) && !isLetterOrDigit(index + run)
                // `_` inside a word (snake_case, a link) is text; `*`/`_` between spaces too.
                if opens || closes {
                    if run % 2 == 1 {
                        if opens && !italic { output.append(ProgramLine.italicStart); italic = true }
                        else if closes && italic { output.append(ProgramLine.italicEnd); italic = false }
                    }
                    index += run
                    continue
                }
            }
            if character == "\\", index + 1 < characters.count, "\\`*_{}[]()#+-.!<>".contains(characters[index + 1]) {
                output.append(characters[index + 1])
                index += 2
                continue
            }
            output.append(character)
            index += 1
        }
        if italic { output.append(ProgramLine.italicEnd) }
        return output
    }

    /// An HTML formatting tag at `index` (`<i>`, `</b>`, `<em class="x">`): its lowercased name and length.
    private static func tag(in characters: [Character], at index: Int) -> (String, Int)? {
        var end = index + 1
        var name = ""
        if end < characters.count, characters[end] == "/" { name = "/"; end += 1 }
        while end < characters.count, characters[end].isLetter, name.count < 8 { name.append(characters[end]); end += 1 }
        let known: Set<String> = ["i", "em", "b", "strong", "u", "span", "/i", "/em", "/b", "/strong", "/u", "/span", "br"]
        guard known.contains(name.lowercased()) else { return nil }
        var limit = 0
        while end < characters.count, characters[end] != ">", characters[end] != "<", limit < 200 { end += 1; limit += 1 }
        guard end < characters.count, characters[end] == ">" else { return nil }
        return (name.lowercased(), end - index + 1)
    }
}
