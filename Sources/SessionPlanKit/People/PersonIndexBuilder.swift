extension PersonIndex {
    /// Collects the mentions in one walk over the session: each person once
    /// (`firsts`, numbered in the order of the walk), each mention with an
    /// assignment with its person. `finish` then puts each person's mentions
    /// together, keeps each assignment once at its earliest place, and orders
    /// the people by file.
    struct Builder {
        let parts: Parts
        /// Per person: the earliest mention, its byte offset and its number in the walk.
        private var firsts: [Mention] = []
        private var firstOffsets: [Int] = []
        private var firstWalks: [Int32] = []
        /// Person by key, as numbers in `firsts`.
        private var byKey: PersonKeyTable
        /// Every mention with an assignment, in the order of the walk, and its person.
        private var mentions: [Mention] = []
        private var mentionPeople: [Int32] = []
        /// The first slot title and team duty of each text, numbered: what makes two mentions one assignment.
        private var slotTitles: [String: Int32] = [:]
        private var duties: [String: Int32] = [:]
        private var walked: Int32 = 0
        /// A person's mentions are searched while they are few, hashed when many.
        private static let searchedAssignments = 8

        init(_ session: Session) {
            parts = Parts(session)
            let estimate = parts.people.count + parts.directions.reduce(0) { total, direction in
                total + direction.leaders.count + direction.groups.reduce(0) { $0 + $1.members.count + 2 }
            }
            byKey = PersonKeyTable(capacity: estimate)
            firsts.reserveCapacity(estimate)
            firstOffsets.reserveCapacity(estimate)
            firstWalks.reserveCapacity(estimate)
            mentions.reserveCapacity(estimate)
            mentionPeople.reserveCapacity(estimate)
        }

        /// The walk, in the order of the session's structure (see `PersonIndex`).
        mutating func walk() {
            for (d, direction) in parts.directions.enumerated() {
                for l in direction.leaders.indices { add(Mention(.leader, d, l)) }
                for (g, group) in direction.groups.enumerated() {
                    if group.moderator != nil { add(Mention(.moderator, d, g)) }
                    if group.collector != nil { add(Mention(.collector, d, g)) }
                    for m in group.members.indices { add(Mention(.member, d, g, m)) }
                }
            }
            for (d, day) in parts.days.enumerated() {
                for (s, slot) in day.slots.enumerated() {
                    for k in slot.speakers.indices { add(Mention(.speaker, d, s, k)) }
                    if !slot.moderators.isEmpty, slotTitles[slot.title] == nil {
                        slotTitles[slot.title] = Int32(truncatingIfNeeded: slotTitles.count)
                    }
                    for k in slot.moderators.indices { add(Mention(.slotModerator, d, s, k)) }
                }
            }
            if !parts.hosts.isEmpty { add(Mention(.host)) }
            for a in parts.architects.indices { add(Mention(.architect, a)) }
            for (t, member) in parts.team.enumerated() {
                if duties[member.duty] == nil { duties[member.duty] = Int32(truncatingIfNeeded: duties.count) }
                add(Mention(.team, t))
            }
            for p in parts.people.indices { add(Mention(.people, p)) }
        }

        private mutating func add(_ mention: Mention) {
            walked += 1
            let reference = parts.reference(mention)
            let person: Int
            if let known = byKey.position(of: reference.key, keyAt: { [parts, firsts] in parts.reference(firsts[$0]).key }) {
                person = known
                if reference.location.offset < firstOffsets[person] {
                    firsts[person] = mention
                    firstOffsets[person] = reference.location.offset
                    firstWalks[person] = walked
                }
            } else {
                person = firsts.count
                firsts.append(mention)
                firstOffsets.append(reference.location.offset)
                firstWalks.append(walked)
                byKey.insert(person, for: reference.key, keyAt: { [parts, firsts] in parts.reference(firsts[$0]).key })
            }
            guard mention.kind != .people else { return }
            mentions.append(mention)
            mentionPeople.append(Int32(truncatingIfNeeded: person))
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
        consuming func finish() -> (entries: [Entry], mentions: [Mention], byKey: PersonKeyTable) {
            let people = firsts.count
            // Each person's mentions together, in the order of the walk (a counting sort).
            var starts = Array(repeating: 0, count: people + 1)
            for person in mentionPeople { starts[Int(person) + 1] += 1 }
            for person in 0..<people { starts[person + 1] += starts[person] }
            var grouped = Array(repeating: Mention(.host), count: mentions.count)
            var next = starts
            for (mention, person) in zip(mentions, mentionPeople) {
                grouped[next[Int(person)]] = mention
                next[Int(person)] += 1
            }
            mentions = []
            mentionPeople = []
            next = []
            // Each assignment once, at its first place in the walk, with the earliest place the file writes it.
            var kept: [(start: Int32, count: Int32)] = []
            kept.reserveCapacity(people)
            var end = 0
            var positions: [Mention.Identity: Int] = [:]
            for person in 0..<people {
                let start = end
                let run = starts[person]..<starts[person + 1]
                let hashed = run.count > Self.searchedAssignments
                if hashed { positions.removeAll(keepingCapacity: true) }
                for index in run {
                    let mention = grouped[index]
                    let identity = identity(mention)
                    let known = hashed ? positions[identity]
                                       : (start..<end).first { self.identity(grouped[$0]) == identity }
                    if let known {
                        if parts.reference(mention).location.offset < parts.reference(grouped[known]).location.offset {
                            grouped[known] = mention
                        }
                        continue
                    }
                    if hashed { positions[identity] = end }
                    grouped[end] = mention
                    end += 1
                }
                kept.append((Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: end - start)))
            }
            grouped.removeLast(grouped.count - end)
            // People in file order; the walk's order for places that are equal (values made in code).
            var order = Array(0..<people)
            order.sort { (firstOffsets[$0], firstWalks[$0]) < (firstOffsets[$1], firstWalks[$1]) }
            var renumbered = Array(repeating: 0, count: people)
            for (position, person) in order.enumerated() { renumbered[person] = position }
            byKey.renumber(renumbered)
            let entries = order.map { person in
                Entry(first: firsts[person], assignmentsStart: kept[person].start, assignmentsCount: kept[person].count)
            }
            return (entries, grouped, byKey)
        }
    }
}
