/// A set of document ids (the callers' numbers), as a bitset: the full list
/// of documents a query matches, for showing them in any order.
public struct SearchMatches: Sendable, Hashable, Sequence {
    private var words: [UInt64]
    /// Number of ids in the set.
    public private(set) var count: Int

    /// An empty set with room for ids below `capacity`.
    public init(capacity: Int = 0) {
        words = [UInt64](repeating: 0, count: (Swift.max(capacity, 0) + 63) / 64)
        count = 0
    }

    /// Whether `id` is in the set.
    public func contains(_ id: Int) -> Bool {
        guard id >= 0, id / 64 < words.count else { return false }
        return words[id / 64] & (1 << UInt64(id % 64)) != 0
    }

    /// True when the set has no id.
    public var isEmpty: Bool { count == 0 }

    /// The ids in increasing order.
    public var sortedIDs: [Int] { Array(self) }

    /// Adds `id` (a negative id is ignored).
    public mutating func insert(_ id: Int) {
        guard id >= 0 else { return }
        let word = id / 64
        if word >= words.count { words.append(contentsOf: repeatElement(0, count: Swift.max(word + 1 - words.count, words.count))) }
        let bit: UInt64 = 1 << UInt64(id % 64)
        if words[word] & bit == 0 {
            words[word] |= bit
            count += 1
        }
    }

    /// Iterates the ids in increasing order.
    public func makeIterator() -> Iterator { Iterator(words: words) }

    /// Iterates the ids of a ``SearchMatches`` in increasing order.
    public struct Iterator: IteratorProtocol {
        private let words: [UInt64]
        private var word = 0
        private var bits: UInt64

        init(words: [UInt64]) {
            self.words = words
            bits = words.first ?? 0
        }

        /// The next id, or nil at the end.
        public mutating func next() -> Int? {
            while bits == 0 {
                word += 1
                guard word < words.count else { return nil }
                bits = words[word]
            }
            let bit = bits.trailingZeroBitCount
            bits &= bits - 1
            return word * 64 + bit
        }
    }
}
