import BylineCorpus

/// The corpus as the reader holds it while it loads: articles in corpus
/// order, their analyses as they arrive, and the progress so far.
public struct Library: Sendable {
    /// Where the corpus was opened from, as given.
    public var path: String
    public private(set) var articles: [Article] = []
    /// The analysis of each article, nil until it arrives.
    public private(set) var analyses: [ArticleAnalysis?] = []
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

    public init(path: String) {
        self.path = path
    }

    public var count: Int { articles.count }

    /// Adds articles in corpus order.
    public mutating func append(_ newArticles: [Article]) {
        articles.append(contentsOf: newArticles)
        sortKeys.append(newArticles)
        if !hasDates { hasDates = newArticles.contains { $0.date != nil } }
        if !hasSources { hasSources = newArticles.contains { $0.source != nil || !$0.folder.isEmpty } }
        analyses.append(contentsOf: repeatElement(nil, count: newArticles.count))
    }

    /// Stores the analysis of the article at `index`.
    public mutating func setAnalysis(_ analysis: ArticleAnalysis, at index: Int) {
        guard analyses.indices.contains(index) else { return }
        if analyses[index] == nil {
            entities.add(articleID: articles[index].id, entities: analysis.entities)
            analysedCount += 1
        }
        analyses[index] = analysis
    }

    /// The number of entity mentions in an article, nil until analysed.
    public func entityCount(at index: Int) -> Int? {
        analyses[index]?.entities.count
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
    public var analysisComplete = false
    /// One-line messages about files that were skipped.
    public var problems: [String] = []

    public init() {}

    /// Loading is over: every article is listed and analysed.
    public var isComplete: Bool { listComplete && analysisComplete }
}
