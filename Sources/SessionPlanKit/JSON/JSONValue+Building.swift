/// Building values in code, for output (`JSONWriter`). Values built this way
/// have the location `JSONValue.built` (0:0): they come from no file.
extension JSONValue {
    /// The location of values made in code rather than read.
    static let built = SourceLocation(line: 0, column: 0, offset: 0)

    static let null = JSONValue(.null, at: built)

    static func bool(_ value: Bool) -> JSONValue { JSONValue(.bool(value), at: built) }

    static func string(_ value: String) -> JSONValue { JSONValue(.string(value), at: built) }

    static func number(_ value: Int) -> JSONValue { JSONValue(.number(JSONNumber(text: String(value))), at: built) }

    /// A double as the shortest text that reads back the same; `null` when it is not finite,
    /// because JSON has no NaN or infinity.
    static func number(_ value: Double) -> JSONValue {
        guard value.isFinite else { return .null }
        // Int(_:) truncates with a machine instruction; `rounded()` would need libm, which the library does not link.
        if abs(value) < 1e15, case let integer = Int(value), Double(integer) == value {
            return JSONValue(.number(JSONNumber(text: String(integer))), at: built)
        }
        return JSONValue(.number(JSONNumber(text: "\(value)")), at: built)
    }

    static func array(_ elements: [JSONValue]) -> JSONValue { JSONValue(.array(elements), at: built) }

    /// An object with members in the given order: `.object(["title": .string("…"), "version": .number(1)])`.
    static func object(_ members: KeyValuePairs<String, JSONValue>) -> JSONValue {
        JSONValue(.object(members.map { JSONMember(key: $0.key, keyLocation: built, value: $0.value) }), at: built)
    }

    /// An object with members in the given order, for members collected at run time.
    static func object(_ members: [(String, JSONValue)]) -> JSONValue {
        JSONValue(.object(members.map { JSONMember(key: $0.0, keyLocation: built, value: $0.1) }), at: built)
    }
}
