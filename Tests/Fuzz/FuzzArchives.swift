import Foundation

// The ZIP and Office Open XML targets of the fuzzer (`run-fuzzer.sh SECONDS zip|xlsx|docx`).
enum FuzzArchives {
    /// `zip`: the archive's directory, every entry inflated and checked
    /// against its CRC-32, and each entry read as XML, as the Office readers do.
    static func exerciseZip(_ bytes: [UInt8]) {
        let archive: ZipArchive
        do throws(ZipError) {
            archive = try ZipArchive(bytes)
        } catch {
            _ = error.message
            return
        }
        for entry in archive.entries {
            do throws(ZipError) {
                let data = try archive.data(of: entry)
                _ = try? XMLReader.read(data)
            } catch {
                _ = error.message
            }
        }
        _ = archive.contains("xl/workbook.xml")
    }

    /// `xlsx`: a workbook of registrations, as `groups --roster LIST.xlsx`
    /// reads it: the first sheet, the registration list, the grouping into
    /// the reference session and the roster diagnostics naming cells.
    static func exerciseWorkbook(_ bytes: [UInt8]) {
        let printer = RosterDiagnosticPrinter(fileName: "fuzz.xlsx",
                                              text: DecodedText(text: "", encoding: .utf8, byteOrderMarkLength: 0),
                                              language: .ru, colors: true, namesCells: true)
        let read = WorkbookReader.read(bytes)
            .mapError { Diagnostic.error(.rosterSyntax, $0.message, at: nil) }
            .flatMap { RegistrationList.read($0, encoding: .utf8) }
        switch read {
        case .failure(let diagnostic):
            _ = printer.render(diagnostic)
        case .success(let list):
            FuzzRegistrations.group(list, printer: printer, language: .ru)
        }
    }

    /// `docx`: a Word program, as `import PROGRAM.docx` reads it: the
    /// paragraphs, then the text importer (FuzzImport).
    static func exerciseWordDocument(_ bytes: [UInt8]) {
        switch WordDocumentReader.lines(bytes) {
        case .failure(let failure): _ = failure.message
        case .success(let lines): FuzzImport.exercise(ProgramImport.importLines(lines, options: FuzzImport.options))
        }
    }
}
