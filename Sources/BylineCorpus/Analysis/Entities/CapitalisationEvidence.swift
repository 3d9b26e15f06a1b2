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

    /// Evidence from one article.
    public init(article text: String) {
        add(TokenizedText(text))
    }

    /// Evidence from many articles, merged.
    public init<S: Sequence>(merging parts: S) where S.Element == CapitalisationEvidence {
        for part in parts { merge(part) }
    }

    mutating func add(_ text: TokenizedText) {
        for token in text.tokens where token.kind == .word && !token.ambiguousCapital && !token.isAllCaps {
            let word = text.text(token)
            let key = word.lowercased()
            if token.isCapitalized {
                counts[key, default: Counts()].capitalised += 1
            } else if word == key {
                counts[key, default: Counts()].lowerCase += 1
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
