/// How the article list is sorted.
public enum ArticleOrder: String, Sendable, Hashable, CaseIterable {
    case date, title, source, entities, relevance

    /// The order `o` moves to next. Relevance is offered only while a filter is active.
    func next(filtering: Bool) -> ArticleOrder {
        let all = ArticleOrder.allCases.filter { filtering || $0 != .relevance }
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + 1) % all.count]
    }

    /// Newest, most mentioned and most relevant first; titles and sources A to Z.
    var descendsByDefault: Bool { self == .date || self == .entities || self == .relevance }
}
