/// Words, each with a value, looked up by their UTF-8 bytes: a table of open
/// addressing with a hash of eight bytes at a time, cheaper than a `Dictionary` for the short
/// words and names the entity recognizer asks about many times per article.
/// Lookups are exact (case-sensitive); the first value given for a word is kept.
struct WordTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        var hash: UInt64
        var word: String
        var value: Value
    }

    private var slots: [Slot?]
    private var mask: Int
    /// The number of words held.
    private(set) var count = 0

    /// A table of `entries`; of a word given twice, the first value is kept.
    init(_ entries: some Sequence<(String, Value)>) {
        slots = [Slot?](repeating: nil, count: 16)
        mask = 15
        for (word, value) in entries { insert(word, value) }
    }

    /// A table of a dictionary's words and values.
    init(_ dictionary: [String: Value]) {
        self.init(dictionary.lazy.map { ($0.key, $0.value) })
    }

    /// The value held for `word`.
    @inline(__always)
    subscript(word: String) -> Value? {
        let hash = Self.hash(word)
        var index = Int(truncatingIfNeeded: hash) & mask
        while let slot = slots[index] {
            if slot.hash == hash && slot.word == word { return slot.value }
            index = (index + 1) & mask
        }
        return nil
    }

    /// Whether `word` is held.
    @inline(__always)
    func contains(_ word: String) -> Bool { self[word] != nil }

    /// Every word held, in no order.
    var words: [String] { slots.compactMap { $0?.word } }

    private mutating func insert(_ word: String, _ value: Value) {
        if (count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(word)
        var index = Int(truncatingIfNeeded: hash) & mask
        while let slot = slots[index] {
            if slot.hash == hash && slot.word == word { return }
            index = (index + 1) & mask
        }
        slots[index] = Slot(hash: hash, word: word, value: value)
        count += 1
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot?](repeating: nil, count: old.count * 2)
        mask = slots.count - 1
        for case let slot? in old {
            var index = Int(truncatingIfNeeded: slot.hash) & mask
            while slots[index] != nil { index = (index + 1) & mask }
            slots[index] = slot
        }
    }

    /// A hash of the UTF-8 bytes, eight at a time (multiply and fold), so
    /// that the low bits (the slot) depend on every byte.
    @inline(__always)
    static func hash(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { bytes in
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
            var i = 0
            let base = UnsafeRawPointer(bytes.baseAddress)
            while i + 8 <= bytes.count {
                hash = (hash ^ base!.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                hash ^= hash >> 32
                i += 8
            }
            if i < bytes.count {
                var tail: UInt64 = 0
                for k in i..<bytes.count { tail |= UInt64(bytes[k]) << (8 * UInt64(k - i)) }
                hash = (hash ^ tail) &* 0xFF51_AFD7_ED55_8CCD
            }
            return hash ^ hash >> 29
        }
    }
}

extension WordTable where Value == Bool {
    /// A set of `words`.
    init(words: some Sequence<String>) {
        self.init(words.lazy.map { ($0, true) })
    }
}
