// libFuzzer entry point over the whole reading pipeline: the JSON reader, the
// session builder, the validator's rules, and the printing of every diagnostic.
// Compiled together with the library's sources by `run-fuzzer.sh`; no SwiftPM
// target includes this folder, so `swift build` and `swift test` never see it.

// With FUZZ_TARGET=roster in the environment (`run-fuzzer.sh SECONDS roster`),
// the bytes are a registration list instead (FuzzRegistrations).

import Foundation

/// Which pipeline the bytes go through, read once from the environment.
let fuzzesRegistrations = ProcessInfo.processInfo.environment["FUZZ_TARGET"] == "roster"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSessionPipeline(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if fuzzesRegistrations {
        FuzzRegistrations.exercise(bytes)
        return 0
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
