/// `sessionplan ids`: gives every slot without an `id` the one its identity
/// already is (`SlotIdentity`), so calendar UIDs do not change, by inserting
/// text into the file at the places the JSON reader recorded. Every other byte
/// of the file stays as it was.
enum SlotIDInsertion {
    /// The file's bytes with `"id": "…",` inserted as the first member of each
    /// slot that has none, and how many were added. `tree` and `session` must
    /// come from `bytes` (a usable session: every day and slot was built).
    static func insert(into bytes: [UInt8], tree: JSONValue, session: Session) -> (bytes: [UInt8], added: Int) {
        let identities = SlotIdentity.of(session)
        var insertions: [(offset: Int, text: [UInt8])] = []
        for (day, dayValue) in zip(session.days, members("days", of: tree)) {
            for (slot, slotValue) in zip(day.slots, members("slots", of: dayValue)) {
                guard slot.id == nil, case .object(let fields) = slotValue.kind, let first = fields.first else { continue }
                let brace = slotValue.location.offset
                let key = first.keyLocation.offset
                guard brace < key, key <= bytes.count else { continue }
                let gap = bytes[(brace + 1)..<key]
                let entry = Array("\"id\": \"\(identities.key(day, slot))\",".utf8)
                // On its own line, indented like the first member, when the object is written over several lines.
                if let newline = gap.lastIndex(of: 0x0A) {
                    insertions.append((key, entry + [0x0A] + Array(bytes[(newline + 1)..<key])))
                } else {
                    insertions.append((key, entry + [0x20]))
                }
            }
        }
        guard !insertions.isEmpty else { return (bytes, 0) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + insertions.reduce(0) { $0 + $1.text.count })
        var position = 0
        for insertion in insertions.sorted(by: { $0.offset < $1.offset }) {
            result += bytes[position..<insertion.offset]
            result += insertion.text
            position = insertion.offset
        }
        result += bytes[position...]
        return (result, insertions.count)
    }

    /// The elements of the array under `key` of an object value (none when it is not there).
    private static func members(_ key: String, of value: JSONValue) -> [JSONValue] {
        guard case .object(let fields) = value.kind,
              let member = fields.first(where: { $0.key == key }),
              case .array(let elements) = member.value.kind else { return [] }
        return elements
    }
}
