/// How each word is written where capitals carry meaning (inside a
/// sentence, outside the headline), counted over a whole corpus: the
/// evidence that tells a sentence-initial common word ("Meanwhile", "Under")
/// from a name ("Konashenkov"). A word seen lower-case more often than
/// capitalised is a common word (Mikheev, 1999).
public struct CapitalisationEvidence: Sendable {
    /// Counts by word, a word known by the 64-bit hash of its lower-cased
    /// UTF-8 (``key(of:)``): no string is made per word of the corpus, and
    /// two words of a corpus sharing a hash is about as likely as a disk
    /// returning the wrong bytes.
    private(set) var counts = WordCaseCounts()

    public init() {}

    /// Evidence of these counts (read back from a cache).
    init(counts: WordCaseCounts) {
        self.counts = counts
    }

    /// The key of a word: FNV-1a over the UTF-8 of its lower-cased form.
    static func key(of word: String) -> UInt64 {
        var hash = FNV1a()
        for byte in word.lowercased().utf8 { hash.add(UInt64(byte)) }
        return hash.value
    }

    /// Evidence from one article.
    public init(article text: String) {
        // Room for about one distinct word per 12 bytes, so the table
        // seldom grows while an article is read.
        counts = WordCaseCounts(capacity: text.utf8.count / 12)
        add(TokenizedText(text))
    }

    /// Evidence from many articles, merged.
    public init<S: Sequence>(merging parts: S) where S.Element == CapitalisationEvidence {
        for part in parts { merge(part) }
    }

    mutating func add(_ text: TokenizedText) {
        for token in text.tokens where token.kind == .word && !token.ambiguousCapital && !token.isAllCaps {
            // The lower-cased word's key, hashed straight from the scalars
            // (ASCII without any Unicode look-up), and whether it had other capitals.
            var hash = FNV1a()
            var innerCapital = false
            for index in token.start..<token.end {
                let scalar = text.scalars[index]
                if scalar.value < 0x80 {
                    let byte = UInt8(scalar.value)
                    let isUpper = byte >= 0x41 && byte <= 0x5A
                    if isUpper && index > token.start { innerCapital = true }
                    hash.add(UInt64(isUpper ? byte | 0x20 : byte))
                } else {
                    let lower = scalar.properties.lowercaseMapping
                    if index > token.start && lower != String(scalar) { innerCapital = true }
                    for byte in lower.utf8 { hash.add(UInt64(byte)) }
                }
            }
            if token.isCapitalized {
                counts.add(hash.value, lowerCase: 0, capitalised: 1)
            } else if !innerCapital {
                counts.add(hash.value, lowerCase: 1, capitalised: 0)
            }
        }
    }

    public mutating func merge(_ other: CapitalisationEvidence) {
        counts.merge(other.counts)
    }

    /// Whether `word` is a common word rather than a name, judged by how the
    /// corpus writes it mid-sentence; nil when the corpus never shows it there.
    func isCommonWord(_ word: String) -> Bool? {
        guard let c = counts.counts(of: Self.key(of: word)), c.lowerCase + c.capitalised > 0 else { return nil }
        return c.lowerCase > c.capitalised
    }

    /// Whether the corpus shows `word` capitalised mid-sentence at all.
    func isSeenCapitalised(_ word: String) -> Bool {
        (counts.counts(of: Self.key(of: word))?.capitalised ?? 0) > 0
    }

    public var wordCount: Int { counts.count }
}
