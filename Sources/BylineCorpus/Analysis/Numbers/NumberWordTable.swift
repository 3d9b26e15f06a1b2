/// An open-addressing hash table from `NumberWordKey` to a lexicon index:
/// a multiply-shift hash and linear probing, cheaper than `Dictionary`'s
/// seeded hashing for the lookup of every word of every article.
struct NumberWordTable: Sendable {
    private var keys: [NumberWordKey]
    private var values: [Int32]
    private let shift: UInt64
    private let mask: Int

    /// A table holding `entries`, at most a quarter full.
    init(_ entries: [NumberWordKey: Int32]) {
        var capacity = 16
        var bits: UInt64 = 4
        while capacity < entries.count * 4 {
            capacity *= 2
            bits += 1
        }
        keys = Array(repeating: .none, count: capacity)
        values = Array(repeating: -1, count: capacity)
        shift = 64 - bits
        mask = capacity - 1
        for (key, value) in entries {
            var slot = slotOf(key)
            while keys[slot] != .none { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    /// The first slot to probe for `key`.
    @inline(__always) private func slotOf(_ key: NumberWordKey) -> Int {
        let h = (key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: ((h ^ (h >> 29)) &* 0x1656_67B1_9E37_79F9) >> shift)
    }

    /// The lexicon index of `key`, or -1.
    @inline(__always) func index(of key: NumberWordKey) -> Int32 {
        guard key != .none else { return -1 }
        var slot = slotOf(key)
        while true {
            let k = keys[slot]
            if k == key { return values[slot] }
            if k == .none { return -1 }
            slot = (slot + 1) & mask
        }
    }
}
