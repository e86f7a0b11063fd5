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
    /// The tree is dropped once the session is built and the placeholders are found, unless
    /// `keepTree` asks for it.
    static func load(_ file: SourceFile, checkRules: Bool = true, keepTree: Bool = false) -> LoadedSession {
        var tree: JSONValue?
        let ahead = DirectionsAhead()
        switch JSONReader.parse(file.bytes, handingOver: "directions", to: { ahead.take($0, $1, bytes: $2) }) {
        case .success(let value): tree = value
        case .failure(let diagnostic):
            _ = ahead.finish()
            return LoadedSession(file: file, session: nil, structural: [diagnostic], findings: [])
        }
        let built = tree.map { SessionBuilder.buildPartial($0, directionsAhead: ahead.finish()) }
        let broken = built?.broken ?? []
        let session = broken.isEmpty ? built?.session : nil
        // The placeholders left in the tree are looked for in the rules' shorter lane: they need
        // nothing of the rules, and after the tree is read only the last directions remain to build.
        let placeholders = checkRules ? placeholderCheck(tree) : nil
        // The tree is as large as the model again: from here only the placeholder check holds it
        // (unless it is kept), and it goes when the check is done.
        if !keepTree { tree = nil }
        var findings: [Diagnostic] = []
        if let placeholders {
            // With structural errors, the rules that read only sound parts still run.
            findings = built?.session.map { Validator.check($0, broken: broken, alongside: placeholders) } ?? placeholders()
        }
        return LoadedSession(file: file, session: session, structural: (built?.diagnostics ?? []).sortedByLocation(),
                             findings: findings, tree: tree)
    }

    /// The placeholder check of `tree`, to run where the caller likes. A parameter, so that the
    /// closure holds the tree and no copy outlives it.
    private static func placeholderCheck(_ tree: JSONValue?) -> @Sendable () -> [Diagnostic] {
        { tree.map(TemplatePlaceholders.check) ?? [] }
    }
}
