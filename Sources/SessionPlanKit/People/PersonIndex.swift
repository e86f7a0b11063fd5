/// Everyone a session mentions, once each, with everything they are in it:
/// the one walk over a session's people. Built once per session
/// (`Session.personIndex`); the person views and `--person`, the roster, the
/// statistics, grouping, letters and the rules about people read it.
///
/// **Order.** Entries are in the order of the file: by the place where each
/// name is first written (its byte offset), whatever order the organizer
/// wrote the file's keys in (`people` before or after `directions`). Values
/// made in code, without places of their own, keep the order of the walk
/// below. Each entry's assignments, each once, are in the order of the walk,
/// which is the order of the session's structure: each direction in turn
/// (leading it, then its groups: moderator, collector, members), then the
/// program's slots (speaking, moderating), then host, architect, the team.
/// So a summary reads «лидер направления 3 …, выступает в программе»; each
/// assignment keeps the earliest place the file writes the name for it.
///
/// **Memory.** An entry is a few numbers: its first mention and its
/// assignments are positions in the session (`Mention`, all entries'
/// assignments in one array), and `PersonRoles` makes the references and
/// assignments from them when read. Positions by key are a table of 32-bit
/// numbers (`PersonKeyTable`). A plan of 100,000 members costs a few MB.
///
/// One pass over the mentions with the table by `PersonKey`, one counting sort
/// of the mentions by person (a person's assignments are searched while they
/// are few, hashed when many), then one sort of the people.
struct PersonIndex: Sendable {
    /// The entries and the session's parts they point into, shared by every `PersonRoles`.
    let storage: Storage
    /// Position in the entries by key.
    private let positions: PersonKeyTable
    /// `people` entries by key: the first one of each name, and for a name with
    /// initials the one of the full name it abbreviates.
    let details: [PersonKey: Person]
    /// Each name written with initials that abbreviates exactly one full name of
    /// the session, with the first mention of that full name (`Initials`).
    let abbreviations: [PersonKey: PersonReference]

    /// Every person, in file order.
    var entries: Entries { Entries(storage: storage) }

    subscript(key: PersonKey) -> PersonRoles? {
        position(of: key).map { PersonRoles(storage, at: $0) }
    }

    /// Where the person of `key` stands in `entries`.
    func position(of key: PersonKey) -> Int? {
        positions.position(of: key) { [storage] in storage.key(at: $0) }
    }

    init(_ session: Session) {
        var builder = Builder(session)
        builder.walk()
        let parts = builder.parts
        var (entries, mentions, positions) = builder.finish()
        var detailPositions: [PersonKey: Int] = [:]
        for (position, person) in parts.people.enumerated() where detailPositions[person.name.key] == nil {
            detailPositions[person.name.key] = position
        }
        abbreviations = Initials.resolution(count: entries.count, identity: { parts.identity(entries[$0].first) },
                                            reference: { parts.reference(entries[$0].first) })
        // `Сулейманова Л. А.` gets the details of the one full name it abbreviates.
        for (short, full) in abbreviations where detailPositions[short] == nil {
            if let position = detailPositions[full.key] { detailPositions[short] = position }
        }
        // Each detail finds its person in the table: a lookup per `people` entry, not a hash per person.
        for (key, detail) in detailPositions {
            if let position = positions.position(of: key, keyAt: { parts.reference(entries[$0].first).key }) {
                entries[position].details = Int32(truncatingIfNeeded: detail)
            }
        }
        storage = Storage(parts: parts, entries: entries, mentions: mentions)
        self.positions = positions
        details = detailPositions.mapValues { parts.people[$0] }
    }
}

extension PersonIndex {
    /// One person: where the name is first written, which range of the
    /// storage's mentions are their assignments, and their `people` entry.
    struct Entry: Sendable {
        let first: Mention
        let assignmentsStart: Int32
        let assignmentsCount: Int32
        /// Position in the session's `people`, or -1 without an entry there.
        var details: Int32 = -1
    }

    /// What every `PersonRoles` of one index points into.
    final class Storage: Sendable {
        let parts: Parts
        let entries: [Entry]
        /// Every entry's assignments, each entry's together.
        let mentions: [Mention]

        init(parts: Parts, entries: [Entry], mentions: [Mention]) {
            self.parts = parts
            self.entries = entries
            self.mentions = mentions
        }

        func key(at position: Int) -> PersonKey { parts.reference(entries[position].first).key }
    }

    /// Every person, in file order.
    struct Entries: RandomAccessCollection, Sendable {
        let storage: Storage
        var startIndex: Int { 0 }
        var endIndex: Int { storage.entries.count }
        subscript(position: Int) -> PersonRoles { PersonRoles(storage, at: position) }
    }
}
