import Dispatch

/// A corpus opened for search: its articles listed, its index, and where
/// their text is read from for snippets and phrase checks. What `byline
/// search` and the benchmark query; the reader holds the same parts.
public struct SearchableCorpus: Sendable {
    public var entries: [ArticleEntry]
    public var index: SearchIndex
    public var source: any ArticleSource

    public init(entries: [ArticleEntry], index: SearchIndex, source: any ArticleSource) {
        self.entries = entries
        self.index = index
        self.source = source
    }

    /// One article a query found.
    public struct Hit: Sendable {
        /// Its place in `entries`.
        public var place: Int
        /// The list the article is in (shared by every hit, not copied).
        let entries: [ArticleEntry]
        public var score: Float
        /// The line around the first match, when the text could be read and
        /// the query matches in it (not only in fields).
        public var snippet: SearchSnippet?

        /// The article as the list shows it.
        public var entry: ArticleEntry { entries[place] }
    }

    /// What a query found: how many articles, and the best of them.
    public struct Page: Sendable {
        public var total: Int
        public var hits: [Hit]
        /// Matches counted in `total` whose phrase check is still pending.
        public var unverified: Int
    }

    /// Runs `query` (the query language of ``SearchQuery``): the number of
    /// matches and the best `limit`, with snippets of `snippetWidth` for the
    /// first `snippets` of them (from the body; the title is shown apart).
    /// With `complete`, phrase checks run to the end rather than within a
    /// keystroke's budget (see ``SearchIndex/search(_:limit:phraseBudget:text:)``).
    public func search(_ query: String, limit: Int, snippets: Int = .max, snippetWidth: Int = 100, complete: Bool = false) -> Page {
        let parsed = SearchQuery(parsing: query)
        let source = self.source
        let entries = self.entries
        func text(_ place: Int) -> String? {
            entries.indices.contains(place) ? source.text(entries[place]) : nil
        }
        var results = index.search(parsed, limit: limit) { text($0) }
        while complete && !results.isComplete {
            results = index.search(parsed, limit: limit, phraseBudget: .seconds(1)) { text($0) }
        }
        let made = listSnippets(of: results.hits.prefix(max(0, snippets)).map(\.id), query: parsed, width: snippetWidth)
        var hits: [Hit] = []
        hits.reserveCapacity(results.hits.count)
        for (rank, hit) in results.hits.enumerated() where entries.indices.contains(hit.id) {
            hits.append(Hit(place: hit.id, entries: entries, score: hit.score, snippet: rank < made.count ? made[rank] : nil))
        }
        return Page(total: results.total, hits: hits, unverified: results.unverified)
    }

    /// The list snippets of the articles at `places`, in order (nil where
    /// there is none, or its text cannot be read).
    func listSnippets(of places: [Int], query: SearchQuery, width: Int) -> [SearchSnippet?] {
        let entries = self.entries
        return Self.listSnippets(of: places.map { entries.indices.contains($0) ? entries[$0] : nil }, from: source, query: query,
                                 width: width)
    }

    /// The list snippets of `entries`, read from `source`, in order (nil
    /// for a nil entry or where the text cannot be read). Articles read
    /// again from their files are read on every core at once; texts held in
    /// memory one after another, which is quicker than handing them out.
    public static func listSnippets(of entries: [ArticleEntry?], from source: any ArticleSource, query: SearchQuery,
                                    width: Int) -> [SearchSnippet?] {
        let made = SnippetSlots(count: entries.count)
        let matchers = SearchMatchers(query)
        let make: @Sendable (Int) -> Void = { k in
            guard let entry = entries[k], let text = source.text(entry) else { return }
            made.set(k, listSnippet(of: text, matchers: matchers, width: width))
        }
        if source.readsFiles && entries.count > 1 {
            DispatchQueue.concurrentPerform(iterations: entries.count, execute: make)
        } else {
            for k in entries.indices { make(k) }
        }
        return made.snippets
    }

    /// Snippets made on several threads, each into a place of its own.
    private final class SnippetSlots: @unchecked Sendable {
        // Each index is written by one thread only, and read after all are done.
        private var slots: [SearchSnippet?]

        init(count: Int) { slots = [SearchSnippet?](repeating: nil, count: count) }

        func set(_ index: Int, _ snippet: SearchSnippet) {
            slots.withUnsafeMutableBufferPointer { $0[index] = snippet }
        }

        var snippets: [SearchSnippet?] { slots }
    }

    /// The snippet a list shows under an article's title: the line around
    /// the first match in the body, or the body's start when it matches only
    /// in the title or its fields.
    public static func listSnippet(of text: String, query: SearchQuery, width: Int) -> SearchSnippet {
        listSnippet(of: text, matchers: SearchMatchers(query), width: width)
    }

    /// ``listSnippet(of:query:width:)`` with the query's matchers, made
    /// once for the rows of a page.
    static func listSnippet(of text: String, matchers: SearchMatchers, width: Int) -> SearchSnippet {
        let body = Self.body(of: text)
        return SearchSnippet.make(text: body, matchers: matchers, width: width) ?? SearchSnippet.lead(of: body, width: width)
    }

    /// An article's text without its title line and the blank lines after
    /// it: part of the text, not a copy.
    public static func body(of text: String) -> Substring {
        let utf8 = text.utf8
        guard let offset = utf8.withContiguousStorageIfAvailable(bodyOffset) ?? Array(utf8).withUnsafeBufferPointer(bodyOffset) else {
            return ""
        }
        return text[utf8.index(utf8.startIndex, offsetBy: offset)...]
    }

    /// The UTF-8 offset of the body: past the first line feed and those
    /// right after it (a line feed is always a character of its own); nil
    /// without one.
    private static func bodyOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard var offset = UTF8Search.offset(of: 0x0A, in: bytes) else { return nil }
        while offset < bytes.count && bytes[offset] == 0x0A { offset += 1 }
        return offset
    }
}

extension CorpusOpener {
    /// Opens the corpus on the calling thread (from the cache when it can)
    /// and returns it ready for search, with the problems met and the
    /// notices about the cache; `progress` hears every event as it comes.
    public static func openForSearch(
        _ loader: CorpusLoader, cache: CorpusCache?, progress: @escaping @Sendable (CorpusEvent) -> Void = { _ in }
    ) -> (corpus: SearchableCorpus, problems: [String], notices: [String]) {
        let collected = Collected()
        let opener = CorpusOpener(loader: loader, cache: cache) { event in
            collected.take(event)
            progress(event)
        }
        opener.run()
        let (entries, index, problems, notices) = collected.parts
        return (SearchableCorpus(entries: entries, index: index, source: opener.source), problems, notices)
    }

    /// The events of one opening, gathered.
    final class Collected: @unchecked Sendable {
        // Only the opener's thread writes, and reading waits for `run()` to end.
        private var entries: [ArticleEntry] = []
        private var index = SearchIndex()
        private var problems: [String] = []
        private var notices: [String] = []

        func take(_ event: CorpusEvent) {
            switch event {
            case .listed(let listed, let found):
                entries += listed
                problems += found
            case .indexed(let newer): index = newer
            case .notice(let text): notices.append(text)
            default: break
            }
        }

        var parts: ([ArticleEntry], SearchIndex, [String], [String]) { (entries, index, problems, notices) }
    }
}
