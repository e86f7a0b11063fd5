/// Numbers for person keys in order of first appearance, by the key's
/// fingerprint in an `IntegerTable`: no `Hasher` and no dictionary entry per
/// name. Equal fingerprints are checked against the key itself; the rare
/// collision is kept in a dictionary.
struct PersonKeyNumbering {
    private var table: IntegerTable
    private var collided: [PersonKey: Int] = [:]
    private(set) var count = 0

    init(capacity: Int) {
        table = IntegerTable(capacity: capacity)
    }

    /// The number of `key` when it was numbered before, else nil (and it gets the number `count`).
    /// `keyNumbered` gives the key that holds a number, for the check of equal fingerprints.
    mutating func number(of key: PersonKey, keyNumbered: (Int) -> PersonKey) -> Int? {
        if let known = table.insert(key.fingerprint, value: Int32(count)).map(Int.init) {
            if keyNumbered(known) == key { return known }
            if let seen = collided[key] { return seen }
            collided[key] = count
        }
        count += 1
        return nil
    }
}
