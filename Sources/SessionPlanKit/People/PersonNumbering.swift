extension PersonIndex {
    /// Each person once, at their earliest mention, and their order in the
    /// file: the first step of the index (`Builder`), and all that
    /// `SimilarNames` needs of it, which numbers the people itself on its own
    /// thread rather than wait for the whole index (`Validator.check`).
    /// Per person it keeps a mention and a few numbers.
    struct Numbering {
        let parts: Parts
        /// Per person, in the order the walk met them: the earliest mention, its byte offset and its number in the walk.
        private(set) var firsts: [Mention] = []
        private var firstOffsets: [UInt32] = []
        private var firstWalks: [Int32] = []
        /// Per person: the fingerprint of the key, so that a probe of `byKey` copies no reference.
        private var firstFingerprints: [UInt64] = []
        /// Person by key, as numbers in `firsts`.
        private(set) var byKey: PersonKeyTable

        /// Room for about as many people as `parts` has places for names.
        init(_ parts: Parts) {
            self.parts = parts
            let estimate = Self.mentionEstimate(parts)
            byKey = PersonKeyTable(capacity: estimate)
            firsts.reserveCapacity(estimate)
            firstOffsets.reserveCapacity(estimate)
            firstWalks.reserveCapacity(estimate)
            firstFingerprints.reserveCapacity(estimate)
        }

        /// Every mention of `parts` numbered, in the walk's order.
        static func everyone(in parts: Parts) -> Numbering {
            var numbering = Numbering(parts)
            var walked: Int32 = 0
            PersonIndex.forEachMention(in: parts) { mention in
                walked += 1
                _ = numbering.number(mention, walk: walked)
            }
            return numbering
        }

        /// About how many names `parts` writes (the people, leaders, members and group duties).
        static func mentionEstimate(_ parts: Parts) -> Int {
            parts.people.count + parts.directions.reduce(0) { total, direction in
                total + direction.leaders.count + direction.groups.reduce(0) { $0 + $1.members.count + 2 }
            }
        }

        var count: Int { firsts.count }

        /// The person `mention` names, numbered when first met; `walk` is the mention's number in the walk.
        mutating func number(_ mention: Mention, walk: Int32) -> Int {
            let (fingerprint, place) = parts.fingerprintAndOffset(mention)
            let offset = UInt32(truncatingIfNeeded: place)
            if let person = person(named: mention, fingerprint: fingerprint) {
                if offset < firstOffsets[person] {
                    firsts[person] = mention
                    firstOffsets[person] = offset
                    firstWalks[person] = walk
                }
                return person
            }
            let person = firsts.count
            firsts.append(mention)
            firstOffsets.append(offset)
            firstWalks.append(walk)
            firstFingerprints.append(fingerprint)
            byKey.insert(person, fingerprint: fingerprint, fingerprintAt: { [firstFingerprints] in firstFingerprints[$0] })
            return person
        }

        /// The person numbered so far for the name at `mention`, whose key has `fingerprint`; the keys
        /// themselves are compared only when the fingerprints agree (non-mutating: the closures read
        /// `self` without a copy).
        private func person(named mention: Mention, fingerprint: UInt64) -> Int? {
            byKey.position(fingerprint: fingerprint, fingerprintAt: { firstFingerprints[$0] },
                           matches: { parts.sameKey(firsts[$0], mention) })
        }

        /// The people in file order, by the place each is first written; the walk's order
        /// for places that are equal (values made in code).
        func fileOrder() -> [Int32] {
            var order = Array(0..<Int32(truncatingIfNeeded: count))
            order.sort { (firstOffsets[Int($0)], firstWalks[Int($0)]) < (firstOffsets[Int($1)], firstWalks[Int($1)]) }
            return order
        }

        /// The earliest mention of each person, in file order.
        func firstsInFileOrder() -> [Mention] { fileOrder().map { firsts[Int($0)] } }
    }
}
