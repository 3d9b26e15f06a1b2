/// One news article, as the reader shows it.
///
/// `text` is the article as displayed: the title, a blank line, then the
/// paragraphs separated by blank lines. Every span the model reports
/// (paragraphs now; entities, numbers and claims later) is a ``TextSpan``
/// into `text`, counted in Unicode scalars.
public struct Article: Sendable, Hashable {
    /// Path of the file the article came from, relative to the corpus root
    /// (the file name when the corpus is a single file).
    public var path: String
    /// For a file that holds several articles (JSON array, JSON Lines), the
    /// article's 1-based record number in it.
    public var record: Int?
    public var source: String?
    public var author: String?
    public var date: NewsDate?
    public var url: String?
    /// Title, blank line, paragraphs separated by blank lines.
    public var text: String
    /// Where the title sits in `text`.
    public var titleSpan: TextSpan
    /// Where each body paragraph sits in `text`.
    public var paragraphSpans: [TextSpan]
    /// Where `text` stands word for word in the file it was read from,
    /// when it does (set by the reader of files).
    public var verbatim: VerbatimText?

    public init(
        path: String, record: Int? = nil, source: String? = nil, author: String? = nil,
        date: NewsDate? = nil, url: String? = nil, text: String, titleSpan: TextSpan,
        paragraphSpans: [TextSpan]
    ) {
        self.path = path
        self.record = record
        self.source = source
        self.author = author
        self.date = date
        self.url = url
        self.text = text
        self.titleSpan = titleSpan
        self.paragraphSpans = paragraphSpans
    }

    /// Stable identifier: the path relative to the corpus root, plus `#N` for
    /// the N-th record of a file that holds several articles.
    public var id: String {
        guard let record else { return path }
        return "\(path)#\(record)"
    }

    /// The headline: the first line of `text` (kept only there, to hold a
    /// large corpus in less memory).
    public var title: String {
        String(text.utf8.prefix { $0 != 0x0A })!
    }

    /// The body paragraphs, in order.
    public var paragraphs: [Substring] {
        paragraphSpans.map { text[$0.range(in: text)] }
    }
}
