import Foundation
@testable import SessionPlanKit

/// Fixtures of the archive tests, in `Tests/SessionPlanKitTests/Fixtures/archive`
/// (see `make-fixtures.py` there for how each was made).
enum ArchiveFixtures {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/archive")

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// A ZIP whose entries are built by hand, for hostile cases the writer would never make.
    static func archive(_ entries: [(String, [UInt8])], method: ZipWriter.Method = .deflated) throws -> [UInt8] {
        var writer = ZipWriter()
        for (name, data) in entries { writer.add(name, data, method: method) }
        return try writer.finish().get()
    }

    static func put16(_ value: Int, into bytes: inout [UInt8], at offset: Int) {
        bytes[offset] = UInt8(value & 0xFF)
        bytes[offset + 1] = UInt8(value >> 8 & 0xFF)
    }

    static func put32(_ value: Int, into bytes: inout [UInt8], at offset: Int) {
        for k in 0..<4 { bytes[offset + k] = UInt8(value >> (8 * k) & 0xFF) }
    }

    /// Where the end-of-central-directory record of a writer's archive starts (it has no comment).
    static func endRecord(_ bytes: [UInt8]) -> Int { bytes.count - 22 }

    /// Where the central directory starts.
    static func directory(_ bytes: [UInt8]) -> Int {
        let end = endRecord(bytes)
        return Int(bytes[end + 16]) | Int(bytes[end + 17]) << 8 | Int(bytes[end + 18]) << 16 | Int(bytes[end + 19]) << 24
    }
}
