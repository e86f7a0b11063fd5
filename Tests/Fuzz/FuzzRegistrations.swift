import Foundation

// The second target of the fuzzer (`run-fuzzer.sh SECONDS roster`): the bytes
// are a registration list. Decoding, the CSV reader, the columns, the
// grouping into the reference session, the written session, the report and
// every roster diagnostic are exercised, as `sessionplan groups` runs them;
// then the written session is read back and its roster CSV and XLSX and its
// statistics (`stats --roster`) are rendered.
enum FuzzRegistrations {
    /// The session the lists are grouped into: `examples/tochka-kipeniya.json`,
    /// read once (the harness runs from the repository's root).
    static let session: (Session, JSONValue)? = {
        guard let data = FileManager.default.contents(atPath: "examples/tochka-kipeniya.json") else { return nil }
        let loaded = SessionLoader.load(SourceFile(name: "session.json", bytes: [UInt8](data)), checkRules: false, keepTree: true)
        guard let session = loaded.session, let tree = loaded.tree else { return nil }
        return (session, tree)
    }()

    static func exercise(_ bytes: [UInt8]) {
        let decoded: DecodedText
        switch TextDecoding.decode(bytes) {
        case .failure(let diagnostic):
            let text = DecodedText(text: String(decoding: bytes, as: UTF8.self), encoding: .utf8, byteOrderMarkLength: 0)
            _ = RosterDiagnosticPrinter(fileName: "fuzz.csv", text: text, language: .ru, colors: true).renderAll([diagnostic])
            return
        case .success(let text): decoded = text
        }
        let printer = RosterDiagnosticPrinter(fileName: "fuzz.csv", text: decoded, language: .ru, colors: true)
        switch RegistrationList.read(decoded) {
        case .failure(let diagnostic):
            _ = printer.renderAll([diagnostic])
        case .success(let list):
            group(list, printer: printer, language: .en)
        }
    }

    /// `groups` on `list` (the diagnostics, the written session, the report),
    /// then `stats --roster` on the reference session, and on the session as
    /// written: every rule, the roster CSV and XLSX and the statistics report.
    static func group(_ list: RegistrationList, printer: RosterDiagnosticPrinter, language: Language) {
        guard let (session, root) = session else { return }
        let outcome = SessionGrouping.form(session, root: root, list: list)
        _ = printer.renderAll(outcome.diagnostics)
        _ = GroupingReport(outcome: outcome, language: language).render()
        _ = PeopleContacts(session, registrants: list.registrants).render(in: language)
        guard let written = outcome.root else { return }
        let json = JSONWriter.string(written)
        let loaded = SessionLoader.load(SourceFile(name: "grouped.json", bytes: Array(json.utf8)))
        _ = DiagnosticTextPrinter(language: language, colors: false).renderAll(loaded.diagnostics, in: loaded.file)
        guard let grouped = loaded.session else { return }
        FuzzRenderers.roster(grouped)
        FuzzRenderers.statistics(grouped, registrants: list.registrants)
    }
}
