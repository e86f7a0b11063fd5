/// One finding about a file: every message the tool prints about an input is one of these.
struct Diagnostic: Sendable, Hashable {
    /// A second place a finding involves: the first of two duplicate keys, the other overlapping slot.
    struct Note: Sendable, Hashable {
        let message: LocalizedText
        let location: SourceLocation?

        init(_ message: LocalizedText, at location: SourceLocation?) {
            self.message = message
            self.location = location
        }
    }

    let severity: Severity
    let code: DiagnosticCode
    let message: LocalizedText
    /// Where the finding is; nil for a finding about the file as a whole (an empty file has a location: 1:1).
    let location: SourceLocation?
    let notes: [Note]

    init(_ severity: Severity, _ code: DiagnosticCode, _ message: LocalizedText,
                at location: SourceLocation?, notes: [Note] = []) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.notes = notes
    }

    static func error(_ code: DiagnosticCode, _ message: LocalizedText,
                             at location: SourceLocation?, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, code, message, at: location, notes: notes)
    }

    static func warning(_ code: DiagnosticCode, _ message: LocalizedText,
                               at location: SourceLocation?, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location, notes: notes)
    }
}

extension Array where Element == Diagnostic {
    var errorCount: Int { count { $0.severity == .error } }
    var warningCount: Int { count { $0.severity == .warning } }
    var hasStructuralError: Bool { contains { $0.code.isStructural && $0.severity == .error } }

    /// In file order (line, column), findings without location first; stable for equal places.
    func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            let la = a.element.location, lb = b.element.location
            switch (la, lb) {
            case (nil, nil): return a.offset < b.offset
            case (nil, _): return true
            case (_, nil): return false
            case let (x?, y?): return x == y ? a.offset < b.offset : x < y
            }
        }.map(\.element)
    }
}

/// A diagnostic can be thrown where one failure ends the work (the JSON reader).
extension Diagnostic: Error {}
