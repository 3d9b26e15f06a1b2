/// How each word is written where capitals carry meaning (inside a
/// sentence, outside the headline), counted over a whole corpus: the
/// evidence that tells a sentence-initial common word ("Meanwhile", "Under")
/// from a name ("Konashenkov"). A word seen lower-case more often than
/// capitalised is a common word (Mikheev, 1999).
public struct CapitalisationEvidence: Sendable {
    struct Counts: Sendable {
        var lowerCase: Int32 = 0
        var capitalised: Int32 = 0
    }

    private(set) var counts: [String: Counts] = [:]

    public init() {}

    /// Evidence of these counts (read back from a cache).
    init(counts: [String: Counts]) {
        self.counts = counts
    }

    /// Evidence from one article.
    public init(article text: String) {
        add(TokenizedText(text))
    }

    /// Evidence from many articles, merged.
    public init<S: Sequence>(merging parts: S) where S.Element == CapitalisationEvidence {
        for part in parts { merge(part) }
    }

    mutating func add(_ text: TokenizedText) {
        var key = [UInt8]()
        for token in text.tokens where token.kind == .word && !token.ambiguousCapital && !token.isAllCaps {
            // The lower-cased word, built straight from the scalars (ASCII
            // without any Unicode look-up), and whether it had other capitals.
            key.removeAll(keepingCapacity: true)
            var innerCapital = false
            for index in token.start..<token.end {
                let scalar = text.scalars[index]
                if scalar.value < 0x80 {
                    let byte = UInt8(scalar.value)
                    let isUpper = byte >= 0x41 && byte <= 0x5A
                    if isUpper && index > token.start { innerCapital = true }
                    key.append(isUpper ? byte | 0x20 : byte)
                } else {
                    let lower = scalar.properties.lowercaseMapping
                    if index > token.start && lower != String(scalar) { innerCapital = true }
                    key.append(contentsOf: lower.utf8)
                }
            }
            let word = String(decoding: key, as: UTF8.self)
            if token.isCapitalized {
                counts[word, default: Counts()].capitalised += 1
            } else if !innerCapital {
                counts[word, default: Counts()].lowerCase += 1
            }
        }
    }

    public mutating func merge(_ other: CapitalisationEvidence) {
        for (word, c) in other.counts {
            counts[word, default: Counts()].lowerCase += c.lowerCase
            counts[word, default: Counts()].capitalised += c.capitalised
        }
    }

    /// Whether `word` is a common word rather than a name, judged by how the
    /// corpus writes it mid-sentence; nil when the corpus never shows it there.
    func isCommonWord(_ word: String) -> Bool? {
        guard let c = counts[word.lowercased()], c.lowerCase + c.capitalised > 0 else { return nil }
        return c.lowerCase > c.capitalised
    }

    /// Whether the corpus shows `word` capitalised mid-sentence at all.
    func isSeenCapitalised(_ word: String) -> Bool {
        (counts[word.lowercased()]?.capitalised ?? 0) > 0
    }

    public var wordCount: Int { counts.count }
}
