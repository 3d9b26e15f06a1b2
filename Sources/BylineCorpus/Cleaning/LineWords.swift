/// A short line reduced for the boilerplate rules: ASCII letters lower-cased,
/// split into words of letters, digits and apostrophes (any non-ASCII
/// character counts as a letter), with the words joined by single spaces.
///
/// Works on bytes: these rules run on most lines of every article, and
/// Character-level string operations would dominate loading time.
struct LineWords {
    /// The line, ASCII-lower-cased.
    let lower: [UInt8]
    /// The UTF-8 of ``joined``.
    let joinedBytes: [UInt8]
    let count: Int
    /// A 128-bit summary of the three bytes at each word start in `lower`,
    /// so that ``contains(anyOf:)`` can rule most phrases out without a search.
    private let wordStarts: (UInt64, UInt64)

    /// The words joined by single spaces: `"- Advertisement -"` → `"advertisement"`.
    var joined: String { String(decoding: joinedBytes, as: UTF8.self) }

    init(_ line: String) {
        self.init(line[...])
    }

    init(_ line: Substring) {
        var line = line
        var count = 0
        var wordStarts: (UInt64, UInt64) = (0, 0)
        var joined: [UInt8] = []
        // One pass: lower-cases, joins the words and notes word starts,
        // writing straight into arrays as long as the line.
        let lower = line.withUTF8 { bytes in
            [UInt8](unsafeUninitializedCapacity: bytes.count) { lower, lowerCount in
                joined = [UInt8](unsafeUninitializedCapacity: bytes.count) { out, joinedCount in
                    var inWord = false
                    var n = 0
                    for i in 0..<bytes.count {
                        let b = LineWords.lowered(bytes[i])
                        if i + 3 <= bytes.count && (i == 0 || !LineWords.isWordByte(lower[i - 1])) {
                            let bit = LineWords.startBit(b, LineWords.lowered(bytes[i + 1]), LineWords.lowered(bytes[i + 2]))
                            if bit < 64 { wordStarts.0 |= 1 << bit } else { wordStarts.1 |= 1 << (bit - 64) }
                        }
                        lower[i] = b
                        guard (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x27 || b >= 0x80 else {
                            inWord = false
                            continue
                        }
                        if !inWord {
                            // A word joined after another needs a space before it, which
                            // fits: the byte that ended the other word is not copied.
                            if count > 0 {
                                out[n] = 0x20
                                n += 1
                            }
                            count += 1
                            inWord = true
                        }
                        out[n] = b
                        n += 1
                    }
                    joinedCount = n
                }
                lowerCount = bytes.count
            }
        }
        self.lower = lower
        self.joinedBytes = joined
        self.count = count
        self.wordStarts = wordStarts
    }

    @inline(__always)
    private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    @inline(__always)
    private static func startBit(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt64 {
        ((UInt64(a) &* 961) &+ (UInt64(b) &* 31) &+ UInt64(c)) & 127
    }

    /// False when no word of the line starts with the three bytes whose
    /// summary bit is `bit`; true when one may.
    @inline(__always)
    private func mayContain(bit: UInt64) -> Bool {
        bit < 64 ? wordStarts.0 & (1 << bit) != 0 : wordStarts.1 & (1 << (bit - 64)) != 0
    }

    /// Phrases to look for in many lines (see ``contains(anyOf:)``), each
    /// with its bytes and word-start summary bit worked out once.
    struct Phrases {
        fileprivate let phrases: [(bytes: [UInt8], bit: UInt64?)]

        init(_ phrases: [String]) {
            self.phrases = phrases.map { phrase in
                let bytes = Array(phrase.utf8)
                return (bytes, bytes.count >= 3 ? LineWords.startBit(bytes[0], bytes[1], bytes[2]) : nil)
            }
        }
    }

    /// Whether the lower-cased line contains one of `phrases` (ASCII, lower
    /// case) starting at the beginning of a word: "sign up" is not in
    /// "design update", but "newsletter" is in "newsletters".
    func contains(anyOf phrases: Phrases) -> Bool {
        lower.withUnsafeBufferPointer { lower in
            phrases.phrases.contains { phrase in
                (phrase.bit.map { mayContain(bit: $0) } ?? true)
                    && UTF8Search.contains(lower, bytes: phrase.bytes, atWordStart: true)
            }
        }
    }

    var isEmpty: Bool { count == 0 }

    /// Whether every word is in `words`, and one at least in `strong`
    /// (false as soon as a word is not in `words`).
    func allWords(in words: Set<String>, oneIn strong: Set<String>) -> Bool {
        var hasStrong = false
        for slice in joinedBytes.split(separator: 0x20) {
            let word = String(decoding: slice, as: UTF8.self)
            guard words.contains(word) else { return false }
            if strong.contains(word) { hasStrong = true }
        }
        return hasStrong
    }

    /// Whether the words end with `suffix`.
    func wordsEnd(with suffix: String) -> Bool {
        joinedBytes.reversed().starts(with: suffix.utf8.reversed())
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
        guard joinedBytes.starts(with: phrase.utf8) else { return false }
        let end = phrase.utf8.count
        return end == joinedBytes.count || joinedBytes[end] == 0x20
    }
}
