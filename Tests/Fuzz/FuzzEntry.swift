// libFuzzer entry point over the whole reading pipeline: the JSON reader, the
// session builder, the validator's rules, and the printing of every diagnostic.
// Compiled together with the library's sources by `run-fuzzer.sh`; no SwiftPM
// target includes this folder, so `swift build` and `swift test` never see it.

// FUZZ_TARGET in the environment (`run-fuzzer.sh SECONDS TARGET`) chooses
// another pipeline: `roster` a registration list (FuzzRegistrations), `zip` an
// archive, `xlsx` a workbook of registrations, `docx` a Word program
// (FuzzArchives), `import` a program as text (FuzzImport).

import Foundation

/// The pipelines the bytes can go through.
enum FuzzTarget: String {
    case session, roster, zip, xlsx, docx, `import`
}

/// Which pipeline the bytes go through, read once from the environment.
let fuzzTarget = ProcessInfo.processInfo.environment["FUZZ_TARGET"].flatMap(FuzzTarget.init(rawValue:)) ?? .session

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSessionPipeline(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch fuzzTarget {
    case .session: break
    case .roster: FuzzRegistrations.exercise(bytes); return 0
    case .zip: FuzzArchives.exerciseZip(bytes); return 0
    case .xlsx: FuzzArchives.exerciseWorkbook(bytes); return 0
    case .docx: FuzzArchives.exerciseWordDocument(bytes); return 0
    case .import: FuzzImport.exercise(bytes); return 0
    }
    let loaded = SessionLoader.load(SourceFile(name: "fuzz.json", bytes: bytes))
    let printer = DiagnosticTextPrinter(language: .ru, colors: true)
    _ = printer.renderAll(loaded.diagnostics, in: loaded.file)
    for diagnostic in loaded.diagnostics {
        _ = printer.render(diagnostic, in: loaded.file)
    }
    _ = DiagnosticJSONPrinter(language: .en).render([(loaded.file, loaded.diagnostics)])
    if let session = loaded.session {
        FuzzRenderers.exercise(session)
    }
    return 0
}
