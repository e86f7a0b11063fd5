/// `import` as a library call: a program's bytes in, a session file out.
enum ProgramImport {
    /// Why the file could not be read at all or made into a session.
    enum Failure: Error {
        case unreadable(ProgramTextReader.Failure)
        case program(ImportFailure)
        case document(WordDocumentReader.Failure)

        var message: LocalizedText {
            switch self {
            case .unreadable(let failure): failure.message
            case .program(let failure): failure.message
            case .document(let failure): failure.message
            }
        }
    }

    /// Reads a `.txt` or `.md` program.
    static func importText(_ bytes: [UInt8], options: ImportOptions) -> Result<ImportOutcome, Failure> {
        switch ProgramTextReader.lines(bytes) {
        case .failure(let failure): return .failure(.unreadable(failure))
        case .success(let read): return importLines(read.lines, options: options)
        }
    }

    /// Reads a program already made into lines (a text file's or a Word document's paragraphs).
    static func importLines(_ lines: [ProgramLine], options: ImportOptions) -> Result<ImportOutcome, Failure> {
        let importer = ProgramImporter(lines: lines)
        return SessionAssembly.assemble(importer, options: options).mapError { .program($0) }
    }
}

extension ProgramImport {
    /// A Word document: its paragraphs, with italic runs as marks, read like the lines of a text.
    static func importWordDocument(_ bytes: [UInt8], options: ImportOptions) -> Result<ImportOutcome, Failure> {
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return importText(bytes, options: options) }
        switch WordDocumentReader.lines(bytes) {
        case .failure(let failure): return .failure(.document(failure))
        case .success(let lines): return importLines(lines, options: options)
        }
    }
}
