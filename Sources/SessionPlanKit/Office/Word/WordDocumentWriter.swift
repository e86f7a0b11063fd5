/// Writes a `WordDocument` as a .docx file (ECMA-376 WordprocessingML): A4
/// pages, the styles Normal, Title, Subtitle, Heading 1, Heading 2 and the
/// table style "Table Grid", and the document's language on every run.
enum WordDocumentWriter {
    private static let word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    static func write(_ document: WordDocument) -> Result<[UInt8], ZipError> {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", text: XMLText.declaration
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "</Types>")
        zip.add("_rels/.rels", text: XMLText.declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
                + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "</Relationships>")
        zip.add("docProps/core.xml", text: XMLText.declaration
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title>\(XMLText.escape(document.title))</dc:title><dc:language>\(XMLText.escape(document.language))</dc:language>"
                + "</cp:coreProperties>")
        zip.add("word/_rels/document.xml.rels", text: XMLText.declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
                + "<Relationship Id=\"rId1\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/></Relationships>")
        zip.add("word/styles.xml", text: styles(language: document.language))
        zip.add("word/document.xml", ZipWriter.Entry(body(document)))
        return zip.finish()
    }

    /// The document part, as bytes: a program with every group at work in every group-work slot
    /// is hundreds of thousands of paragraphs, many of them the same line again.
    private static func body(_ document: WordDocument) -> XMLBytes {
        var xml = XMLBytes()
        var joiner = NoBreakRuns.Joiner()
        xml.append(markup: XMLText.declaration + "<w:document xmlns:w=\"\(word)\" xmlns:r=\"\(relationships)\"><w:body>")
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph): self.paragraph(paragraph, into: &xml, joiner: &joiner)
            case .pageBreak: xml.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>")
            case .table(let table): self.table(table, into: &xml, joiner: &joiner)
            }
        }
        // A4 portrait, margins 2 cm (left 3 cm, for binding).
        xml.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>")
        xml.append("<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>")
        xml.append("</w:sectPr></w:body></w:document>")
        return xml
    }

    private static func paragraph(_ paragraph: WordDocument.Paragraph, into xml: inout XMLBytes, joiner: inout NoBreakRuns.Joiner) {
        xml.append("<w:p>")
        if paragraph.style != .normal { xml.append(markup: "<w:pPr><w:pStyle w:val=\"\(paragraph.style.rawValue)\"/></w:pPr>") }
        for run in paragraph.runs { self.run(run, into: &xml, joiner: &joiner) }
        xml.append("</w:p>")
    }

    /// A run; line breaks in its text become `<w:br/>`, tabs `<w:tab/>`, and
    /// the words that must stay on one line are joined with U+00A0, which
    /// Word and LibreOffice do not break at (`NoBreakRuns.joined`).
    private static func run(_ run: WordDocument.Run, into xml: inout XMLBytes, joiner: inout NoBreakRuns.Joiner) {
        xml.append("<w:r>")
        if run.bold || run.italic {
            xml.append("<w:rPr>")
            if run.bold { xml.append("<w:b/>") }
            if run.italic { xml.append("<w:i/>") }
            xml.append("</w:rPr>")
        }
        func text(_ piece: String) {
            xml.append("<w:t xml:space=\"preserve\">")
            xml.appendEscaped(joiner.joined(piece))
            xml.append("</w:t>")
        }
        if !Self.hasBreaksOrTabs(run.text) {
            if !run.text.isEmpty { text(run.text) }
        } else {
            let lines = run.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            for (index, line) in lines.enumerated() {
                if index > 0 { xml.append("<w:br/>") }
                for (part, piece) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                    if part > 0 { xml.append("<w:tab/>") }
                    if !piece.isEmpty { text(String(piece)) }
                }
            }
        }
        xml.append("</w:r>")
    }

    /// Whether the text has a tab or a line break of any kind (LF, VT, FF, CR, NEL, LS, PS), by its bytes.
    private static func hasBreaksOrTabs(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var previous: UInt8 = 0, beforePrevious: UInt8 = 0
            for byte in bytes {
                if byte == 0x09 || UTF8LineBreaks.length(endingWith: byte, after: previous, beforePrevious) > 0 { return true }
                beforePrevious = previous
                previous = byte
            }
            return false
        }
    }

    private static func table(_ table: WordDocument.Table, into xml: inout XMLBytes, joiner: inout NoBreakRuns.Joiner) {
        xml.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/>")
        xml.append("<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>")
        for width in table.columnWidths { xml.append(markup: "<w:gridCol w:w=\"\(width)\"/>") }
        xml.append("</w:tblGrid>")
        for row in table.rows {
            xml.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            for (column, cell) in row.enumerated() {
                let width = column < table.columnWidths.count ? table.columnWidths[column] : 0
                xml.append(markup: "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>")
                // A cell must hold at least one paragraph.
                if cell.isEmpty { xml.append("<w:p/>") }
                for paragraph in cell { self.paragraph(paragraph, into: &xml, joiner: &joiner) }
                xml.append("</w:tc>")
            }
            xml.append("</w:tr>")
        }
        xml.append("</w:tbl>")
    }

    private static func styles(language: String) -> String {
        let lang = XMLText.escape(language)
        func heading(_ id: String, _ name: String, level: Int, size: Int, before: Int) -> String {
            "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"\(before)\" w:after=\"120\"/><w:outlineLvl w:val=\"\(level)\"/></w:pPr>"
                + "<w:rPr><w:b/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr></w:style>"
        }
        return XMLText.declaration + "<w:styles xmlns:w=\"\(word)\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/>"
            + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"\(lang)\" w:eastAsia=\"\(lang)\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"80\" w:line=\"259\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
            + "<w:rPr><w:lang w:val=\"\(lang)\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"10\"/><w:qFormat/><w:pPr><w:spacing w:after=\"200\"/></w:pPr>"
            + "<w:rPr><w:b/><w:sz w:val=\"48\"/><w:szCs w:val=\"48\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"11\"/><w:qFormat/><w:rPr><w:i/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
            + heading("Heading1", "heading 1", level: 0, size: 32, before: 240)
            + heading("Heading2", "heading 2", level: 1, size: 26, before: 200)
            + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/>"
            + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
            + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/>"
            + "<w:pPr><w:spacing w:after=\"40\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
            + "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
            + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
            + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
            + "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders>"
            + "<w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar>"
            + "</w:tblPr></w:style></w:styles>"
    }
}
