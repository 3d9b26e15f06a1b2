/// Reads the words of UTF-8 text one at a time (see ``SearchTokenizer``),
/// and can skip ahead over ASCII words that cannot start a phrase.
struct SearchTokenCursor {
    private let src: UnsafePointer<UInt8>
    private let count: Int
    private let ascii = SearchFolding.ascii
    /// Byte offset of the next unread byte: always between words.
    private(set) var position = 0
    /// Unicode scalars before `position`.
    private(set) var scalar = 0
    /// Length of the last word read into the buffer.
    private(set) var length = 0

    init(_ src: UnsafePointer<UInt8>, _ count: Int) {
        self.src = src
        self.count = count
    }

    /// Reads the next word's folded bytes into `out` (room for
    /// ``SearchTokenizer/maxTermBytes``); nil at the end of the text.
    @inline(__always)
    mutating func next(_ out: UnsafeMutablePointer<UInt8>) -> SearchTokenizer.Token? {
        var i = position, scalar = self.scalar
        var inWord = false, wordByte = 0, wordScalar = 0
        var length = 0, limit = SearchTokenizer.maxTermBytes
        defer {
            position = i
            self.scalar = scalar
            self.length = length
        }
        scan: while i < count {
            let b = src[i]
            if b < 0x80 {
                let folded = ascii[Int(b)]
                if folded != 0 {
                    if !inWord { inWord = true; wordByte = i; wordScalar = scalar; length = 0 }
                    if length < limit { out[length] = folded; length &+= 1 }
                } else if inWord {
                    break scan
                }
                i &+= 1
                scalar &+= 1
                continue
            }
            // A multi-byte scalar (the text is valid UTF-8; a cut tail ends the text).
            let width = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            guard i + width <= count else {
                i = count
                break scan
            }
            var value = UInt32(b) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
            for k in 1..<width { value = value << 6 | (UInt32(src[i + k]) & 0x3F) }
            let (kind, folded) = SearchTokenizer.classify(value)
            switch kind {
            case .separator:
                if inWord { break scan }
            case .ignorable:
                break
            case .letter:
                if !inWord { inWord = true; wordByte = i; wordScalar = scalar; length = 0 }
                if length + folded.count <= limit {
                    for byte in folded { out[length] = byte; length += 1 }
                } else {
                    limit = length
                }
            }
            i &+= width
            scalar &+= 1
        }
        guard inWord else { return nil }
        return SearchTokenizer.Token(byteStart: wordByte, byteEnd: i, scalarStart: wordScalar, scalarEnd: scalar)
    }

    /// Skips ASCII words that cannot be `word` (folded bytes), stopping
    /// before one that may be, before the word of anything non-ASCII
    /// (which the full reader must see), or at the end. With `whole`,
    /// `word` is all ASCII letters and digits and a stop needs the whole
    /// word (or, with `prefix`, a word it begins); without, only its first
    /// byte (which must be ASCII). Looks for the first byte eight bytes
    /// at a time: most bytes are not it. No word is looked for that starts
    /// at or after scalar offset `limit`: the cursor may then stop inside a
    /// word, whose rest is read as the next one (starting past `limit`).
    @inline(__always)
    mutating func skip(to word: UnsafeBufferPointer<UInt8>, whole: Bool, prefix: Bool = false, before limit: Int = .max) {
        guard let first = word.first else { return }
        let upper = first >= 0x61 && first <= 0x7A ? first - 0x20 : first
        let start = position
        // Only ASCII is skipped, a byte a scalar: the limit as a byte offset.
        let end = limit == .max ? count : min(count, start + max(0, limit - scalar))
        var i = start
        // `first` in every byte, as a byte OR 0x20 shows it (folding ASCII letters).
        let pattern = UInt64(first | 0x20) &* 0x0101_0101_0101_0101
        scan: while i < end {
            // Eight bytes at a time to the next that may be `first` (either
            // case) at the start of a word, or is not ASCII. The zero-byte
            // test flags every byte equal to `first` (and maybe some above
            // one that is); those after an ASCII letter are dropped, as no
            // word starts there. A byte flagged wrongly is checked below.
            while i + 8 <= end {
                let x = UnsafeRawPointer(src + i).loadUnaligned(as: UInt64.self)
                let t = (x | 0x2020_2020_2020_2020) ^ pattern
                let before = i > 0 ? UnsafeRawPointer(src + i - 1).loadUnaligned(as: UInt64.self) : x << 8
                let folded = (before & 0x7F7F_7F7F_7F7F_7F7F) | 0x2020_2020_2020_2020
                let afterLetter = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505) & ~before
                let found = ((t &- 0x0101_0101_0101_0101) & ~t & ~afterLetter | x) & 0x8080_8080_8080_8080
                if found != 0 {
                    i += found.trailingZeroBitCount >> 3
                    break
                }
                i += 8
            }
            guard i < end else { break }
            let b = src[i]
            if b == first || b == upper {
                if i == start || ascii[Int(src[i - 1])] == 0 {
                    guard whole else { break }
                    var j = i + 1, k = 1
                    while k < word.count && j < count && ascii[Int(src[j])] == word[k] {
                        j += 1
                        k += 1
                    }
                    // The whole word, ended by a separator (or by something non-ASCII: let the reader see).
                    if k == word.count && (prefix || j == count || ascii[Int(src[j])] == 0) { break }
                    i = j
                    continue
                }
            } else if b >= 0x80 {
                // Back to the start of the word it may belong to.
                while i > start && ascii[Int(src[i - 1])] != 0 { i -= 1 }
                break
            }
            i += 1
        }
        scalar &+= i - start
        position = i
    }
}
