extension Article {
    /// Number of words in the body (title excluded), counted from the text
    /// when asked: most readings of an article (indexing, analysis) do not
    /// need it.
    public var wordCount: Int {
        var text = text
        return text.withUTF8 { bytes in
            guard let titleEnd = bytes.firstIndex(of: 0x0A) else { return 0 }
            return Article.wordCount(in: UnsafeBufferPointer(rebasing: bytes[(titleEnd + 1)...]))
        }
    }

    /// Words in `paragraph`: runs of bytes between spaces that hold a letter
    /// or digit of any script.
    static func wordCount(of paragraph: String) -> Int {
        var paragraph = paragraph
        return paragraph.withUTF8 { wordCount(in: $0) }
    }

    /// Words in `bytes`, as in ``wordCount(of:)``, with line ends separating
    /// words too: the words of an article's paragraphs, counted over the
    /// text that joins them with blank lines.
    ///
    /// Eight bytes at a time: each chunk gives a mask of separators (space,
    /// line end) and one of word bytes (``WordBytes``); adding the word
    /// bytes to the non-separators carries a 1 out of each run of
    /// non-separators that holds a word byte, onto the separator after it
    /// (or out of the chunk, into the next). A run of non-separators is
    /// `2^L - 1` and its word bytes less than `2^L`, so at most one carry
    /// leaves a run.
    static func wordCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var words = 0
        var carry: UInt64 = 0
        var afterE3: UInt64 = 0
        var offset = 0
        // Masks of 64 bytes at a time (eight chunks), so that bits are
        // counted once per 64 bytes.
        while offset < bytes.count {
            var separators: UInt64 = 0, wordBytes: UInt64 = 0
            for shift in stride(from: UInt64(0), to: 64, by: 8) where offset < bytes.count {
                var chunk: UInt64 = 0
                let length = min(8, bytes.count - offset)
                if length == 8 {
                    chunk = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                } else {
                    // The end padded with NUL bytes: neither separators nor word bytes.
                    withUnsafeMutableBytes(of: &chunk) { $0.copyMemory(from: UnsafeRawBufferPointer(start: base + offset, count: length)) }
                }
                let classes = WordBytes(UInt64(littleEndian: chunk), afterE3: afterE3)
                separators |= classes.separators << shift
                wordBytes |= classes.wordBytes << shift
                afterE3 = classes.e3AtEnd
                offset += 8
            }
            // Bytes past the end count as non-separators without word bytes.
            let (partial, overflow1) = (~separators).addingReportingOverflow(wordBytes)
            let (sum, overflow2) = partial.addingReportingOverflow(carry)
            words &+= (sum & separators).nonzeroBitCount
            carry = overflow1 || overflow2 ? 1 : 0
        }
        return words &+ Int(truncatingIfNeeded: carry)
    }

    /// ``wordCount(in:)`` a byte at a time: the definition the fast one is tested against.
    static func wordCountByteByByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var words = 0
        var wordHasAlphanumeric: UInt8 = 0
        var previous: UInt8 = 0x20
        wordByteIsAlphanumeric.withUnsafeBufferPointer { table in
            for b in bytes {
                let space: UInt8 = b == 0x20 || b == 0x0A ? 1 : 0
                words &+= Int(truncatingIfNeeded: space & wordHasAlphanumeric)
                // U+3040 onwards (kana, CJK): lead byte 0xE3, then a byte from 0x81.
                let kana: UInt8 = previous == 0xE3 && b >= 0x81 && b < 0xC0 ? 1 : 0
                wordHasAlphanumeric = (wordHasAlphanumeric | table[Int(b)] | kana) & (space ^ 1)
                previous = b
            }
        }
        return words &+ Int(truncatingIfNeeded: wordHasAlphanumeric)
    }

    /// ASCII letters and digits, and the lead bytes of U+00C0–U+1FFF and of
    /// U+4000 onwards: letters of some script. 0xE2 (U+2000–U+2FFF) leads
    /// punctuation and symbols; 0xE3 is decided by the byte after it.
    private static let wordByteIsAlphanumeric: [UInt8] = (0...255).map { b in
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0xC3 && b != 0xE2 && b != 0xE3) ? 1 : 0
    }
}

/// The separators and word bytes of eight bytes, as bit masks (bit `k` for
/// byte `k`). Word bytes are those of ``Article/wordCountByteByByte(in:)``:
/// ASCII letters and digits, lead bytes of U+00C0–U+1FFF and of U+4000
/// onwards, and a byte 0x81–0xBF after 0xE3 (U+3040–U+3FFF: kana, CJK).
struct WordBytes {
    var separators: UInt64
    var wordBytes: UInt64
    /// 0x80 when the last byte is 0xE3 (whose next byte may be kana).
    var e3AtEnd: UInt64

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let high: UInt64 = 0x8080_8080_8080_8080
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// `chunk` holds bytes 0–7 from its low end; `afterE3` is 0x80 when the
    /// byte before it was 0xE3.
    @inline(__always)
    init(_ chunk: UInt64, afterE3: UInt64) {
        let x7 = chunk & Self.low7
        let isHigh = chunk & Self.high
        let digit = Self.atLeast(x7, 0x30) & ~Self.above(x7, 0x39)
        let folded = x7 | (Self.ones &* 0x20)
        let letter = Self.atLeast(folded, 0x61) & ~Self.above(folded, 0x7A)
        let e2 = Self.equal(chunk, 0xE2), e3 = Self.equal(chunk, 0xE3)
        let lead = isHigh & Self.atLeast(x7, 0x43) & ~e2 & ~e3
        let continuation = isHigh & ~((chunk << 1) & Self.high) & ~Self.equal(chunk, 0x80)
        let kana = continuation & ((e3 << 8) | afterE3)
        separators = Self.gather(Self.equal(chunk, 0x20) | Self.equal(chunk, 0x0A))
        wordBytes = Self.gather(((digit | letter) & ~isHigh) | lead | kana)
        e3AtEnd = (e3 >> 56) & 0x80
    }

    /// 0x80 in each byte equal to `byte` (exact: no borrow between bytes).
    @inline(__always)
    private static func equal(_ x: UInt64, _ byte: UInt64) -> UInt64 {
        let y = x ^ (ones &* byte)
        return ~(((y & low7) &+ low7) | y) & high
    }

    /// 0x80 in each byte of `x7` (bytes under 0x80) at least `bound`.
    @inline(__always)
    private static func atLeast(_ x7: UInt64, _ bound: UInt64) -> UInt64 { (x7 &+ ones &* (0x80 - bound)) & high }

    /// 0x80 in each byte of `x7` (bytes under 0x80) above `bound`.
    @inline(__always)
    private static func above(_ x7: UInt64, _ bound: UInt64) -> UInt64 { (x7 &+ ones &* (0x7F - bound)) & high }

    /// The top bit of each byte, byte `k`'s as bit `k`.
    @inline(__always)
    private static func gather(_ mask: UInt64) -> UInt64 { ((mask >> 7) &* 0x0102_0408_1020_4080) >> 56 }
}
