/// Generates large valid session plans, deterministically: `members` group
/// members in groups of 10, 200 groups a direction, seven days of 18 slots.
///
/// Names are made so that no two trigger `similar-names`: each is three
/// words, and two different people always differ in at least two of them.
struct PlanGenerator {
    let members: Int

    static let groupSize = 10
    static let groupsPerDirection = 200
    static let days = 7
    static let slotsPerDay = 18

    private static let syllables = ["ба", "ве", "ги", "до", "жу", "за", "ки", "ло",
                                    "ми", "но", "пу", "ра", "си", "ту", "фа", "ха"]
    private static let patronymics = ["Ильич", "Олеговна", "Петрович", "Юрьевна", "Карлович"]

    /// A distinct person for every number.
    static func name(_ number: Int) -> String {
        // Two injective encodings of the number: different numbers differ in both words.
        let first = word(number, capital: true)
        // Multiplying by an odd number is a bijection modulo 2^20: the second word is injective too.
        let second = word(((number &* 7919) & 0xFFFFF) | 0x100000, capital: true)
        return "\(first) \(second) \(patronymics[number % patronymics.count])"
    }

    private static func word(_ value: Int, capital: Bool) -> String {
        var digits: [String] = []
        var rest = value
        repeat {
            digits.append(syllables[rest % 16])
            rest /= 16
        } while rest > 0
        let text = digits.joined()
        return capital ? text.prefix(1).uppercased() + text.dropFirst() : text
    }

    /// The session file's text: pretty-printed JSON, one name a line, as an organizer's file would be.
    func json() -> String {
        var out = ""
        out.reserveCapacity(members * 70)
        out += """
        {
          "version": 1,
          "title": "Сгенерированная сессия на \(members) участников",
          "timezone": "Europe/Moscow",
          "hours": { "start": "08:00", "end": "17:00" },\n
        """
        var person = 0
        func next() -> String {
            person += 1
            return PlanGenerator.name(person)
        }
        var people: [String] = []
        out += "  \"days\": [\n"
        for day in 0..<PlanGenerator.days {
            out += "    { \"date\": \"2030-03-\(10 + day)\", \"title\": \"День работы \(day + 1)\", \"slots\": [\n"
            for slot in 0..<PlanGenerator.slotsPerDay {
                let start = 8 * 60 + slot * 30
                let kind = slot % 3 == 1 ? "group-work" : (slot % 3 == 0 ? "talk" : "plenary")
                let speaker = next()
                people.append(speaker)
                out += "      { \"start\": \"\(time(start))\", \"end\": \"\(time(start + 30))\", \"title\": \"Пункт \(slot + 1) дня \(day + 1)\", \"kind\": \"\(kind)\", \"speakers\": [\"\(speaker)\"] }"
                out += slot + 1 < PlanGenerator.slotsPerDay ? ",\n" : "\n"
            }
            out += day + 1 < PlanGenerator.days ? "    ] },\n" : "    ] }\n"
        }
        out += "  ],\n  \"directions\": [\n"
        let groups = max(1, members / PlanGenerator.groupSize)
        let directions = (groups + PlanGenerator.groupsPerDirection - 1) / PlanGenerator.groupsPerDirection
        var group = 0
        for direction in 0..<directions {
            out += "    { \"id\": \"d\(direction + 1)\", \"title\": \"Направление \(direction + 1)\", \"leaders\": [\"\(next())\"], \"groups\": [\n"
            let count = min(PlanGenerator.groupsPerDirection, groups - group)
            for index in 0..<count {
                out += "      { \"name\": \"Группа \(index + 1)\", \"moderator\": \"\(next())\", \"collector\": \"\(next())\",\n"
                out += "        \"members\": [" + (0..<PlanGenerator.groupSize).map { _ in "\"\(next())\"" }.joined(separator: ", ")
                out += index + 1 < count ? "] },\n" : "] }\n"
                group += 1
            }
            out += direction + 1 < directions ? "    ] },\n" : "    ] }\n"
        }
        out += "  ],\n  \"people\": [\n"
        for (index, speaker) in people.enumerated() {
            out += "    { \"name\": \"\(speaker)\", \"position\": \"эксперт\" }" + (index + 1 < people.count ? ",\n" : "\n")
        }
        out += "  ]\n}\n"
        return out
    }

    private func time(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}
