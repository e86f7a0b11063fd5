/// A session file read, built and checked: what every command starts from.
struct LoadedSession: Sendable {
    let file: SourceFile
    /// Nil when the file cannot be used: not JSON, or structurally invalid.
    let session: Session?
    /// Reading and building findings (the file itself).
    let structural: [Diagnostic]
    /// Rule findings (the plan); empty when the session could not be built.
    let findings: [Diagnostic]
    /// The JSON tree the session was built from, when the caller asked to keep it.
    var tree: JSONValue? = nil

    /// Everything, in file order.
    var diagnostics: [Diagnostic] { (structural + findings).sortedByLocation() }
}

enum SessionLoader {
    /// Reads and builds a session from a file's bytes, then runs the validator's rules on it.
    /// The tree is dropped once the session is built, unless `keepTree` asks for it: the
    /// placeholders are found as the reader reads each string, so the rules never wait beside it.
    static func load(_ file: SourceFile, checkRules: Bool = true, keepTree: Bool = false) -> LoadedSession {
        var tree: JSONValue?
        let ahead = DirectionsAhead()
        var placeholders: [Diagnostic] = []
        let lookForPlaceholders: ((String, SourceLocation) -> Void)? = checkRules ? { text, location in
            if let finding = TemplatePlaceholders.finding(text, at: location) { placeholders.append(finding) }
        } : nil
        switch JSONReader.parse(file.bytes, handingOver: "directions", to: { ahead.take($0, $1, bytes: $2) },
                                everyStringValue: lookForPlaceholders) {
        case .success(let value): tree = value
        case .failure(let diagnostic):
            _ = ahead.finish()
            return LoadedSession(file: file, session: nil, structural: [diagnostic], findings: [])
        }
        let built = tree.map { SessionBuilder.buildPartial($0, directionsAhead: ahead.finish()) }
        let broken = built?.broken ?? []
        let session = broken.isEmpty ? built?.session : nil
        // The tree is as large as the model again, and nothing from here on reads it.
        if !keepTree { tree = nil }
        var findings: [Diagnostic] = []
        if checkRules {
            // With structural errors, the rules that read only sound parts still run.
            findings = built?.session.map { Validator.check($0, broken: broken, adding: placeholders) } ?? placeholders
        }
        return LoadedSession(file: file, session: session, structural: (built?.diagnostics ?? []).sortedByLocation(),
                             findings: findings, tree: tree)
    }
}
