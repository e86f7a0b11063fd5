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
    /// The tree is dropped once the session is built unless `keepTree` asks for it.
    static func load(_ file: SourceFile, checkRules: Bool = true, keepTree: Bool = false) -> LoadedSession {
        var tree: JSONValue?
        let ahead = DirectionsAhead()
        switch JSONReader.parse(file.bytes, handingOver: "directions", to: ahead.take) {
        case .success(let value): tree = value
        case .failure(let diagnostic):
            _ = ahead.finish()
            return LoadedSession(file: file, session: nil, structural: [diagnostic], findings: [])
        }
        let (built, placeholders) = buildAndFindPlaceholders(tree, directionsAhead: ahead.finish(), checkRules: checkRules)
        // The tree is as large as the model again: let it go before the rules run.
        if !keepTree { tree = nil }
        let broken = built?.broken ?? []
        let session = broken.isEmpty ? built?.session : nil
        // With structural errors, the rules that read only sound parts still run.
        var findings = checkRules ? built?.session.map { Validator.check($0, broken: broken) } ?? [] : []
        if !placeholders.isEmpty { findings = (findings + placeholders).sortedByLocation() }
        return LoadedSession(file: file, session: session, structural: (built?.diagnostics ?? []).sortedByLocation(),
                             findings: findings, tree: tree)
    }

    /// The session built from `tree`, and the placeholders left in it when the rules are checked:
    /// both only read the tree, so they run at once. A parameter, so that no copy outlives the call.
    private static func buildAndFindPlaceholders(_ tree: JSONValue?, directionsAhead: [Int: BuiltDirection], checkRules: Bool)
        -> (built: (session: Session?, diagnostics: [Diagnostic], broken: Set<SessionPart>)?, placeholders: [Diagnostic]) {
        Concurrently.both({ tree.map { SessionBuilder.buildPartial($0, directionsAhead: directionsAhead) } },
                          { checkRules ? tree.map(TemplatePlaceholders.check) ?? [] : [] })
    }
}
