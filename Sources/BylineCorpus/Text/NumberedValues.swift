/// Values numbered in the order first seen (0, 1, 2…), each once: the
/// tables of names that facts and entity indexes refer to by number.
///
/// An ASCII name is found again through ``HashedNumbers`` (an FNV hash, no
/// Swift string hashing); any other value, and every first sighting, through
/// a `Dictionary`, which decides equality as Swift does (names equal as
/// Unicode, such as one with the Kelvin sign, are one).
struct NumberedValues<Value: Hashable & Sendable>: Sendable {
    /// The values, each at its number.
    private(set) var values: [Value] = []
    private var numbers: [Value: UInt32] = [:]
    private var hashed = HashedNumbers()

    init() {}

    var count: Int { values.count }

    /// The number of `value`, which joins the table when new. `hash` is
    /// its ``HashedNumbers/asciiHash(_:tag:)``, nil when it is not ASCII.
    mutating func number(of value: Value, hash: UInt64?) -> UInt32 {
        if let hash, let known = hashed.number(hash: hash, where: { values[Int($0)] == value }) { return known }
        let number: UInt32
        if let known = numbers[value] {
            number = known
        } else {
            number = UInt32(values.count)
            values.append(value)
            numbers[value] = number
        }
        if let hash { hashed.insert(number, hash: hash) }
        return number
    }

    /// The number of `value` if it is in the table.
    func existingNumber(of value: Value) -> UInt32? { numbers[value] }

    /// Appends `value` with the next number, as read back from a store, in
    /// the store's numbering (an equal value read later takes over lookups).
    mutating func appendRead(_ value: Value) {
        numbers[value] = UInt32(values.count)
        values.append(value)
    }

    mutating func reserveCapacity(_ count: Int) { values.reserveCapacity(count) }
}
