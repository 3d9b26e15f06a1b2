import Foundation
import Synchronization

/// Opens a corpus in two passes on a background thread and reports what it
/// has so far through `post` (see ``CorpusEvent``):
///
/// 1. **List**: every file is read and parsed on all cores; articles are
///    listed as batches arrive, their text is indexed for search, and the
///    corpus's capitalisation evidence is gathered. No article text is kept:
///    ``source`` reads an article again when it is shown.
/// 2. **Analyse**: the files are read again and each article analysed with
///    the corpus's evidence; its entities are reported and the full index —
///    text, entities and claim speakers — is built.
///
/// Articles of the second pass are matched to the list by id, so a file
/// that changes between the passes cannot shift the analyses of others.
public final class CorpusOpener: Sendable {
    public let loader: CorpusLoader
    /// Reads listed articles again from the corpus's files.
    public let source: CorpusFiles
    private let post: @Sendable (CorpusEvent) -> Void
    private let cancelled = Atomic<Bool>(false)
    private let running = Atomic<Bool>(false)
    private let finalAnalyzer = Mutex<Analyzer?>(nil)

    /// Articles reported per `.listed` event, and per index batch.
    static let reportSize = 512

    public init(loader: CorpusLoader, post: @escaping @Sendable (CorpusEvent) -> Void) {
        self.loader = loader
        self.source = CorpusFiles(loader: loader)
        self.post = post
    }

    /// Starts opening on a background thread.
    public func start() {
        running.store(true, ordering: .releasing)
        let thread = Thread { [self] in
            run()
            running.store(false, ordering: .releasing)
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Asks the work to stop at the next batch.
    public func cancel() { cancelled.store(true, ordering: .relaxed) }

    /// True from `start()` until the work has finished or stopped.
    public var isRunning: Bool { running.load(ordering: .acquiring) }

    /// The analyzer with the whole corpus's evidence once the list is
    /// complete; before that, one that uses each article's own.
    public var analyzer: Analyzer { finalAnalyzer.withLock { $0 } ?? Analyzer() }

    private var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    /// Runs both passes on the calling thread.
    public func run() {
        guard let (analyzer, places) = list() else { return }
        finalAnalyzer.withLock { $0 = analyzer }
        analyse(with: analyzer, places: places)
    }

    /// Pass 1: lists, indexes the text and gathers the evidence. Returns the
    /// corpus's analyzer and each listed id's place, or nil when cancelled.
    private func list() -> (Analyzer, [String: Int])? {
        var listed = 0
        var places: [String: Int] = [:]
        var pendingArticles: [Article] = []
        var pendingProblems: [String] = []
        var evidence = CapitalisationEvidence()
        var index = SearchIndex()
        func report() {
            let entries = pendingArticles.map(ArticleEntry.init)
            for (offset, entry) in entries.enumerated() where places[entry.id] == nil { places[entry.id] = listed + offset }
            index.add(pendingArticles.enumerated().map { SearchDocument(id: listed + $0.offset, article: $0.element) })
            listed += pendingArticles.count
            post(.listed(entries, problems: pendingProblems))
            post(.indexed(index))
            pendingArticles = []
            pendingProblems = []
        }
        let summary = loader.load(
            transform: { article in (article, CapitalisationEvidence(article: article.text)) },
            walked: { [post] files in post(.found(files: files)) },
            isCancelled: { [self] in isCancelled }
        ) { event in
            switch event {
            case .article(let (article, articleEvidence)):
                evidence.merge(articleEvidence)
                pendingArticles.append(article)
            case .problem(let problem):
                pendingProblems.append(problem.description)
            }
            if pendingArticles.count >= Self.reportSize { report() }
        }
        report()
        post(.listComplete(skipped: summary.skippedFiles + summary.skippedRecords))
        return isCancelled ? nil : (Analyzer(evidence: evidence), places)
    }

    /// Pass 2: analyses every listed article and builds the full index.
    /// Articles not listed by pass 1 (a file that changed in between) are
    /// left out; so is a second article with the same id.
    private func analyse(with analyzer: Analyzer, places: [String: Int]) {
        var places = places
        var index = SearchIndex()
        var pending: [(place: Int, article: Article, analysis: ArticleAnalysis)] = []
        func flush() {
            guard !pending.isEmpty else { return }
            index.add(pending.map { SearchDocument(id: $0.place, article: $0.article, analysis: $0.analysis) })
            post(.analysed(pending.map { (index: $0.place, entities: $0.analysis.entities) }))
            pending = []
        }
        loader.load(
            transform: { article in (article, analyzer.analyze(article)) },
            isCancelled: { [self] in isCancelled }
        ) { event in
            guard case .article(let (article, analysis)) = event else { return }
            guard let place = places.removeValue(forKey: article.id) else { return }
            pending.append((place, article, analysis))
            if pending.count >= Self.reportSize { flush() }
        }
        flush()
        guard !isCancelled else { return }
        index.optimize()
        post(.indexed(index))
        post(.analysisComplete)
    }
}
