/// One finding about a file: every message the tool prints about an input is one of these.
public struct Diagnostic: Sendable, Hashable {
    /// A second place a finding involves: the first of two duplicate keys, the other overlapping slot.
    public struct Note: Sendable, Hashable {
        public let message: LocalizedText
        public let location: SourceLocation?

        public init(_ message: LocalizedText, at location: SourceLocation?) {
            self.message = message
            self.location = location
        }
    }

    public let severity: Severity
    public let code: DiagnosticCode
    public let message: LocalizedText
    /// Where the finding is; nil for a finding about the file as a whole (an empty file has a location: 1:1).
    public let location: SourceLocation?
    public let notes: [Note]

    public init(_ severity: Severity, _ code: DiagnosticCode, _ message: LocalizedText,
                at location: SourceLocation?, notes: [Note] = []) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.notes = notes
    }

    public static func error(_ code: DiagnosticCode, _ message: LocalizedText,
                             at location: SourceLocation?, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, code, message, at: location, notes: notes)
    }

    public static func warning(_ code: DiagnosticCode, _ message: LocalizedText,
                               at location: SourceLocation?, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location, notes: notes)
    }
}

extension Array where Element == Diagnostic {
    public var errorCount: Int { count { $0.severity == .error } }
    public var warningCount: Int { count { $0.severity == .warning } }
    public var hasStructuralError: Bool { contains { $0.code.isStructural && $0.severity == .error } }

    /// In file order (line, column), findings without location first; stable for equal places.
    public func sortedByLocation() -> [Diagnostic] {
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
