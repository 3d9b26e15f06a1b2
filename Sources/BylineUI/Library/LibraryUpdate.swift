import BylineCorpus

/// What the background loader reports while a corpus opens.
public enum LibraryUpdate: Sendable {
    /// Files found so far by the walk.
    case found(files: Int)
    /// Articles parsed, in corpus order, and files skipped (one line each).
    case parsed([Article], problems: [String])
    /// Every file has been read.
    case listComplete(skipped: Int)
    /// Analyses of articles, by library index.
    case analysed([(index: Int, analysis: ArticleAnalysis)])
    /// Every article has been analysed.
    case analysisComplete
    /// A newer search index, covering more articles or their analyses.
    case indexed(SearchIndex)
}
