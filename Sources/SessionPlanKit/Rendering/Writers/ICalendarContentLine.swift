/// One logical iCalendar content line: `NAME;PARAM=VALUE:value` (RFC 5545 §3.1).
///
/// Kept as structured data until the last moment so that parameter encoding
/// and folding are applied exactly once, by ``rendered`` and ``folded``.
struct ICalendarContentLine: Sendable, Hashable {
    /// A property parameter such as `TZID=Europe/Moscow`.
    struct Parameter: Sendable, Hashable {
        /// The parameter name, e.g. `TZID`.
        var name: String
        /// One or more values; several are joined with commas.
        var values: [String]

        init(_ name: String, _ values: String...) {
            self.name = name
            self.values = values
        }

        init(name: String, values: [String]) {
            self.name = name
            self.values = values
        }
    }

    /// The property name, e.g. `SUMMARY` or `BEGIN`.
    var name: String
    var parameters: [Parameter]
    /// The value exactly as it will appear after the colon. TEXT values must
    /// already be escaped with ``ICalendarText/escapeText(_:)``; the writer's
    /// `text` helpers do that. A value must not contain CR or LF.
    var value: String

    init(name: String, parameters: [Parameter] = [], value: String) {
        self.name = name
        self.parameters = parameters
        self.value = value
    }

    /// The unfolded line, without CRLF. Parameter values are encoded with
    /// ``ICalendarText/encodeParameterValue(_:)``.
    var rendered: String {
        var out = name
        for parameter in parameters {
            out += ";" + parameter.name + "="
            out += parameter.values.map(ICalendarText.encodeParameterValue).joined(separator: ",")
        }
        out += ":" + value
        return out
    }

    /// The physical lines after folding at 75 octets, without CRLFs.
    var folded: [String] {
        ICalendarFolding.fold(rendered)
    }
}
