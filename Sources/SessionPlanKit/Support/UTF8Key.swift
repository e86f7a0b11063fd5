import Foundation

/// Text used as a dictionary key, compared and hashed by its UTF-8 bytes.
///
/// `String` compares and hashes by canonical equivalence, normalizing
/// non-ASCII text each time; for text already in one normal form (NFC names,
/// folded words) bytes give the same answer far more cheaply.
struct UTF8Key: Hashable {
    var text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        UTF8Key.equal(lhs.text, rhs.text)
    }

    /// Byte equality, by `memcmp` over the strings' contiguous UTF-8.
    static func equal(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        let compared = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                guard let p = x.baseAddress, let q = y.baseAddress else { return true }
                return memcmp(p, q, x.count) == 0
            }
        }
        return (compared ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }

    func hash(into hasher: inout Hasher) {
        UTF8Key.hash(text, into: &hasher)
    }

    static func hash(_ text: String, into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil {
            for byte in text.utf8 { hasher.combine(byte) }
        }
    }
}
