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
    /// Where the line starts after leading spaces and tabs.
    private let contentStart: Int
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
        // writing straight into arrays as long as the line. Each byte is
        // classed by one table lookup (see ``byteClasses``).
        let lower = line.withUTF8 { bytes in
            LineWords.byteClasses.withUnsafeBufferPointer { classes in
                [UInt8](unsafeUninitializedCapacity: bytes.count) { lower, lowerCount in
                    joined = [UInt8](unsafeUninitializedCapacity: bytes.count) { out, joinedCount in
                        var inWord = false
                        // Whether the byte before is a letter or digit, after which no word starts.
                        var afterWordByte = false
                        var n = 0
                        let end = bytes.count
                        for i in 0..<end {
                            let byteClass = classes[Int(bytes[i])]
                            let b = UInt8(truncatingIfNeeded: byteClass)
                            if !afterWordByte && i + 3 <= end {
                                let bit = LineWords.startBit(b, UInt8(truncatingIfNeeded: classes[Int(bytes[i + 1])]),
                                                             UInt8(truncatingIfNeeded: classes[Int(bytes[i + 2])]))
                                if bit < 64 { wordStarts.0 |= 1 << bit } else { wordStarts.1 |= 1 << (bit - 64) }
                            }
                            afterWordByte = byteClass & LineWords.wordByte != 0
                            lower[i] = b
                            guard byteClass & LineWords.joinedByte != 0 else {
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
        }
        self.lower = lower
        self.joinedBytes = joined
        self.count = count
        self.wordStarts = wordStarts
        self.contentStart = lower.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) ?? lower.count
    }

    /// Flags of ``byteClasses``: a byte of a joined word (letters, digits,
    /// apostrophes and any non-ASCII byte), and a byte after which no word
    /// starts (the same but apostrophes).
    private static let joinedByte: UInt16 = 0x100, wordByte: UInt16 = 0x200

    /// For each byte: its ASCII-lower-cased value in the low 8 bits, and the
    /// flags ``joinedByte`` and ``wordByte``.
    private static let byteClasses: [UInt16] = (0...255).map { (byte: Int) -> UInt16 in
        let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        let isLetterOrDigit = (lowered >= 0x61 && lowered <= 0x7A) || (lowered >= 0x30 && lowered <= 0x39) || lowered >= 0x80
        return UInt16(lowered) | (isLetterOrDigit || lowered == 0x27 ? joinedByte : 0) | (isLetterOrDigit ? wordByte : 0)
    }

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
    func wordsEnd(with suffix: [UInt8]) -> Bool {
        joinedBytes.count >= suffix.count && Self.has(suffix, in: joinedBytes, at: joinedBytes.count - suffix.count)
    }

    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
    }

    /// Texts to compare with the start of many lines (see
    /// ``startsWith(anyOf:)``, ``wordsBegin(withAnyOf:)``), as bytes worked out once.
    struct Prefixes {
        let list: [[UInt8]]

        init(_ texts: [String]) { list = texts.map { Array($0.utf8) } }
    }

    /// Whether the line, leading spaces and tabs aside, starts with `prefix`.
    func startsWith(_ prefix: [UInt8]) -> Bool {
        Self.has(prefix, in: lower, at: contentStart)
    }

    /// Whether the line, leading spaces and tabs aside, starts with one of `prefixes`.
    func startsWith(anyOf prefixes: Prefixes) -> Bool {
        prefixes.list.contains { startsWith($0) }
    }

    /// Whether the words begin with the whole words of `phrase` (bytes of
    /// lower-case words joined by single spaces).
    func wordsBegin(with phrase: [UInt8]) -> Bool {
        Self.has(phrase, in: joinedBytes, at: 0) && (phrase.count == joinedBytes.count || joinedBytes[phrase.count] == 0x20)
    }

    /// Whether the words begin with the whole words of one of `phrases`.
    func wordsBegin(withAnyOf phrases: Prefixes) -> Bool {
        phrases.list.contains { wordsBegin(with: $0) }
    }

    /// Whether `bytes` holds `part` from `start` on.
    private static func has(_ part: [UInt8], in bytes: [UInt8], at start: Int) -> Bool {
        guard bytes.count - start >= part.count else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            part.withUnsafeBufferPointer { part in
                for k in 0..<part.count where bytes[start + k] != part[k] { return false }
                return true
            }
        }
    }
}
