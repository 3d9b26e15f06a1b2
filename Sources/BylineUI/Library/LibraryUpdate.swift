import BylineCorpus

/// What the background loader reports while a corpus opens.
public enum LibraryUpdate: Sendable {
    /// Files found so far by the walk.
    case found(files: Int)
    /// Articles parsed, in corpus order, and files skipped (one line each).
    case parsed([ArticleEntry], problems: [String])
    /// Every file has been read.
    case listComplete(skipped: Int)
    /// The entities the analysis found in articles, by library index.
    case analysed([(index: Int, entities: [EntityMention])])
    /// The whole analysis of an article the reader shows (asked for with
    /// ``Effect/analyse(article:)``).
    case analysedForReading(index: Int, analysis: ArticleAnalysis)
    /// The corpus's entities and each article's mention count, all at once.
    case entities(EntityIndex, counts: [Int32])
    /// Every article has been analysed.
    case analysisComplete
    /// Snippets made for the list's query `query` (see ``Effect/makeSnippets(query:articles:)``).
    case snippets(query: String, [Int: SearchSnippet])
    /// A one-line message from the loader (about the cache, say).
    case notice(String)
    /// A newer search index, covering more articles or their analyses.
    case indexed(SearchIndex)
}
