import Synchronization

/// Gives the full article for a listed entry, reading it again when needed.
public protocol ArticleSource: Sendable {
    /// The article `entry` lists, or nil when it can no longer be read (its
    /// file was removed, or no longer holds that record).
    func article(_ entry: ArticleEntry) -> Article?
    /// The text of the article `entry` lists (what search snippets and
    /// phrase checks need), or nil when it can no longer be read.
    func text(_ entry: ArticleEntry) -> String?
    /// Forgets whatever was kept of articles read before.
    func forget()
    /// Whether an article's text may be read from its file (so that
    /// several are best read at once) rather than taken from memory.
    var readsFiles: Bool { get }
}

extension ArticleSource {
    public func text(_ entry: ArticleEntry) -> String? { article(entry)?.text }
    public func forget() {}
    public var readsFiles: Bool { false }
}

/// Articles held in memory, by id: for small corpora and for tests.
public struct ArticlesInMemory: ArticleSource {
    private let articles: [String: Article]

    public init(_ articles: [Article]) {
        var byID: [String: Article] = [:]
        for article in articles { byID[article.id] = article }
        self.articles = byID
    }

    public func article(_ entry: ArticleEntry) -> Article? { articles[entry.id] }
}

/// Reads articles again from the corpus's files, as loading read them (same
/// decoding, cleaning and format rules), so a corpus of any size is listed
/// without keeping its text in memory. The files of the last few articles
/// read are kept, so moving through a file of several articles, or back and
/// forth, reads each file once. A small corpus's text is held in memory
/// once opened (see ``holdTexts(whenFilesTotal:)``).
public final class CorpusFiles: ArticleSource {
    public let root: String
    public let isSingleFile: Bool
    private let maxFileSize: Int
    private let recent = Mutex<RecentFiles>(RecentFiles())
    private let held = HeldTexts()

    /// Files whose articles are kept, and their text bytes at most.
    static let keptFiles = 2048
    static let keptBytes = 64 << 20

    public init(loader: CorpusLoader) {
        root = loader.path
        isSingleFile = loader.isSingleFile
        maxFileSize = loader.options.maxFileSize
    }

    /// The absolute path of the file an entry came from.
    public func filePath(of entry: ArticleEntry) -> String {
        if isSingleFile { return root }
        return root.hasSuffix("/") ? root + entry.path : root + "/" + entry.path
    }

    /// Holds in memory the text of the articles opening reads from now on
    /// (see ``hold(_:)``) when the corpus's files total `bytes` or less
    /// (``HeldTexts/budget``, 16 MiB); returns whether texts are held.
    @discardableResult
    public func holdTexts(whenFilesTotal bytes: Int) -> Bool { held.hold(whenFilesTotal: bytes) }

    /// ``holdTexts(whenFilesTotal:)`` with another budget (for tests).
    @discardableResult
    func holdTexts(whenFilesTotal bytes: Int, budget: Int) -> Bool { held.hold(whenFilesTotal: bytes, budget: budget) }

    /// True when the texts of a small corpus are held in memory.
    public var isHoldingTexts: Bool { held.isHoldingTexts }

    /// True unless the texts of a small corpus are held in memory.
    public var readsFiles: Bool { !held.isHoldingTexts }

    /// The number of articles whose text is held in memory.
    public var heldTextCount: Int { held.count }

    /// The text held in memory for `entry`, without reading its file.
    func heldText(of entry: ArticleEntry) -> String? {
        held.isHoldingTexts ? held.text(of: entry.id) : nil
    }

    /// Keeps `article`'s text in memory when texts are held (called by
    /// opening, for each article it reads).
    public func hold(_ article: Article) { held.keep(article) }

