/// An article as a list shows it: where it came from, its headline and
/// metadata, but not its text, which stays in the corpus file until the
/// article is read (see ``ArticleSource``). A corpus of 100,000 articles
/// lists in about 20 MB this way instead of holding its whole text.
public struct ArticleEntry: Sendable, Hashable {
    /// Path of the file, relative to the corpus root (the file name when the
    /// corpus is a single file).
    public var path: String
    /// The 1-based record number within a file of several articles.
    public var record: Int?
    public var title: String
    public var source: String?
    public var author: String?
    public var date: NewsDate?
    public var url: String?
    /// Where the article's text stands word for word in its file, when it
    /// does: what the list's snippets read (see ``Article/verbatim``).
    public var verbatim: VerbatimText?

    public init(path: String, record: Int? = nil, title: String, source: String? = nil, author: String? = nil,
                date: NewsDate? = nil, url: String? = nil, verbatim: VerbatimText? = nil) {
        self.path = path
        self.record = record
        self.title = title
        self.source = source
        self.author = author
        self.date = date
        self.url = url
        self.verbatim = verbatim
    }

    /// The entry of a loaded article.
    public init(_ article: Article) {
        self.init(path: article.path, record: article.record, title: article.title, source: article.source,
                  author: article.author, date: article.date, url: article.url, verbatim: article.verbatim)
    }

    /// Stable identifier, as ``Article/id``.
    public var id: String {
        guard let record else { return path }
        return "\(path)#\(record)"
    }

    /// The folder the article's file is in, relative to the corpus root ("" at the root).
    public var folder: String {
        guard let slash = path.utf8.lastIndex(of: 0x2F) else { return "" }
        return String(path[..<slash])
    }
}
