/// A phrase as the cache knows it: its folded words, and whether the last
/// is a prefix.
struct SearchPhraseKey: Hashable {
    var words: [String]
    var lastIsPrefix: Bool

    /// Whether every text holding this phrase holds `other` too: `other`
    /// is this phrase's first words, its last one possibly shortened to a
    /// prefix (`"the oil pr` implies `"the oil p` and `"the oil"`).
    func implies(_ other: SearchPhraseKey) -> Bool {
        let n = other.words.count
        guard n >= 2, n <= words.count else { return false }
        for k in 0..<(n - 1) where words[k] != other.words[k] { return false }
        let mine = words[n - 1], theirs = other.words[n - 1]
        let mineIsPrefix = lastIsPrefix && n == words.count
        if other.lastIsPrefix { return mine.utf8.starts(with: theirs.utf8) }
        return mine == theirs && !mineIsPrefix
    }
}
