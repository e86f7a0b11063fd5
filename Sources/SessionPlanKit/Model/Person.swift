import Foundation

/// A name as the session file writes it, with where it was written.
/// Two references are the same person when their keys are equal.
struct PersonReference: Sendable, Hashable {
    let key: PersonKey
    let location: SourceLocation

    /// The name as written, trimmed and with white space collapsed.
    var name: String { key.normalized }
    /// The text exactly as the file has it, kept only when it is not already `name`
    /// (other white space, characters that do not print): what `invisible-characters` reads.
    let written: String?

    init(name: String, location: SourceLocation) {
        self.key = PersonKey(name)
        self.location = location
        self.written = key.normalized == name ? nil : name
    }
}

/// The identity of a person: the name after Unicode NFC normalization,
/// trimming and collapsing of white space, without characters that do not
/// print and with look-alike letters replaced by the word's own alphabet
/// (`NameSpelling`). Case and ё/е are kept: they may be two people, and
/// `similar-names` asks.
///
/// Because the text is NFC, two keys are canonically equal exactly when their
/// UTF-8 bytes are equal: equality, hashing and ordering work on the bytes,
/// which avoids the normalization `String` performs on every comparison of
/// non-ASCII text (most names here are Cyrillic, and the validator hashes
/// every name several times).
struct PersonKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The name as written, NFC, trimmed, white space collapsed: what is printed.
    let normalized: String
    /// The name as compared when it differs from `normalized` (rarely: a
    /// character that does not print, a letter of the other alphabet).
    private let folded: String?
    /// A fingerprint of the bytes (`fingerprint(_:)`), computed once: dictionaries of people hash this
    /// one number instead of the whole name, and unequal names rarely get past it.
    let fingerprint: UInt64

    /// The name as compared: `normalized` without characters that do not print,
    /// look-alike letters in the word's own alphabet.
    var identity: String { folded ?? normalized }

    /// Whether the identity is `normalized` itself: the name has no character that does not
    /// print and no letter of the other alphabet (the scan would have changed it).
    var identityIsNormalized: Bool { folded == nil }

    init(_ name: String) {
        // One pass over the bytes says whether the name is in the key's form already, whether
        // it mixes alphabets (only then can `NameSpelling` change it) and what its fingerprint is.
        let look = name.withUTF8Bytes(PersonKey.look)
        normalized = look.isNormalized ? name : PersonKey.normalize(name)
        if !look.isNormalized || look.mixesAlphabets {
            let identity = PersonKey.normalize(NameSpelling.scan(normalized).identity)
            folded = identity == normalized ? nil : identity
        } else {
            folded = nil
        }
        if look.isNormalized && folded == nil {
            fingerprint = look.fingerprint
        } else {
            fingerprint = (folded ?? normalized).withUTF8Bytes(PersonKey.fingerprint)
        }
    }

    /// What one look at a name's bytes tells: whether the name is already in the key's form
    /// (ASCII or Cyrillic letters, all NFC as they stand, with single spaces between words and
    /// none at the ends: nearly every name an organizer writes, and much cheaper to check than
    /// to normalize); for such a name, whether it has both Latin and Cyrillic letters, which is
    /// exactly when `NameSpelling.mayNeedScan` says yes; and the fingerprint of the bytes.
    private static func look(at bytes: UnsafeBufferPointer<UInt8>) -> (isNormalized: Bool, mixesAlphabets: Bool, fingerprint: UInt64) {
        var previousWasSpace = true   // a leading space is not allowed
        var latin = false, cyrillic = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            // D0–D3 (U+0400–U+04FF, Cyrillic, no combining marks there; one continuation byte follows,
            // the text being UTF-8) first: nearly every character of a Russian name.
            if byte & 0xFC == 0xD0 {
                cyrillic = true
                index += 2
                previousWasSpace = false
                continue
            }
            switch byte {
            case 0x20:
                guard !previousWasSpace else { return (false, false, fingerprint(bytes)) }
                previousWasSpace = true
                index += 1
                continue
            case 0x41...0x5A, 0x61...0x7A:
                latin = true
                index += 1
            case 0x21...0x7E:
                index += 1
            default:
                return (false, false, fingerprint(bytes))    // controls, other white space, anything else: normalize
            }
            previousWasSpace = false
        }
        return (!previousWasSpace || bytes.isEmpty, latin && cyrillic, fingerprint(bytes))
    }

    /// A 64-bit fingerprint of the bytes, read eight at a time (the last few padded with zeros,
    /// the length mixed in first), each word multiplied in and folded back: an eighth of the
    /// steps of a byte-wise hash. Keys are compared by their bytes whenever fingerprints
    /// agree, so a collision costs a comparison, never a wrong answer.
    static func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0xBF58_476D_1CE4_E5B9
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return hash }
        var index = 0
        while bytes.count - index >= 8 {
            hash = (hash ^ UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) &* multiplier
            hash ^= hash >> 31
            index += 8
        }
        if index < bytes.count {
            var tail: UInt64 = 0
            for offset in 0..<(bytes.count - index) { tail |= UInt64(base[index + offset]) << (8 * offset) }
            hash = (hash ^ tail) &* multiplier
            hash ^= hash >> 31
        }
        hash = (hash ^ hash >> 33) &* 0xFF51_AFD7_ED55_8CCD
        return hash ^ hash >> 33
    }

    private static func normalize(_ name: String) -> String {
        let nfc = name.precomposedStringWithCanonicalMapping
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in nfc.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    static func == (lhs: PersonKey, rhs: PersonKey) -> Bool {
        lhs.fingerprint == rhs.fingerprint && UTF8Key.equal(lhs.identity, rhs.identity)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(fingerprint)
    }

    /// Byte order: deterministic, and the same on every machine.
    static func < (lhs: PersonKey, rhs: PersonKey) -> Bool {
        lhs.identity.utf8.lexicographicallyPrecedes(rhs.identity.utf8)
    }

    var description: String { normalized }
}

/// Details of a person from the `people` list.
struct Person: Sendable {
    var name: PersonReference
    var position: String?
    var statement: String?
    var email: String?
    var phone: String?
    var organization: String?
    var region: String?
    /// The person's own zone, when `people` gives one.
    var timezone: TimeZone?
    var location: SourceLocation
}
