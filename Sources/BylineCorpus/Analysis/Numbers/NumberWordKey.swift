/// Up to 16 lower-cased ASCII letters packed into two integers: a cheap,
/// allocation-free dictionary key for the number lexicon.
///
/// Words that are longer, or hold anything but ASCII letters, get `.none`,
/// which no lexicon entry uses.
struct NumberWordKey: Hashable, Sendable {
    var low: UInt64
    var high: UInt64

    static let none = NumberWordKey(low: 0, high: 0)

    /// A key from its packed halves.
    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// Packs `bytes[start..<end]`, lower-casing ASCII letters.
    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        low = 0
        high = 0
        let count = end - start
        guard count > 0, count <= 16 else { return }
        var l: UInt64 = 0, h: UInt64 = 0
        for k in 0..<count {
            var b = bytes[start + k]
            if b >= 0x41 && b <= 0x5A {
                b |= 0x20
            } else if !(b >= 0x61 && b <= 0x7A) {
                return
            }
            if k < 8 { l |= UInt64(b) << UInt64(8 * k) } else { h |= UInt64(b) << UInt64(8 * (k - 8)) }
        }
        low = l
        high = h
    }

    /// The key of a lexicon word written in a literal.
    init(_ word: String) {
        let bytes = Array(word.utf8)
        self = bytes.withUnsafeBufferPointer { NumberWordKey(bytes: $0, start: 0, end: $0.count) }
    }
}
