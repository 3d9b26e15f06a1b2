import BylineCorpus

/// The corpus as the reader holds it while it loads: its articles listed in
/// corpus order (metadata only: the text is read from `source` when an
/// article is shown), what the analysis found so far, and the progress.
public struct Library: Sendable {
    /// Where the corpus was opened from, as given.
    public var path: String
    public private(set) var articles: [ArticleEntry] = []
    /// Where the full articles are read from.
    public var source: any ArticleSource
    /// Entity mentions of each article, -1 until its analysis arrives.
    public private(set) var entityCounts: [Int32] = []
    public var progress = LoadProgress()
    /// The corpus's entities, for the entity index view and entity filters.
    public private(set) var entities = EntityIndex()
    /// The search index over what has been indexed so far (built in the
    /// background, text first, then again with entities and speakers).
    public var index = SearchIndex()
    /// How many articles have their analysis.
    public private(set) var analysedCount = 0
    /// True once an article with a date is listed (the list then shows dates).
    public private(set) var hasDates = false
    /// True once an article with a source or in a subfolder is listed (the list then shows them).
    public private(set) var hasSources = false
    /// True when the corpus is one file (JSON, JSON Lines…) rather than a folder.
    public var isSingleFile = false
    /// Sort keys of every article, and the orderings asked for so far.
    var sortKeys = ArticleSortKeys()
    var orderings: [OrderingKey: ArticleOrdering] = [:]

    public init(path: String, source: any ArticleSource = ArticlesInMemory([])) {
        self.path = path
        self.source = source
    }

    public var count: Int { articles.count }

    /// Adds articles in corpus order.
    public mutating func append(_ newArticles: [ArticleEntry]) {
        articles.append(contentsOf: newArticles)
        if !hasDates { hasDates = newArticles.contains { $0.date != nil } }
        if !hasSources { hasSources = newArticles.contains { $0.source != nil || !$0.folder.isEmpty } }
        entityCounts.append(contentsOf: repeatElement(-1, count: newArticles.count))
    }

    /// Takes in the entities the analysis found in the article at `index`
    /// (once per article; later calls change nothing).
    public mutating func setEntities(_ mentions: [EntityMention], at index: Int) {
        guard entityCounts.indices.contains(index), entityCounts[index] < 0 else { return }
        entities.add(article: index, entities: mentions)
        entityCounts[index] = Int32(clamping: mentions.count)
        analysedCount += 1
    }

    /// Takes the whole corpus's entities and mention counts at once.
    public mutating func setEntities(_ index: EntityIndex, counts: [Int32]) {
        entities = index
        for (article, count) in counts.enumerated() where entityCounts.indices.contains(article) {
            entityCounts[article] = count
        }
        analysedCount = entityCounts.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) }
    }

    /// True once the analysis of the article at `index` has been taken in.
    public func isAnalysed(_ index: Int) -> Bool {
        entityCounts.indices.contains(index) && entityCounts[index] >= 0
    }

    /// The number of entity mentions in an article, nil until analysed.
    public func entityCount(at index: Int) -> Int? {
        isAnalysed(index) ? Int(entityCounts[index]) : nil
    }

    /// The full article at `index`, read from the source (nil when it can no
    /// longer be read).
    public func article(at index: Int) -> Article? {
        guard articles.indices.contains(index) else { return nil }
        return source.article(articles[index])
    }

    /// The text of the article at `index` (nil when it can no longer be read).
    public func text(at index: Int) -> String? {
        guard articles.indices.contains(index) else { return nil }
        return source.text(articles[index])
    }

    /// The file an article came from, as a path the shell can open.
    public func filePath(of index: Int) -> String {
        if isSingleFile { return path }
        return path.hasSuffix("/") ? path + articles[index].path : path + "/" + articles[index].path
    }
}

/// How far opening a corpus has got: files found, parsed, analysed.
public struct LoadProgress: Sendable, Hashable {
    public var filesFound = 0
    public var articlesParsed = 0
    public var articlesAnalysed = 0
    public var skipped = 0
    public var listComplete = false
    /// Every listed article's text is in the search index.
    public var searchable = false
    public var analysisComplete = false
    /// One-line messages about files that were skipped.
    public var problems: [String] = []

    public init() {}

    /// Loading is over: every article is listed and analysed.
    public var isComplete: Bool { listComplete && analysisComplete }
}
