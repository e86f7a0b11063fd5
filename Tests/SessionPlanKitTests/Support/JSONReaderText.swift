@testable import SessionPlanKit

extension JSONReader {
    /// Parses the UTF-8 of `text`: the tests' convenience for literals.
    static func parse(_ text: String) -> Result<JSONValue, Diagnostic> {
        parse(Array(text.utf8))
    }
}
