/// How often each word was seen lower-case and capitalised, by the word's
/// 64-bit key: an open-addressing hash table with linear probing.
///
/// The keys are already hashes (see ``CapitalisationEvidence/key(of:)``),
/// so a multiply and a shift place them; a Swift `Dictionary` would hash
/// each one again with SipHash, once per word of the corpus.
struct WordCaseCounts: Sendable {
    /// A word's key and counts side by side, so that a probe reads one
    /// place in memory. A key of 0 marks an empty slot; a key of 0 is
    /// stored as 1.
    private struct Slot {
        var key: UInt64 = 0
        var lowerCase: Int32 = 0
        var capitalised: Int32 = 0
    }

    private var slots: [Slot]
    /// Words held.
    private(set) var count = 0
    private var shift: UInt64

    /// A table with room for about `capacity` words before it grows.
    init(capacity: Int = 32) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: Slot(), count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Adds to the counts of `key`.
    mutating func add(_ key: UInt64, lowerCase lower: Int32, capitalised capital: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        let key = Self.stored(key)
        let mask = slots.count - 1
        var i = slot(of: key)
        let added = slots.withUnsafeMutableBufferPointer { slots in
            while true {
                let found = slots[i].key
                if found == key {
                    slots[i].lowerCase &+= lower
                    slots[i].capitalised &+= capital
                    return false
                }
                if found == 0 {
                    slots[i] = Slot(key: key, lowerCase: lower, capitalised: capital)
                    return true
                }
                i = (i + 1) & mask
            }
        }
        if added { count += 1 }
    }

    /// The counts of `key`, or nil when it was never seen.
    func counts(of key: UInt64) -> (lowerCase: Int32, capitalised: Int32)? {
        let key = Self.stored(key)
        let mask = slots.count - 1
        var i = slot(of: key)
        while true {
            let found = slots[i]
            if found.key == key { return (found.lowerCase, found.capitalised) }
            if found.key == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Calls `body` with every word's key and counts, in no set order.
    func forEach(_ body: (UInt64, Int32, Int32) -> Void) {
        for slot in slots where slot.key != 0 { body(slot.key, slot.lowerCase, slot.capitalised) }
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
        var larger = WordCaseCounts(capacity: slots.count)
        forEach { key, lower, capital in larger.add(key, lowerCase: lower, capitalised: capital) }
        self = larger
    }
}
