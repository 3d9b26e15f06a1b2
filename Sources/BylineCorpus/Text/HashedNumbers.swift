/// Numbers found by a 64-bit hash of what they number, in an
/// open-addressing table (the hash is already spread, so a multiply places
/// it): for ASCII names, a fast path in front of a `Dictionary` keyed by the
/// strings, whose hashing (SipHash, with Unicode normalisation) was most of
/// the cost of recording an article's facts; for reporting cues, the whole
/// table.
///
/// Only ASCII strings are hashed by ``asciiHash(_:tag:)``: two of them are
/// equal exactly when their bytes are, while Swift compares other strings by
/// canonical equivalence (the Kelvin sign is a `K`), which only a
/// `Dictionary` decides.
struct HashedNumbers: Sendable {
    private var hashes: [UInt64]
    /// Each slot's number plus one; 0 for an empty slot.
    private var numbers: [UInt32]
    private var count = 0
    private var shift: UInt64

    init() {
        hashes = Array(repeating: 0, count: 64)
        numbers = Array(repeating: 0, count: 64)
        shift = 58
    }

    /// The FNV-1a hash of `tag` and the bytes of `text`, or nil when `text`
    /// is not all ASCII.
    static func asciiHash(_ text: String, tag: UInt8 = 0) -> UInt64? {
        var text = text
        return text.withUTF8 { bytes in
            var hash = FNV1a()
            hash.add(UInt64(tag))
            var high: UInt8 = 0
            for byte in bytes {
                high |= byte
                hash.add(UInt64(byte))
            }
            return high < 0x80 ? hash.value : nil
        }
    }

    @inline(__always)
    private func slot(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The number whose hash is `hash` and that `isSought` says is the one
    /// looked for, or nil.
    func number(hash: UInt64, where isSought: (UInt32) -> Bool) -> UInt32? {
        let mask = hashes.count - 1
        var i = slot(of: hash)
        while numbers[i] != 0 {
            if hashes[i] == hash, isSought(numbers[i] - 1) { return numbers[i] - 1 }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Remembers `number` under `hash` (`number` not yet in).
    mutating func insert(_ number: UInt32, hash: UInt64) {
        if (count + 1) * 2 > hashes.count { grow() }
        let mask = hashes.count - 1
        var i = slot(of: hash)
        while numbers[i] != 0 { i = (i + 1) & mask }
        hashes[i] = hash
        numbers[i] = number + 1
        count += 1
    }

    private mutating func grow() {
        let old = (hashes, numbers)
        hashes = Array(repeating: 0, count: old.0.count * 2)
        numbers = Array(repeating: 0, count: old.0.count * 2)
        shift -= 1
        count = 0
        for k in old.0.indices where old.1[k] != 0 { insert(old.1[k] - 1, hash: old.0[k]) }
    }
}
