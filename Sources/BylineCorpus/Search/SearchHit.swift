/// One ranked document of a search.
public struct SearchHit: Sendable, Hashable {
    /// The caller's id of the document (``SearchDocument/id``).
    public var id: Int
    /// Its BM25 score (0 for a query of filters and negations only).
    public var score: Float

    /// A hit for document `id` scoring `score`.
    public init(id: Int, score: Float) {
        self.id = id
        self.score = score
    }
}
