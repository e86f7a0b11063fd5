import Testing
@testable import SessionPlanKit

/// The key's fingerprint reads names eight bytes at a time: a difference in any
/// byte, in a whole word or in the last few, changes it, and the length counts.
@Suite struct PersonKeyFingerprintTests {
    private func fingerprint(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer(PersonKey.fingerprint)
    }

    @Test(arguments: 0..<24)
    func everyByteCounts(length: Int) {
        let name = Array(String(repeating: "ж", count: 12).utf8.prefix(length))
        var seen: Set<UInt64> = [fingerprint(name)]
        for position in name.indices {
            var changed = name
            changed[position] ^= 0x01
            seen.insert(fingerprint(changed))
        }
        #expect(seen.count == name.count + 1)
    }

    @Test func trailingZerosAndLengthCount() {
        let lengths = (0..<17).map { fingerprint([UInt8](repeating: 0, count: $0)) }
        #expect(Set(lengths).count == lengths.count)
    }

    /// The same person written with extra spaces (the slow path) gets the fingerprint of the
    /// name as written plainly (the fast one); a look-alike Latin letter is folded first.
    @Test func fastAndSlowPathsAgree() {
        #expect(PersonKey("  Иванова   Анна ").fingerprint == PersonKey("Иванова Анна").fingerprint)
        #expect(PersonKey("Иванoва Анна").fingerprint == PersonKey("Иванова Анна").fingerprint)
        #expect(PersonKey("Иванова Анна").fingerprint != PersonKey("Иванова Инна").fingerprint)
    }
}
