import Foundation

/// A name as the session file writes it, with where it was written.
/// Two references are the same person when their keys are equal.
public struct PersonReference: Sendable, Hashable {
    /// The name as written, trimmed.
    public let name: String
    public let key: PersonKey
    public let location: SourceLocation

    public init(name: String, location: SourceLocation) {
        self.key = PersonKey(name)
        self.name = key.normalized
        self.location = location
    }
}

/// The identity of a person: the name after Unicode NFC normalization,
/// trimming and collapsing of white space. Nothing else is merged silently.
public struct PersonKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let normalized: String

    public init(_ name: String) {
        let nfc = name.precomposedStringWithCanonicalMapping
        var result = ""
        result.reserveCapacity(nfc.utf8.count)
        var pendingSpace = false
        for scalar in nfc.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        normalized = result
    }

    public static func < (lhs: PersonKey, rhs: PersonKey) -> Bool { lhs.normalized < rhs.normalized }
    public var description: String { normalized }
}

/// Details of a person from the `people` list.
public struct Person: Sendable {
    public var name: PersonReference
    public var position: String?
    public var statement: String?
    public var email: String?
    public var phone: String?
    public var location: SourceLocation
}
