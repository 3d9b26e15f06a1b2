/// Term → id while a segment is built: open addressing over one byte
/// arena, so a new term costs an append, not a String.
struct SearchTermTable {
    /// The terms' bytes, one after another: term `id` is `arena[starts[id] ..< starts[id + 1]]`.
    private(set) var arena: [UInt8] = []
    private(set) var starts: [UInt32] = [0]
    /// Each slot: the term's hash << 32 | (id + 1); 0 for an empty slot.
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1 << 14) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        arena.reserveCapacity(capacity * 8)
        starts.reserveCapacity(capacity + 1)
    }

    /// The id of `term`, added if new (ids count up from 0).
    @inline(__always)
    mutating func id(of term: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(term)
        let tagged = UInt64(hash) << 32
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if entry & 0xFFFF_FFFF_0000_0000 == tagged {
                let id = Int(entry & 0xFFFF_FFFF) - 1
                if equals(id, term) { return id }
            }
            slot = (slot + 1) & mask
        }
        let id = count
        count += 1
        arena.append(contentsOf: term)
        starts.append(UInt32(arena.count))
        slots[slot] = tagged | UInt64(id + 1)
        if count * 2 > slots.count { grow() }
        return id
    }

    /// Whether term `id` is `term`.
    @inline(__always)
    private func equals(_ id: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[id]), end = Int(starts[id + 1])
        guard end - start == term.count else { return false }
        return arena.withUnsafeBufferPointer { arena in
            for k in 0..<term.count where arena[start + k] != term[k] { return false }
            return true
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [UInt64](repeating: 0, count: size)
        let newMask = size - 1
        for entry in slots where entry != 0 {
            var slot = Int(entry >> 32) & newMask
            while newSlots[slot] != 0 { slot = (slot + 1) & newMask }
            newSlots[slot] = entry
        }
        slots = newSlots
        mask = newMask
    }

    /// FNV-1a, then mixed so the low bits spread.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for byte in bytes { h = (h ^ UInt32(byte)) &* 16_777_619 }
        h ^= h >> 15
        h = h &* 0x2C1B_3C6D
        h ^= h >> 12
        return h
    }
}
