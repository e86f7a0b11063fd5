import Foundation
@testable import SessionPlanKit

/// Test input with keycap markers (1️⃣, 2️⃣, …) placed where a finding must
/// point; the markers are removed and their line and column remembered.
struct MarkedSource {
    let text: String
    /// Marker digit → (line, column) in the text without markers.
    let places: [Int: (line: Int, column: Int)]

    init(_ source: String) {
        var scalars = Array(source.unicodeScalars)
        var output = String.UnicodeScalarView()
        var places: [Int: (Int, Int)] = [:]
        var line = 1, column = 1, index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if index + 2 < scalars.count, ("0"..."9").contains(scalar),
               scalars[index + 1] == "\u{FE0F}", scalars[index + 2] == "\u{20E3}" {
                places[Int(scalar.value) - 48] = (line, column)
                index += 3
                continue
            }
            output.append(scalar)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
        scalars = []
        text = String(output)
        self.places = places
    }

    func place(_ marker: Int) -> (line: Int, column: Int)? { places[marker] }

    var file: SourceFile { SourceFile(name: "test.json", bytes: Array(text.utf8)) }

    /// Reads and builds the session, rules included.
    func load() -> LoadedSession { SessionLoader.load(file) }
}

/// Whether `diagnostic` is at the marker's place.
func isAt(_ diagnostic: Diagnostic?, _ source: MarkedSource, _ marker: Int) -> Bool {
    guard let location = diagnostic?.location, let place = source.place(marker) else { return false }
    return location.line == place.line && location.column == place.column
}

/// Folders of the repository, found from this file's place.
enum RepositoryPaths {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    }()

    static let examples = root.appendingPathComponent("examples")

    /// `../shared` beside the checkout, or SESSIONPLAN_SHARED.
    static let shared: URL? = {
        if let path = ProcessInfo.processInfo.environment["SESSIONPLAN_SHARED"] { return URL(fileURLWithPath: path) }
        var url = root
        while url.path != "/" {
            let candidate = url.deletingLastPathComponent().appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("spec").path) { return candidate }
            url.deleteLastPathComponent()
        }
        return nil
    }()

    static func example(_ name: String) -> SourceFile {
        let url = examples.appendingPathComponent(name)
        let data = (try? Data(contentsOf: url)) ?? Data()
        return SourceFile(name: "examples/\(name)", bytes: [UInt8](data))
    }
}
