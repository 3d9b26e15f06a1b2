/// A corpus held in memory: every article, and every problem met on the way.
public struct Corpus: Sendable {
    /// The path the corpus was opened from.
    public var path: String
    public var articles: [Article]
    public var problems: [LoadProblem]
    public var summary: LoadSummary

    /// Loads the folder or file at `path`.
    public static func load(path: String, options: LoadOptions = LoadOptions()) throws(CorpusLoader.OpenError) -> Corpus {
        let loader = try CorpusLoader(path: path, options: options)
        var articles = [Article]()
        var problems = [LoadProblem]()
        let summary = loader.load(transform: { $0 }) { event in
            switch event {
            case .article(let article): articles.append(article)
            case .problem(let problem): problems.append(problem)
            }
        }
        return Corpus(path: path, articles: articles, problems: problems, summary: summary)
    }

    /// The article with the given id.
    public func article(id: String) -> Article? {
        articles.first { $0.id == id }
    }
}
