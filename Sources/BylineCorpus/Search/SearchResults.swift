/// What a search found: how many documents, the best of them ranked, and
/// all of them as a set.
public struct SearchResults: Sendable {
    /// Number of matching documents (including ``unverified`` ones).
    public var total: Int
    /// The best `limit` matches, by score, then by id: empty for an empty
    /// query (every document matches; the caller picks the order). Only
    /// documents known to match.
    public var hits: [SearchHit]
    /// Every matching document's id (including ``unverified`` ones).
    public var matches: SearchMatches
    /// Documents counted in `total` and `matches` whose phrase check was
    /// left for later because the search ran out of its time budget: they
    /// hold every word of the phrase but may not hold the phrase. Asking
    /// again continues the checks where they stopped.
    public var unverified: Int

    /// Results from their parts.
    public init(total: Int, hits: [SearchHit], matches: SearchMatches, unverified: Int = 0) {
        self.total = total
        self.hits = hits
        self.matches = matches
        self.unverified = unverified
    }

    /// True when every document is known to match: nothing is ``unverified``.
    public var isComplete: Bool { unverified == 0 }
}
