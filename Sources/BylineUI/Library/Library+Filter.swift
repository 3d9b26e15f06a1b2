import BylineCorpus

/// The articles a list filter lets through, with their relevance scores.
public struct LibraryFilter: Sendable {
    /// Matching article indices; nil means every article.
    public var matches: SearchMatches?
    /// Relevance of the best-ranked matches (the rest count as 0).
    public var scores: [Int: Double]
    /// The best-ranked matches, best first.
    public var ranked: [Int] = []
    /// Matches whose phrase check has not run yet (counted as matches).
    public var unverified: Int
}

extension Library {
    /// How many top-ranked matches carry a relevance score.
    static let rankedLimit = 500

    /// The articles matching a query, through the search index: words,
    /// a last word that is a prefix while typed, "phrases", !negation and
    /// person:/org:/place:/group:/speaker:/source:/date: fields. Phrases are
    /// checked in articles' text for at most `phraseBudget`; asking again
    /// goes on where the checks stopped (see `LibraryFilter/unverified`).
    public func filter(query: String, phraseBudget: Duration = .milliseconds(6)) -> LibraryFilter {
        let parsed = SearchQuery(parsing: query)
        guard !parsed.isEmpty else { return LibraryFilter(matches: nil, scores: [:], ranked: [], unverified: 0) }
        let results = index.search(parsed, limit: Self.rankedLimit, phraseBudget: phraseBudget) { id in text(at: id) }
        var scores: [Int: Double] = [:]
        for hit in results.hits { scores[hit.id] = Double(hit.score) }
        return LibraryFilter(matches: results.matches, scores: scores, ranked: results.hits.map(\.id), unverified: results.unverified)
    }
}
