/// One logical iCalendar content line: `NAME;PARAM=VALUE:value` (RFC 5545 §3.1).
///
/// Kept as structured data until the last moment so that parameter encoding
/// and folding are applied exactly once, by ``rendered`` and ``folded``.
public struct ICalendarContentLine: Sendable, Hashable {
    /// A property parameter such as `TZID=Europe/Moscow`.
    public struct Parameter: Sendable, Hashable {
        /// The parameter name, e.g. `TZID`.
        public var name: String
        /// One or more values; several are joined with commas.
        public var values: [String]

        public init(_ name: String, _ values: String...) {
            self.name = name
            self.values = values
        }

        public init(name: String, values: [String]) {
            self.name = name
            self.values = values
        }
    }

    /// The property name, e.g. `SUMMARY` or `BEGIN`.
    public var name: String
    public var parameters: [Parameter]
    /// The value exactly as it will appear after the colon. TEXT values must
    /// already be escaped with ``ICalendarText/escapeText(_:)``; the writer's
    /// `text` helpers do that. A value must not contain CR or LF.
    public var value: String

    public init(name: String, parameters: [Parameter] = [], value: String) {
        self.name = name
        self.parameters = parameters
        self.value = value
    }

    /// The unfolded line, without CRLF. Parameter values are encoded with
    /// ``ICalendarText/encodeParameterValue(_:)``.
    public var rendered: String {
        var out = name
        for parameter in parameters {
            out += ";" + parameter.name + "="
            out += parameter.values.map(ICalendarText.encodeParameterValue).joined(separator: ",")
        }
        out += ":" + value
        return out
    }

    /// The physical lines after folding at 75 octets, without CRLFs.
    public var folded: [String] {
        ICalendarFolding.fold(rendered)
    }
}
