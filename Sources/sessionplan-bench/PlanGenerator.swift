/// Generates large valid session plans, deterministically: `members` group
/// members in groups of 10, 200 groups a direction, seven days of 18 slots.
///
/// Names follow real statistics (see `RussianNames`): surnames repeat, first
/// names and patronymics are shared by thousands. Every person is distinct,
/// and no two accidentally look like one person spelled two ways: the only
/// near-duplicates are the planted ones (`PlantedDuplicate`), at known places.
struct PlanGenerator {
    let members: Int

    static let groupSize = 10
    static let groupsPerDirection = 200
    static let days = 7
    static let slotsPerDay = 18

    /// The planted near-duplicates, after `json()` has run.
    private(set) var planted: [PlantedDuplicate] = []

    init(members: Int) { self.members = members }

    /// The session file's text: pretty-printed JSON, one name a line, as an organizer's file would be.
    mutating func json() -> String {
        var names = DistinctNames()
        let speakers = (0..<(Self.days * Self.slotsPerDay)).map { _ in names.next() }
        let groups = max(1, members / Self.groupSize)
        let directions = (groups + Self.groupsPerDirection - 1) / Self.groupsPerDirection
        let leaders = (0..<directions).map { _ in names.next() }
        var staff: [(moderator: String, collector: String)] = []
        var memberNames: [String] = []
        memberNames.reserveCapacity(groups * Self.groupSize)
        for _ in 0..<groups {
            staff.append((names.next(), names.next()))
            for _ in 0..<Self.groupSize { memberNames.append(names.next()) }
        }
        planted = PlantedDuplicate.plant(into: &memberNames, groupSize: Self.groupSize)

        var out = ""
        out.reserveCapacity(members * 75)
        out += """
        {
          "version": 1,
          "title": "Сгенерированная сессия на \(members) участников",
          "timezone": "Europe/Moscow",
          "hours": { "start": "08:00", "end": "17:00" },\n
        """
        out += "  \"days\": [\n"
        for day in 0..<Self.days {
            out += "    { \"date\": \"2030-03-\(10 + day)\", \"title\": \"День работы \(day + 1)\", \"slots\": [\n"
            for slot in 0..<Self.slotsPerDay {
                let start = 8 * 60 + slot * 30
                let kind = slot % 3 == 1 ? "group-work" : (slot % 3 == 0 ? "talk" : "plenary")
                let speaker = speakers[day * Self.slotsPerDay + slot]
                out += "      { \"start\": \"\(time(start))\", \"end\": \"\(time(start + 30))\", \"title\": \"Пункт \(slot + 1) дня \(day + 1)\", \"kind\": \"\(kind)\", \"speakers\": [\"\(speaker)\"] }"
                out += slot + 1 < Self.slotsPerDay ? ",\n" : "\n"
            }
            out += day + 1 < Self.days ? "    ] },\n" : "    ] }\n"
        }
        out += "  ],\n  \"directions\": [\n"
        var group = 0
        for direction in 0..<directions {
            out += "    { \"id\": \"d\(direction + 1)\", \"title\": \"Направление \(direction + 1)\", \"leaders\": [\"\(leaders[direction])\"], \"groups\": [\n"
            let count = min(Self.groupsPerDirection, groups - group)
            for index in 0..<count {
                out += "      { \"name\": \"Группа \(index + 1)\", \"moderator\": \"\(staff[group].moderator)\", \"collector\": \"\(staff[group].collector)\",\n"
                let first = group * Self.groupSize
                out += "        \"members\": [" + memberNames[first..<(first + Self.groupSize)].map { "\"\($0)\"" }.joined(separator: ", ")
                out += index + 1 < count ? "] },\n" : "] }\n"
                group += 1
            }
            out += direction + 1 < directions ? "    ] },\n" : "    ] }\n"
        }
        out += "  ],\n  \"people\": [\n"
        for (index, speaker) in speakers.enumerated() {
            out += "    { \"name\": \"\(speaker)\", \"position\": \"эксперт\" }" + (index + 1 < speakers.count ? ",\n" : "\n")
        }
        out += "  ]\n}\n"
        return out
    }

    private func time(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}

/// Hands out realistic names, skipping any that would be the same person as, or
/// look like a one-letter misspelling of, a name already handed out.
struct DistinctNames {
    private var number = 0
    /// Hashes of every accepted name's folded words with one word reduced to a deletion variant.
    private var variants = Set<UInt64>()

    mutating func next() -> String {
        while true {
            number += 1
            let name = RussianNames.fullName(number)
            let keys = Self.keys(name)
            if keys.contains(where: variants.contains) { continue }
            variants.formUnion(keys)
            return name
        }
    }

    /// For each word: the other words as they are and that word with at most one letter left out.
    /// Two names share a key when they are equal after folding, or one word differs by one letter.
    static func keys(_ name: String) -> [UInt64] {
        let words = name.lowercased().replacingOccurrences(of: "ё", with: "е").split(separator: " ").map { Array($0.unicodeScalars) }
        var keys: [UInt64] = []
        for (position, word) in words.enumerated() {
            var prefix = FNV()
            for (other, text) in words.enumerated() where other != position { prefix.add(text); prefix.add(" ") }
            prefix.add(String(position))
            var whole = prefix
            whole.add(word)
            keys.append(whole.value)
            for left in word.indices {
                var variant = prefix
                variant.add(Array(word[..<left]) + Array(word[(left + 1)...]))
                keys.append(variant.value)
            }
        }
        return keys
    }
}

/// FNV-1a, 64 bits: a hash that is the same in every run.
struct FNV {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325
    mutating func add(_ scalars: [Unicode.Scalar]) {
        for scalar in scalars { add(scalar.value) }
        add(0xFFFF_FFFF)
    }
    mutating func add(_ text: String) { add(Array(text.unicodeScalars)) }
    private mutating func add(_ number: UInt32) {
        var rest = number
        for _ in 0..<4 {
            value = (value ^ UInt64(rest & 0xFF)) &* 0x0000_0100_0000_01B3
            rest >>= 8
        }
    }
}
