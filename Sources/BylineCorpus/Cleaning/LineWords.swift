/// A short line reduced for the boilerplate rules: ASCII letters lower-cased,
/// split into words of letters, digits and apostrophes (any non-ASCII
/// character counts as a letter), with the words joined by single spaces.
///
/// Works on bytes: these rules run on most lines of every article, and
/// Character-level string operations would dominate loading time.
struct LineWords {
    /// The line, ASCII-lower-cased.
    let lower: [UInt8]
    /// The words joined by single spaces: `"- Advertisement -"` → `"advertisement"`.
    let joined: String
    let count: Int
    /// A 128-bit summary of the three bytes at each word start in `lower`,
    /// so that ``contains(_:)`` can rule most phrases out without a search.
    private let wordStarts: (UInt64, UInt64)

    init(_ line: String) {
        var line = line
        let lower = line.withUTF8 { bytes in
            [UInt8](unsafeUninitializedCapacity: bytes.count) { lower, initialized in
                for (i, byte) in bytes.enumerated() { lower[i] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
                initialized = bytes.count
            }
        }
        // A space goes into `joined` only after a byte that is not in a word, so it fits in the line's length.
        var count = 0
        let joined = String(unsafeUninitializedCapacity: lower.count) { joined in
            var length = 0
            var inWord = false
            for b in lower {
                guard (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x27 || b >= 0x80 else {
                    inWord = false
                    continue
                }
                if !inWord {
                    if count > 0 { joined[length] = 0x20; length += 1 }
                    count += 1
                    inWord = true
                }
                joined[length] = b
                length += 1
            }
            return length
        }
        var wordStarts: (UInt64, UInt64) = (0, 0)
        if lower.count >= 3 {
            for i in 0...(lower.count - 3) where i == 0 || !LineWords.isWordByte(lower[i - 1]) {
                let bit = LineWords.startBit(lower[i], lower[i + 1], lower[i + 2])
                if bit < 64 { wordStarts.0 |= 1 << bit } else { wordStarts.1 |= 1 << (bit - 64) }
            }
        }
        self.lower = lower
        self.joined = joined
        self.count = count
        self.wordStarts = wordStarts
    }

    @inline(__always)
    private static func startBit(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt64 {
        ((UInt64(a) &* 961) &+ (UInt64(b) &* 31) &+ UInt64(c)) & 127
    }

    /// False when no word of the line starts with the first three bytes of
    /// `needle`; true when one may.
    private func mayContain(_ needle: String) -> Bool {
        var iterator = needle.utf8.makeIterator()
        guard let a = iterator.next(), let b = iterator.next(), let c = iterator.next() else { return true }
        let bit = LineWords.startBit(a, b, c)
        return bit < 64 ? wordStarts.0 & (1 << bit) != 0 : wordStarts.1 & (1 << (bit - 64)) != 0
    }

    var isEmpty: Bool { count == 0 }

    /// The words, split from `joined` at its spaces.
    var words: [String] { joined.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) } }

    /// Whether the lower-cased line contains `needle` (ASCII, lower case)
    /// starting at the beginning of a word: "sign up" is not in "design update",
    /// but "newsletter" is in "newsletters".
    func contains(_ needle: String) -> Bool {
        mayContain(needle) && UTF8Search.contains(lower, needle, atWordStart: true)
    }

    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
    }

    /// Whether the line, leading spaces and punctuation aside, starts with `prefix`.
    func startsWith(_ prefix: String) -> Bool {
        let start = lower.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) ?? lower.count
        return lower[start...].starts(with: prefix.utf8)
    }

    /// Whether the words begin with the whole words of `phrase`.
    func wordsBegin(with phrase: String) -> Bool {
        let words = joined.utf8
        guard words.starts(with: phrase.utf8) else { return false }
        let end = words.index(words.startIndex, offsetBy: phrase.utf8.count)
        return end == words.endIndex || words[end] == 0x20
    }
}
