/// A JSON document as read from a file, every value and every object key with
/// the place it was written. Objects keep their members in file order,
/// duplicates included, so the session builder can report them.
struct JSONValue: Sendable {
    enum Kind: Sendable {
        case null
        case bool(Bool)
        case number(JSONNumber)
        case string(String)
        case array([JSONValue])
        case object([JSONMember])
    }

    var kind: Kind
    /// Where the value starts (its first character).
    var location: SourceLocation

    init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

/// One `"key": value` of an object.
struct JSONMember: Sendable {
    var key: String
    var keyLocation: SourceLocation
    var value: JSONValue

    init(key: String, keyLocation: SourceLocation, value: JSONValue) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}

/// A number as written. It is kept as text so that a number of 100,000 digits
/// costs nothing until someone asks for its value, and never traps.
struct JSONNumber: Sendable, Hashable {
    let text: String

    init(text: String) { self.text = text }

    /// The value as an integer when the number is written as one (no fraction,
    /// no exponent) and fits in `Int`; nil otherwise.
    var integer: Int? {
        guard !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) else { return nil }
        return Int(text)
    }

    /// The value as a double; ±infinity for magnitudes beyond `Double`.
    var double: Double? { Double(text) }
}

extension JSONValue {
    /// The JSON type's name as the format's documentation calls it, in both languages.
    var typeName: LocalizedText {
        switch kind {
        case .null: LocalizedText(en: "null", ru: "null")
        case .bool: LocalizedText(en: "a boolean", ru: "логическое значение")
        case .number: LocalizedText(en: "a number", ru: "число")
        case .string: LocalizedText(en: "a string", ru: "строка")
        case .array: LocalizedText(en: "an array", ru: "массив")
        case .object: LocalizedText(en: "an object", ru: "объект")
        }
    }
}
