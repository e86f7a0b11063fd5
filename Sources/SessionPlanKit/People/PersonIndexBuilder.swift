extension PersonIndex {
    /// Collects the mentions: a first walk over the session numbers each person
    /// once (`firsts`, in the order of the walk) and notes whose each mention
    /// with an assignment is; `finish` walks again to put each person's
    /// mentions together (a counting sort), keeps each assignment once at its
    /// earliest place, and orders the people by file. Per mention it keeps
    /// 4 bytes between the walks, per person a few numbers.
    struct Builder {
        /// Each person once, at their earliest mention.
        private var numbering: Numbering
        var parts: Parts { numbering.parts }
        /// The person of each mention with an assignment, in the order of the walk.
        private var mentionPeople: [Int32] = []
        /// The first slot title and team duty of each text, numbered: what makes two mentions one assignment.
        private var slotTitles: [String: Int32] = [:]
        private var duties: [String: Int32] = [:]
        /// A person's mentions are searched while they are few, hashed when many.
        private static let searchedAssignments = 8

        init(_ session: Session) {
            numbering = Numbering(Parts(session))
            mentionPeople.reserveCapacity(Numbering.mentionEstimate(numbering.parts))
            for slot in parts.days.lazy.flatMap(\.slots) where !slot.moderators.isEmpty && slotTitles[slot.title] == nil {
                slotTitles[slot.title] = Int32(truncatingIfNeeded: slotTitles.count)
            }
            for member in parts.team where duties[member.duty] == nil {
                duties[member.duty] = Int32(truncatingIfNeeded: duties.count)
            }
        }

        /// The first walk: each person once, at their earliest mention.
        mutating func walk() {
            var walked: Int32 = 0
            PersonIndex.forEachMention(in: parts) { mention in
                walked += 1
                add(mention, walk: walked)
            }
        }

        private mutating func add(_ mention: Mention, walk: Int32) {
            let person = numbering.number(mention, walk: walk)
            if mention.kind != .people { mentionPeople.append(Int32(truncatingIfNeeded: person)) }
        }

        /// Which assignment `mention` is.
        private func identity(_ mention: Mention) -> Mention.Identity {
            let number: (first: Int32, second: Int32) = switch mention.kind {
            case .leader: (mention.first, 0)
            case .moderator, .collector, .member: (mention.first, mention.second)
            case .slotModerator: (slotTitles[parts.days[Int(mention.first)].slots[Int(mention.second)].title] ?? -1, 0)
            case .team: (duties[parts.team[Int(mention.first)].duty] ?? -1, 0)
            case .speaker, .host, .architect, .people: (0, 0)
            }
            return Mention.Identity(kind: mention.kind, first: number.first, second: number.second)
        }

        /// The people in file order (their details not yet looked up), each with their
        /// assignments once: a range of `mentions`; and the table of their positions by key.
        consuming func finish() -> (entries: [Entry], mentions: [PersonIndex.Mention], byKey: PersonKeyTable) {
            let people = numbering.count
            // Where each person's mentions start, then the second walk puts them there, in the order of the walk.
            var next = Array(repeating: Int32(0), count: people + 1)
            for person in mentionPeople { next[Int(person) + 1] += 1 }
            for person in 0..<people { next[person + 1] += next[person] }
            let starts = next
            var grouped = Array(repeating: Mention(.host), count: mentionPeople.count)
            var walked = 0
            PersonIndex.forEachMention(in: parts) { [mentionPeople] mention in
                guard mention.kind != .people else { return }
                let person = Int(mentionPeople[walked])
                walked += 1
                grouped[Int(next[person])] = mention
                next[person] += 1
            }
            mentionPeople = []
            // Each assignment once, at its first place in the walk, with the earliest place the file writes it.
            var kept = Array(repeating: (start: Int32(0), count: Int32(0)), count: people)
            var end = 0
            var positions: [Mention.Identity: Int] = [:]
            for person in 0..<people {
                let start = end
                let run = Int(starts[person])..<Int(starts[person + 1])
                let hashed = run.count > Self.searchedAssignments
                if hashed { positions.removeAll(keepingCapacity: true) }
                for index in run {
                    let mention = grouped[index]
                    let identity = identity(mention)
                    let known = hashed ? positions[identity]
                                       : (start..<end).first { self.identity(grouped[$0]) == identity }
                    if let known {
                        if parts.offset(mention) < parts.offset(grouped[known]) {
                            grouped[known] = mention
                        }
                        continue
                    }
                    if hashed { positions[identity] = end }
                    grouped[end] = mention
                    end += 1
                }
                kept[person] = (Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: end - start))
            }
            grouped.removeLast(grouped.count - end)
            let order = numbering.fileOrder()
            var renumbered = Array(repeating: 0, count: people)
            for (position, person) in order.enumerated() { renumbered[Int(person)] = position }
            var byKey = numbering.byKey
            byKey.renumber(renumbered)
            let entries = order.map { person in
                let kept = kept[Int(person)]
                return Entry(first: numbering.firsts[Int(person)], assignmentsStart: kept.start, assignmentsCount: kept.count)
            }
            return (entries, grouped, byKey)
        }
    }
}

extension PersonIndex {
    /// Every mention, in the order of the session's structure (see `PersonIndex`), `people` last.
    static func forEachMention(in parts: Parts, _ body: (Mention) -> Void) {
        for (d, direction) in parts.directions.enumerated() {
            for l in direction.leaders.indices { body(Mention(.leader, d, l)) }
            // By index: a `Group` copied out of the array would retain every string it holds.
            for g in direction.groups.indices {
                if direction.groups[g].moderator != nil { body(Mention(.moderator, d, g)) }
                if direction.groups[g].collector != nil { body(Mention(.collector, d, g)) }
                for m in direction.groups[g].members.indices { body(Mention(.member, d, g, m)) }
            }
        }
        for (d, day) in parts.days.enumerated() {
            for (s, slot) in day.slots.enumerated() {
                for k in slot.speakers.indices { body(Mention(.speaker, d, s, k)) }
                for k in slot.moderators.indices { body(Mention(.slotModerator, d, s, k)) }
            }
        }
        if !parts.hosts.isEmpty { body(Mention(.host)) }
        for a in parts.architects.indices { body(Mention(.architect, a)) }
        for t in parts.team.indices { body(Mention(.team, t)) }
        for p in parts.people.indices { body(Mention(.people, p)) }
    }
}
