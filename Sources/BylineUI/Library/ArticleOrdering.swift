import BylineCorpus

/// The whole library sorted one way (an order and a direction), kept up to
/// date as articles arrive: new articles are sorted among themselves and
/// merged in, so a list of 100,000 articles never waits for a full sort
/// while it loads. Ties keep corpus order in either direction.
struct ArticleOrdering: Sendable {
    /// Article indices in order.
    private(set) var indices: [Int32] = []
    /// How many articles (from index 0) the ordering covers.
    private(set) var covered = 0

    /// Brings the ordering up to `count` articles with `precedes`, which
    /// must order any two articles strictly (ties broken by index).
    mutating func extend(to count: Int, by precedes: (Int, Int) -> Bool) {
        guard count > covered else { return }
        let added = (covered..<count).sorted(by: precedes).map(Int32.init)
        if indices.isEmpty {
            indices = added
        } else {
            var merged = [Int32]()
            merged.reserveCapacity(count)
            var i = 0, j = 0
            while i < indices.count && j < added.count {
                if precedes(Int(added[j]), Int(indices[i])) {
                    merged.append(added[j]); j += 1
                } else {
                    merged.append(indices[i]); i += 1
                }
            }
            merged.append(contentsOf: indices[i...])
            merged.append(contentsOf: added[j...])
            indices = merged
        }
        covered = count
    }
}

/// What an ordering is kept for: an order and whether it runs backwards.
struct OrderingKey: Hashable, Sendable {
    var order: ArticleOrder
    var descending: Bool
}

/// Per-article sort keys, each kind made once per article, and only for
/// the orders asked for (folded titles of 100,000 articles are megabytes).
struct ArticleSortKeys: Sendable {
    /// `yyyymmdd`, 0 without a date.
    private(set) var dates: [Int32] = []
    /// Titles folded for comparison (lower case).
    private(set) var titles: [String] = []
    /// Source, else folder, folded.
    private(set) var sources: [String] = []

    /// Brings the keys of `order` up to every article of `articles`.
    mutating func extend(_ order: ArticleOrder, to articles: [ArticleEntry]) {
        switch order {
        case .date, .relevance:
            for article in articles[dates.count...] {
                dates.append(article.date.map { Int32($0.year * 10000 + $0.month * 100 + $0.day) } ?? 0)
            }
        case .title:
            for article in articles[titles.count...] { titles.append(article.title.lowercased()) }
        case .source:
            for article in articles[sources.count...] { sources.append((article.source ?? article.folder).lowercased()) }
        case .entities:
            break
        }
    }
}

extension Library {
    /// The indices of every article in `order`, descending or not, with ties
    /// in corpus order; kept and extended between calls.
    mutating func ordering(_ order: ArticleOrder, descending: Bool) -> [Int32] {
        let key = OrderingKey(order: order, descending: descending)
        var ordering = orderings[key] ?? ArticleOrdering()
        orderings[key] = nil  // no second reference while it is extended
        sortKeys.extend(order, to: articles)
        let keys = sortKeys
        func compare<K: Comparable>(_ a: Int, _ b: Int, _ ka: K, _ kb: K) -> Bool {
            if ka == kb { return a < b }
            return descending ? ka > kb : ka < kb
        }
        switch order {
        case .date, .relevance:
            ordering.extend(to: count) { compare($0, $1, keys.dates[$0], keys.dates[$1]) }
        case .title:
            ordering.extend(to: count) { compare($0, $1, keys.titles[$0], keys.titles[$1]) }
        case .source:
            ordering.extend(to: count) { compare($0, $1, keys.sources[$0], keys.sources[$1]) }
        case .entities:
            let counts = entityCounts
            ordering.extend(to: count) { compare($0, $1, counts[$0], counts[$1]) }
        }
        orderings[key] = ordering
        return ordering.indices
    }

    /// Forgets the orderings by entity count (after analyses arrive).
    mutating func entityCountsChanged() {
        for key in orderings.keys where key.order == .entities { orderings[key] = nil }
    }
}
