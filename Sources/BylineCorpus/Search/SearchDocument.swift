/// What the search index reads of one article.
public struct SearchDocument: Sendable {
    /// An entity the article names, by its canonical name.
    public struct Entity: Sendable, Hashable {
        public var kind: EntityMention.Kind
        public var canonical: String

        /// An entity of `kind` named `canonical`.
        public init(kind: EntityMention.Kind, canonical: String) {
            self.kind = kind
            self.canonical = canonical
        }
    }

    /// The caller's number for the article (its index in the corpus):
    /// unique, and in `0 ..< Int(Int32.max)`; hits and matches report it.
    public var id: Int
    public var title: String
    /// The body; a `Substring` so an article's text is not copied.
    public var body: Substring
    /// The outlet, searched by `source:`.
    public var source: String?
    /// The folder the article came from, also searched by `source:`.
    public var folder: String?
    /// Searched by `date:`.
    public var date: NewsDate?
    /// Entities, searched by `person:`, `org:`, `place:`, `group:`; one
    /// entry per mention, or one per entity (repeats weigh more in ranking).
    public var entities: [Entity]
    /// Canonical names of claim speakers, searched by `speaker:`.
    public var speakers: [String]

    /// A document from its parts.
    public init(id: Int, title: String, body: Substring, source: String? = nil, folder: String? = nil,
                date: NewsDate? = nil, entities: [Entity] = [], speakers: [String] = []) {
        self.id = id
        self.title = title
        self.body = body
        self.source = source
        self.folder = folder
        self.date = date
        self.entities = entities
        self.speakers = speakers
    }

    /// The document of an article's `text`, numbered `id`: its title, the
    /// rest of the text as the body (not copied), its source, the folder of
    /// its `path`, and its date.
    init(id: Int, text: String, path: String, source: String?, date: NewsDate?) {
        let newline = text.utf8.firstIndex(of: 0x0A) ?? text.endIndex
        let folderEnd = path.utf8.lastIndex(of: 0x2F)
        self.init(id: id, title: String(text[..<newline]), body: text[newline...], source: source,
                  folder: folderEnd.map { String(path[..<$0]) }, date: date)
    }

    /// The document for `article`, numbered `id` (see
    /// ``init(id:text:path:source:date:)``), and, given an analysis, its
    /// entities and claim speakers.
    public init(id: Int, article: Article, analysis: ArticleAnalysis? = nil) {
        self.init(id: id, text: article.text, path: article.path, source: article.source, date: article.date)
        entities = analysis?.entities.map { Entity(kind: $0.kind, canonical: $0.canonical) } ?? []
        speakers = analysis?.claims.compactMap(\.speakerCanonical) ?? []
    }
}
