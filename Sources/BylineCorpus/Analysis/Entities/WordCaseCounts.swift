/// How often each word was seen lower-case and capitalised, by the word's
/// 64-bit key: an open-addressing hash table with linear probing.
///
/// The keys are already hashes (see ``CapitalisationEvidence/key(of:)``),
/// so a multiply and a shift place them; a Swift `Dictionary` would hash
/// each one again with SipHash, once per word of the corpus.
struct WordCaseCounts: Sendable {
    /// 0 marks an empty slot; a key of 0 is stored as 1.
    private var keys: [UInt64]
    private var lowerCase: [Int32]
    private var capitalised: [Int32]
    /// Words held.
    private(set) var count = 0
    private var shift: UInt64

    /// A table with room for about `capacity` words before it grows.
    init(capacity: Int = 32) {
        var slots = 16
        while slots < capacity * 2 { slots *= 2 }
        keys = Array(repeating: 0, count: slots)
        lowerCase = Array(repeating: 0, count: slots)
        capitalised = Array(repeating: 0, count: slots)
        shift = UInt64(64 - slots.trailingZeroBitCount)
    }

    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Adds to the counts of `key`.
    mutating func add(_ key: UInt64, lowerCase lower: Int32, capitalised capital: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = Self.stored(key)
        let mask = keys.count - 1
        var i = slot(of: key)
        while true {
            let found = keys[i]
            if found == key {
                lowerCase[i] &+= lower
                capitalised[i] &+= capital
                return
            }
            if found == 0 {
                keys[i] = key
                lowerCase[i] = lower
                capitalised[i] = capital
                count += 1
                return
            }
            i = (i + 1) & mask
        }
    }

    /// The counts of `key`, or nil when it was never seen.
    func counts(of key: UInt64) -> (lowerCase: Int32, capitalised: Int32)? {
        let key = Self.stored(key)
        let mask = keys.count - 1
        var i = slot(of: key)
        while true {
            let found = keys[i]
            if found == key { return (lowerCase[i], capitalised[i]) }
            if found == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Calls `body` with every word's key and counts, in no set order.
    func forEach(_ body: (UInt64, Int32, Int32) -> Void) {
        for i in keys.indices where keys[i] != 0 { body(keys[i], lowerCase[i], capitalised[i]) }
    }

    /// Adds every count of `other`.
    mutating func merge(_ other: WordCaseCounts) {
        if count == 0 {
            self = other
            return
        }
        other.forEach { key, lower, capital in add(key, lowerCase: lower, capitalised: capital) }
    }

    private mutating func grow() {
        var larger = WordCaseCounts(capacity: keys.count)
        forEach { key, lower, capital in larger.add(key, lowerCase: lower, capitalised: capital) }
        self = larger
    }
}
