/// What opening a corpus reports as it goes, in this order: files found
/// (as the walk goes on, between the first batches listed, when a large
/// corpus is parsed while it is walked), articles listed batch by batch, the
/// list complete, a text index growing
/// batch by batch until every article is searchable, then analyses batch by
/// batch, the full index, and the end of the analysis.
public enum CorpusEvent: Sendable {
    /// Files the walk found, so far or (`complete`) in all.
    case found(files: Int, complete: Bool = true)
    /// Articles listed, in corpus order, and one line per file or record skipped.
    case listed([ArticleEntry], problems: [String])
    /// Every file has been read; `skipped` counts files and records left out.
    case listComplete(skipped: Int)
    /// The entities found in articles, by their place in the list.
    case analysed([(index: Int, entities: [EntityMention])])
    /// A newer search index: over the text of the articles indexed so far
    /// (the first `documentCount` of the list), then with entities and
    /// speakers once the analysis is done.
    case indexed(SearchIndex)
    /// The text of every listed article is in the index.
    case searchable
    /// The corpus's entities and each article's mention count, all at once
    /// (when they come from the cache rather than article by article).
    case entities(EntityIndex, counts: [Int32])
    /// Every article has been analysed and indexed.
    case analysisComplete
    /// Something the user should know about the cache, in one line.
    case notice(String)
}