    public func text(_ entry: ArticleEntry) -> String? {
        if held.isHoldingTexts, let text = held.text(of: entry.id) { return text }
        if let text = recent.withLock({ $0.text(of: entry) }) { return text }
        // The text alone, from where it stands in the file, when it does.
        if let verbatim = entry.verbatim, let text = verbatim.read(from: filePath(of: entry)) {
            recent.withLock { $0.keep(text, of: entry.path) }
            return text
        }
        return article(entry)?.text
    }

    public func article(_ entry: ArticleEntry) -> Article? {
        if let articles = recent.withLock({ $0.articles(of: entry.path) }) { return Self.pick(entry, from: articles) }
        let path = filePath(of: entry)
        guard case .success(let status) = FileSystem.status(path, followLinks: true), status.kind == .regular else { return nil }
        let name = entry.path.split(separator: "/").last.map(String.init) ?? entry.path
        let format = FileFormat(fileName: name) ?? .plainText
        let articles: [Article]
        if format == .jsonLines, let record = entry.record {
            articles = JSONLinesReader.record(record, inFile: path, relativePath: entry.path).map { [$0] } ?? []
        } else {
            let file = SourceFile(relativePath: entry.path, absolutePath: path, size: status.size, format: format)
            articles = ArticleFileReader.read(file, maxFileSize: max(maxFileSize, status.size)).compactMap {
                if case .article(let article) = $0 { return article }
                return nil
            }
            recent.withLock { $0.keep(articles, of: entry.path) }
        }
        return Self.pick(entry, from: articles)
    }

    static func pick(_ entry: ArticleEntry, from articles: [Article]) -> Article? {
        articles.first { $0.record == entry.record }
    }

    /// Forgets the files kept (after the corpus changed on disk); the texts
    /// held of a small corpus stay, as the index made from them does.
    public func forget() {
        recent.withLock { $0 = RecentFiles() }
    }

    /// The articles of recently read files, or the text alone of a file's
    /// one article read where it stands in the file; least recently used
    /// dropped first.
    struct RecentFiles {
        private enum Kept {
            case articles([Article])
            case text(String)
        }

        private var files: [String: (kept: Kept, bytes: Int, used: Int)] = [:]
        private var bytes = 0
        private var clock = 0

        /// The articles of the file at `path`, when they are kept.
        mutating func articles(of path: String) -> [Article]? {
            guard case .articles(let articles) = use(path) else { return nil }
            return articles
        }

        /// The text of `entry`, when it is kept.
        mutating func text(of entry: ArticleEntry) -> String? {
            switch use(entry.path) {
            case .articles(let articles): return CorpusFiles.pick(entry, from: articles)?.text
            case .text(let text): return entry.record == nil ? text : nil
            case nil: return nil
            }
        }

        private mutating func use(_ path: String) -> Kept? {
            guard var file = files[path] else { return nil }
            clock += 1
            file.used = clock
            files[path] = file
            return file.kept
        }

        /// Keeps a file's articles (in place of its text alone, if that was kept).
        mutating func keep(_ articles: [Article], of path: String) {
            if case .articles = files[path]?.kept { return }
            keep(.articles(articles), bytes: articles.reduce(0) { $0 + $1.text.utf8.count }, of: path)
        }

        /// Keeps the text of a file's one article.
        mutating func keep(_ text: String, of path: String) {
            guard files[path] == nil else { return }
            keep(.text(text), bytes: text.utf8.count, of: path)
        }

        private mutating func keep(_ kept: Kept, bytes size: Int, of path: String) {
            guard size <= CorpusFiles.keptBytes / 4 else { return }
            if let old = files[path] { bytes -= old.bytes }
            clock += 1
            files[path] = (kept, size, clock)
            bytes += size
            if files.count > CorpusFiles.keptFiles || bytes > CorpusFiles.keptBytes {
                // Drop the least recently used quarter at once, so eviction stays cheap.
                let order = files.sorted { $0.value.used < $1.value.used }
                for (oldPath, file) in order.prefix(max(1, files.count / 4)) {
                    files[oldPath] = nil
                    bytes -= file.bytes
                }
            }
        }
    }
}
