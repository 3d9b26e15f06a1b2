import BylineCorpus

/// The article list pane: which articles show, in what order, which is
/// selected and where the list is scrolled.
public struct ArticleListState: Sendable {
    /// The filter typed after `/` (kept after Enter, cleared by Esc).
    public var query = ""
    public var order: ArticleOrder = .date
    /// True when the order is the reverse of the order's default direction.
    public var reversed = false
    public var bookmarkedOnly = false
    /// Article indices shown, filtered and sorted.
    public var visible: [Int] = []
    /// How many articles match the filter (equal to `visible.count`).
    public var matchCount: Int { visible.count }
    /// Articles listed (and counted) that hold every word of a phrase in the
    /// filter but have not been checked for the phrase itself yet; the
    /// reader checks them while no key is pressed.
    public var unverified = 0
    /// Position of the selection in `visible`.
    public var selected = 0
    /// First row shown.
    public var top = 0
    /// The article the selection is on, kept across re-filtering and re-sorting.
    public var selectedArticle: Int?
    /// The query's relevance score per article, while a query is active.
    public var scores: [Int: Double] = [:]
    /// The order before a query started: a query ranks by relevance, and
    /// clearing it goes back to this order.
    public var orderBeforeQuery: (order: ArticleOrder, reversed: Bool)?
    /// While a query is active, the line around the first match of each
    /// article on screen (by library index), shown under its title.
    public var snippets: [Int: SearchSnippet] = [:]
    /// Articles whose snippets have been asked for and not arrived yet.
    public var snippetsAskedFor: Set<Int> = []
    /// The query the snippets were made for.
    public var snippetsQuery = ""

    /// Screen rows per article: two (title, snippet) while a query is active.
    public var rowsPerArticle: Int { query.isEmpty ? 1 : 2 }

    public init() {}

    public var isFiltered: Bool { !query.isEmpty || bookmarkedOnly }
}
