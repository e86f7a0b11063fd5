/// Turns a Word document (`.docx`) into `ProgramLine`s: one line per
/// paragraph (a table row is one line, its cells separated by tabs; a line
/// break inside a paragraph starts a new line), italic runs marked as
/// italics, list paragraphs given the bullet or number Word draws in front of
/// them (`- `, `1. `). The lines are numbered by paragraph, as Word counts.
enum WordDocumentReader {
    /// Why the document cannot be read.
    enum Failure: Error {
        case archive(ZipError)
        case missingDocument
        case xml(XMLError)

        var message: LocalizedText {
            switch self {
            case .archive(let error): error.message
            case .missingDocument:
                LocalizedText(en: "this archive is not a Word document (it has no word/document.xml); save the program from Word as .docx again",
                              ru: "этот архив — не документ Word (в нём нет word/document.xml); сохраните программу из Word как .docx заново")
            case .xml(let error): error.message(part: "word/document.xml")
            }
        }
    }

    static func lines(_ bytes: [UInt8]) -> Result<[ProgramLine], Failure> {
        let archive: ZipArchive
        let document: XMLElement
        do throws(ZipError) {
            archive = try ZipArchive(bytes)
        } catch {
            return .failure(.archive(error))
        }
        guard archive.contains("word/document.xml") else { return .failure(.missingDocument) }
        do {
            let data = try archive.data("word/document.xml")
            document = try XMLReader.read(data)
        } catch let error as ZipError {
            return .failure(.archive(error))
        } catch let error as XMLError {
            return .failure(.xml(error))
        } catch {
            return .failure(.missingDocument)
        }
        var numbering = ListNumbering(archive: archive)
        var texts: [String] = []
        if let body = document.element("body") {
            for element in body.elements { collect(element, into: &texts, numbering: &numbering) }
        }
        var lines: [ProgramLine] = []
        lines.reserveCapacity(texts.count)
        for (index, text) in texts.enumerated() {
            lines.append(ProgramLine(number: index + 1, marked: text))
        }
        return .success(lines)
    }

    /// Paragraphs and tables of a block, in order; a table row becomes one line.
    private static func collect(_ element: XMLElement, into texts: inout [String], numbering: inout ListNumbering) {
        switch element.localName {
        case "p":
            let prefix = numbering.prefix(for: element)
            let parts = paragraphText(element)
            for (offset, part) in parts.enumerated() { texts.append((offset == 0 ? prefix : "") + part) }
        case "tbl":
            for row in element.elements("tr") {
                let cells = row.elements("tc").map { cell in
                    cell.elements("p").flatMap(paragraphText).joined(separator: " ")
                }
                texts.append(cells.joined(separator: "\t"))
            }
        case "sdt":
            if let content = element.element("sdtContent") {
                for child in content.elements { collect(child, into: &texts, numbering: &numbering) }
            }
        default:
            break
        }
    }

    /// A paragraph's text with italic marks; a line break splits it.
    private static func paragraphText(_ paragraph: XMLElement) -> [String] {
        var parts: [String] = [""]
        var runs: [XMLElement] = []
        for child in paragraph.elements {
            switch child.localName {
            case "r": runs.append(child)
            case "hyperlink", "smartTag", "ins", "fldSimple": runs.append(contentsOf: child.elements("r"))
            default: break
            }
        }
        for run in runs {
            let italic = run.element("rPr").flatMap { $0.element("i") }.map { value in
                let flag = value.attribute("val") ?? "true"
                return flag != "0" && flag != "false"
            } ?? false
            var text = ""
            for piece in run.elements {
                switch piece.localName {
                case "t": text += ProgramTextReader.cleanText(piece.text)
                case "tab": text += "\t"
                case "br", "cr":
                    parts[parts.count - 1] += italic && !text.isEmpty ? mark(text) : text
                    text = ""
                    parts.append("")
                default: break
                }
            }
            parts[parts.count - 1] += italic && !text.trimming(" ").isEmpty ? mark(text) : text
        }
        return parts
    }

    private static func mark(_ text: String) -> String {
        String(ProgramLine.italicStart) + text + String(ProgramLine.italicEnd)
    }
}

/// The bullets and numbers Word draws before list paragraphs, from `word/numbering.xml`.
struct ListNumbering {
    /// numId → abstractNumId; (abstractNumId, level) → format.
    private var abstract: [String: String] = [:]
    private var formats: [String: String] = [:]
    private var counters: [String: Int] = [:]

    init(archive: ZipArchive) {
        guard archive.contains("word/numbering.xml"), let data = try? archive.data("word/numbering.xml"),
              let root = try? XMLReader.read(data) else { return }
        for definition in root.elements("abstractNum") {
            guard let id = definition.attribute("abstractNumId") else { continue }
            for level in definition.elements("lvl") {
                formats[id + "/" + (level.attribute("ilvl") ?? "0")] = level.element("numFmt")?.attribute("val") ?? "bullet"
            }
        }
        for number in root.elements("num") {
            if let id = number.attribute("numId"), let target = number.element("abstractNumId")?.attribute("val") {
                abstract[id] = target
            }
        }
    }

    /// `- ` for a bulleted paragraph, `3. ` for the third of a numbered list, `` otherwise.
    mutating func prefix(for paragraph: XMLElement) -> String {
        guard let properties = paragraph.element("pPr")?.element("numPr"),
              let id = properties.element("numId")?.attribute("val"), id != "0" else { return "" }
        let level = properties.element("ilvl")?.attribute("val") ?? "0"
        let format = abstract[id].flatMap { formats[$0 + "/" + level] } ?? "bullet"
        if format == "bullet" || format == "none" { return "- " }
        let key = id + "/" + level
        let next = (counters[key] ?? 0) + 1
        counters[key] = next
        return "\(next). "
    }
}
