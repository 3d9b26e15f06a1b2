/// One condition of a ``SearchQuery``; a document matches the query when
/// it meets every clause (and none of the negated ones).
public struct SearchClause: Sendable, Hashable {
    /// What the clause looks for.
    public enum Target: Sendable, Hashable {
        /// Folded words that must appear in the title or body, in this
        /// order, next to each other: one word for a bare word, several for
        /// a `"phrase"` or a word the tokenizer splits (`covid-19`). With
        /// `lastIsPrefix`, the last word matches any word it begins.
        case words([String], lastIsPrefix: Bool)
        /// Folded words that must appear, next to each other, in a name of
        /// `field` (`person:blair` finds "Tony Blair"); with `lastIsPrefix`,
        /// the last word matches any word of the name it begins.
        case field(SearchField, [String], lastIsPrefix: Bool)
        /// The article's date must be in the range.
        case date(SearchDateRange)
    }

    /// What the clause looks for.
    public var target: Target
    /// True for `!…`: matching documents are excluded.
    public var isNegated: Bool

    /// A clause looking for `target`, excluded when `isNegated`.
    public init(target: Target, isNegated: Bool = false) {
        self.target = target
        self.isNegated = isNegated
    }
}
