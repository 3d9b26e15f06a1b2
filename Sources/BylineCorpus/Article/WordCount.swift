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
    static func wordCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // Without branches on the bytes: word lengths are too irregular to predict.
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
