extension PersonIndex {
    /// One place where the session writes a name, as positions in the session's
    /// structure: 16 bytes instead of a copy of the reference and of its
    /// assignment (a `GroupPlace` holds four strings). The person index keeps
    /// these and makes `PersonReference`s and `PersonAssignment`s from them only
    /// when they are read (`PersonIndex.Parts`).
    struct Mention: Sendable {
        /// What the name is written as, which also says what the positions count.
        enum Kind: UInt8, Sendable {
            /// `directions[first].leaders[second]`.
            case leader
            /// `directions[first].groups[second].moderator`.
            case moderator
            /// `directions[first].groups[second].collector`.
            case collector
            /// `directions[first].groups[second].members[third]`.
            case member
            /// `days[first].slots[second].speakers[third]`.
            case speaker
            /// `days[first].slots[second].moderators[third]`.
            case slotModerator
            /// The session's host.
            case host
            /// `architects[first]`.
            case architect
            /// `team[first]`.
            case team
            /// `people[first]`: a name with details and no assignment of its own.
            case people
        }

        let kind: Kind
        let first: Int32
        let second: Int32
        let third: Int32

        init(_ kind: Kind, _ first: Int = 0, _ second: Int = 0, _ third: Int = 0) {
            self.kind = kind
            self.first = Int32(truncatingIfNeeded: first)
            self.second = Int32(truncatingIfNeeded: second)
            self.third = Int32(truncatingIfNeeded: third)
        }

        /// Which assignment a mention is, as numbers: two mentions are one
        /// assignment exactly when their `PersonAssignment`s are equal (a slot's
        /// title and a team duty by the number of their first occurrence).
        struct Identity: Hashable {
            let kind: Kind
            let first: Int32
            let second: Int32
        }
    }
}
