import BylineCorpus

/// What arrives from off the UI thread: the opening corpus's reports, and
/// the results of work the reducer asked the shell for.
public enum LibraryUpdate: Sendable {
    /// A report of the corpus being opened (see ``CorpusEvent``).
    case corpus(CorpusEvent)
    /// The whole analysis of an article the reader shows (asked for with
    /// ``Effect/analyse(article:)``).
    case analysedForReading(index: Int, analysis: ArticleAnalysis)
    /// Snippets made for the list's query `query` (see ``Effect/makeSnippets(query:articles:)``).
    case snippets(query: String, [Int: SearchSnippet])
}
