import Foundation
import Synchronization

/// Opens a corpus on a background thread and reports what it has so far
/// through `post` (see ``CorpusEvent``).
///
/// **Cold** (no usable cache), in three passes, each on all cores. A small
/// corpus's texts are held in memory by the first (see
/// ``CorpusFiles/holdTexts(whenFilesTotal:)``) for the other two. A large
/// corpus's files are read and parsed again by the second, from the page
/// cache the first filled, which keeps their texts for the third in an
/// unnamed temporary file beside the cache (``ListedTexts``; without a
/// cache, the third reads the files too). The list keeps nothing: writing
/// the texts into fresh pages made it a quarter slower. ``source`` reads an
/// article again when it is shown.
/// 1. *List*: every file is read and parsed, and articles are listed as
///    batches arrive. Only parsing stands between launch and a full list.
/// 2. *Index*: the text of every listed article is indexed for search, and
///    the corpus's capitalisation evidence is gathered; then the text is
///    searchable (``CorpusEvent/searchable``).
/// 3. *Analyse*: each article is analysed with the corpus's evidence; its
///    entities are reported, and the names found (entities, claim speakers)
///    are indexed and combined with the text index.
///
/// Passes 2 and 3 take the articles in list order (or, reading the files
/// again, match them to the list by id), so a file that changes between
/// passes cannot shift the results of others.
///
/// Then the result is written to the cache (``CorpusCache``).
///
/// **Warm** (a cache of this corpus): the folder is walked, and files whose
/// size and modification time are unchanged are taken from the cache; only
/// new and changed files are read and analysed, deleted ones drop out, and
/// the cache is written again when anything changed. A small corpus's files
/// are then read once more, to hold their text in memory.
public final class CorpusOpener: Sendable {
    public let loader: CorpusLoader
    /// Reads listed articles again from the corpus's files.
    public let source: CorpusFiles
    let cache: CorpusCache?
    let post: @Sendable (CorpusEvent) -> Void
    private let cancelled = Atomic<Bool>(false)
    private let running = Atomic<Bool>(false)
    let saving = Atomic<Bool>(false)
    private let finalAnalyzer = Mutex<Analyzer?>(nil)
    /// The files a corpus may total to have its texts held in memory
    /// (``HeldTexts/budget``; another only to test).
    let heldTextBudget: Int
    /// Whether the list pass parsed files as the walk found them (for tests).
    let listedAsWalked = Atomic<Bool>(false)
    /// How many passes after the list read texts held in memory or kept
    /// in a temporary file rather than the files (for tests).
    let passesReadingKeptTexts = Atomic<Int>(0)

    /// Articles reported per `.listed` event, and per index batch.
    static let reportSize = 512

    /// An opener for `loader`'s corpus, using `cache` unless it is nil.
    public convenience init(loader: CorpusLoader, cache: CorpusCache? = nil, post: @escaping @Sendable (CorpusEvent) -> Void) {
        self.init(loader: loader, cache: cache, heldTextBudget: HeldTexts.budget, post: post)
    }

    /// An opener that holds texts up to another budget: for tests.
    init(loader: CorpusLoader, cache: CorpusCache?, heldTextBudget: Int, post: @escaping @Sendable (CorpusEvent) -> Void) {
        self.loader = loader
        self.cache = cache
        self.heldTextBudget = heldTextBudget
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

    /// Asks the work to stop at the next batch; nothing is written to the cache then.
    public func cancel() { cancelled.store(true, ordering: .relaxed) }

    /// True from `start()` until the work has finished or stopped.
    public var isRunning: Bool { running.load(ordering: .acquiring) }

    /// True while the cache is being written.
    public var isSaving: Bool { saving.load(ordering: .acquiring) }

    /// Waits (up to `timeout`) for a cache being written to be finished, so
    /// that quitting just after a corpus opened does not lose its cache.
    public func finishSaving(timeout: Duration = .seconds(10)) {
        let deadline = ContinuousClock.now + timeout
        while isSaving && ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.02) }
    }

    /// The analyzer with the whole corpus's evidence once the list is
    /// complete; before that, one that uses each article's own.
    public var analyzer: Analyzer { finalAnalyzer.withLock { $0 } ?? Analyzer() }

    var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    func setAnalyzer(_ analyzer: Analyzer) { finalAnalyzer.withLock { $0 = analyzer } }

    /// Opens the corpus on the calling thread.
    public func run() {
        // The cache is read while the folder is walked.
        let cached = Mutex<Result<CorpusSnapshot, CorpusCache.Problem>?>(nil)
        let reading = DispatchGroup()
        // Search folds non-ASCII text through a table made on first use
        // (about 8 ms): made now, while the folder is walked, so that the
        // first query after opening from the cache does not wait for it.
        DispatchQueue.global().async { SearchFolding.prepare() }
        if let cache {
            DispatchQueue.global().async(group: reading) {
                cache.removeAbandonedFiles()
                let result = cache.read()
                cached.withLock { $0 = result }
            }
        }
        // The folder is walked on a thread of its own while the cache is read.
        let stream = loader.streamListing()
        defer { stream.abandon() }
        reading.wait()
        var listing: CorpusLoader.Listing?
        switch cached.withLock({ $0 }) {
        case .success(let snapshot):
            let walked = walkedListing(stream)
            if restore(snapshot, listing: walked) {
                holdTexts(of: walked)
                return
            }
            listing = walked
        case .failure(.missing), nil:
            break
        case .failure(let problem):
            post(.notice("cache: \(problem); reading the corpus again"))
        }
        // Opened cold. A small corpus, or one whose files are not in the
        // page cache (to be read ahead of the parsers), is walked to the
        // end first; a large one in the page cache is parsed as it is walked
        // (whether or not the walk has ended meanwhile: the same either way).
        if listing == nil {
            let (bytes, _) = stream.waitUntil(moreThan: heldTextBudget, entries: Readahead.samples + 1)
            if bytes <= heldTextBudget || !stream.filesAreCached {
                listing = walkedListing(stream)
            } else {
                source.holdTexts(whenFilesTotal: bytes, budget: heldTextBudget)
            }
        }
        guard let (listedSnapshot, walked) = list(listing, stream: stream), !isCancelled else { return }
        var snapshot = listedSnapshot
        let kept = index(walked, into: &snapshot)
        guard !isCancelled else { return }
        let analyzer = Analyzer(evidence: snapshot.evidence)
        setAnalyzer(analyzer)
        analyse(walked, with: analyzer, kept: kept, into: &snapshot)
        save(snapshot)
    }

    /// The whole listing, once walked; says how many files it found and
    /// holds the texts of a small corpus.
    private func walkedListing(_ stream: ListingStream) -> CorpusLoader.Listing {
        let listing = stream.listing
        post(.found(files: listing.entries.count, complete: true))
        source.holdTexts(whenFilesTotal: stream.waitUntil(moreThan: .max).bytes, budget: heldTextBudget)
        return listing
    }

    /// Writes the snapshot to the cache, saying so once when it cannot.
    func save(_ snapshot: CorpusSnapshot) {
        defer { saving.store(false, ordering: .releasing) }
        guard let cache, !isCancelled else { return }
        saving.store(true, ordering: .releasing)
        if let problem = cache.write(snapshot) { post(.notice("cache: \(problem)")) }
    }

    /// Pass 1: lists the articles of `listing`, or when it is nil of
    /// `stream` as it is walked (saying how many files the walk has found
    /// as it goes). Returns a snapshot with files and entries, and the whole
    /// listing, or nil when cancelled.
    private func list(_ listing: CorpusLoader.Listing?, stream: ListingStream) -> (CorpusSnapshot, CorpusLoader.Listing)? {
        var entries: [ArticleEntry] = []
        var problems: [LoadProblem] = []
        var pendingEntries: [ArticleEntry] = []
        var pendingProblems: [String] = []
        var walkComplete = listing != nil
        var found = 0
        func reportFound() {
            guard !walkComplete else { return }
            let now = stream.found
            walkComplete = now.finished
            if now.count > found || walkComplete { post(.found(files: now.count, complete: walkComplete)) }
            found = now.count
        }
        func report() {
            reportFound()
            entries += pendingEntries
            post(.listed(pendingEntries, problems: pendingProblems))
            pendingEntries = []
            pendingProblems = []
        }
        let transform: @Sendable (Article) -> ArticleEntry = { [source] article in
            source.hold(article)
            return ArticleEntry(article)
        }
        func emit(_ event: LoadEvent<ArticleEntry>) {
            switch event {
            case .article(let entry):
                pendingEntries.append(entry)
            case .problem(let problem):
                problems.append(problem)
                pendingProblems.append(problem.description)
            }
            if pendingEntries.count >= Self.reportSize { report() }
        }
        let summary: LoadSummary
        if let listing {
            summary = loader.load(listing, transform: transform, isCancelled: { [self] in isCancelled }, emit: emit)
        } else {
            listedAsWalked.store(true, ordering: .relaxed)
            summary = loader.load(streamed: stream, transform: transform, isCancelled: { [self] in isCancelled }, emit: emit)
        }
        report()
        let walked = listing ?? stream.listing
        if !walkComplete { post(.found(files: walked.entries.count, complete: true)) }
        post(.listComplete(skipped: summary.skippedFiles + summary.skippedRecords))
        guard !isCancelled else { return nil }
        return (Self.snapshot(of: walked, entries: entries, problems: problems), walked)
    }

    /// A snapshot of the files of `listing`, each with the articles listed
    /// from it (`entries`, in corpus order) and the problems it gave.
    static func snapshot(of listing: CorpusLoader.Listing, entries: [ArticleEntry], problems: [LoadProblem]) -> CorpusSnapshot {
        var snapshot = CorpusSnapshot()
        for case .file(let file) in listing.entries {
            snapshot.files.append(.init(path: file.relativePath, size: file.size, modified: file.modified,
                                        firstArticle: 0, articleCount: 0, problems: []))
        }
        let paths = snapshot.files.map(\.path)
        var finder = FileFinder(paths: paths)
        for (place, entry) in entries.enumerated() {
            guard let number = finder.number(of: entry.path) else { continue }
            if snapshot.files[number].articleCount == 0 { snapshot.files[number].firstArticle = place }
            snapshot.files[number].articleCount += 1
        }
        finder = FileFinder(paths: paths)
        for problem in problems {
            if let number = finder.number(of: problem.path) { snapshot.files[number].problems.append(problem.description) }
        }
        snapshot.entries = entries
        return snapshot
    }

    /// Finds a file's place in the listing by its path: at once when asked
    /// in listing order, by a table made on first need otherwise.
    struct FileFinder {
        let paths: [String]
        private var cursor = 0
        private var byPath: [String: Int]?

        init(paths: [String]) { self.paths = paths }

        mutating func number(of path: String) -> Int? {
            for k in cursor..<min(cursor + 8, paths.count) where paths[k] == path {
                cursor = k
                return k
            }
            if byPath == nil { byPath = Dictionary(paths.enumerated().map { ($1, $0) }, uniquingKeysWith: { _, last in last }) }
            guard let k = byPath?[path] else { return nil }
            cursor = k
            return k
        }
    }

    /// Reads the articles of a small corpus opened from the cache once more,
    /// in the background of a reader already usable, to hold their text in
    /// memory (see ``CorpusFiles/holdTexts(whenFilesTotal:)``).
    private func holdTexts(of listing: CorpusLoader.Listing) {
        guard source.isHoldingTexts, !isCancelled else { return }
        loader.load(listing, transform: { [source] article in source.hold(article) },
                    isCancelled: { [self] in isCancelled }) { _ in }
    }

    /// Where each listed article is in the list, by id.
    func places(of entries: [ArticleEntry]) -> [String: Int] {
        var places: [String: Int] = [:]
        places.reserveCapacity(entries.count)
        for (place, entry) in entries.enumerated() { places[entry.id] = place }
        return places
    }

    /// Pass 2: indexes the text of every listed article, one document per
    /// article in list order (an article that vanished in between gets an
    /// empty one), and gathers the capitalisation evidence. Returns the
    /// texts it read from the files, kept for pass 3 (nil when a small
    /// corpus's are held in memory, or there is no cache to keep them beside).
    private func index(_ listing: CorpusLoader.Listing, into snapshot: inout CorpusSnapshot) -> ListedTexts? {
        // Batches are indexed on a thread of their own while the next are read.
        let indexing = IndexingQueue(indexed: { [self] index in if !isCancelled { post(.indexed(index)) } })
        var queued = 0
        var evidence = CapitalisationEvidence()
        var pending: [SearchDocument] = []
        func empty(_ place: Int) -> SearchDocument { SearchDocument(id: place, title: "", body: "") }
        func flush() {
            guard !pending.isEmpty else { return }
            queued += pending.count
            indexing.add(pending)
            pending = []
        }
        func take(_ place: Int, _ document: SearchDocument, _ articleEvidence: CapitalisationEvidence) {
            evidence.merge(articleEvidence)
            while queued + pending.count < place { pending.append(empty(queued + pending.count)) }
            var placed = document
            placed.id = place
            pending.append(placed)
            if pending.count >= Self.reportSize { flush() }
        }
        let kept = isHoldingAllTexts(of: snapshot.entries) ? nil : cache.flatMap { ListedTexts(folder: $0.folder) }
        forEachListedArticle(listing, entries: snapshot.entries, transform: { article in
            (document: SearchDocument(id: 0, text: article.text, path: article.path, source: article.source, date: article.date),
             evidence: CapitalisationEvidence(article: article.text), text: kept == nil ? nil : article.text)
        }) { place, made in
            kept?.keep(made?.text, at: place)
            if let made { take(place, made.document, made.evidence) }
        }
        guard !isCancelled else { return nil }
        kept?.keepNothing(upTo: snapshot.entries.count)
        kept?.finish()
        while queued + pending.count < snapshot.entries.count {
            pending.append(empty(queued + pending.count))
        }
        flush()
        var index = indexing.finish()
        snapshot.evidence = evidence
        post(.searchable)
        // One segment from here on: queries during the analysis are faster,
        // and combining the names with the text at the end copies the text
        // once, not twice (the peak memory of opening is then).
        index.optimize()
        snapshot.index = index
        post(.indexed(index))
        return kept
    }

    /// Pass 3: analyses every listed article (from the texts pass 2 `kept`,
    /// if any), records its facts and indexes the names found (entities,
    /// claim speakers) beside pass 2's text index, one document per listed
    /// article in the same order, so the two combine into the full index
    /// without indexing the text again. Articles not listed by pass 1 (a
    /// file that changed in between) are left out.
    private func analyse(_ listing: CorpusLoader.Listing, with analyzer: Analyzer, kept: ListedTexts?,
                         into snapshot: inout CorpusSnapshot) {
        // The names are indexed on a thread of their own while the next articles are analysed.
        let names = IndexingQueue()
        var facts = ArticleFacts()
        var pending: [(place: Int, analysis: ArticleAnalysis)] = []
        func nameDocument(_ place: Int, _ analysis: ArticleAnalysis?) -> SearchDocument {
            SearchDocument(id: place, title: "", body: "",
                           entities: analysis?.entities.map { SearchDocument.Entity(kind: $0.kind, canonical: $0.canonical) } ?? [],
                           speakers: analysis?.claims.compactMap(\.speakerCanonical) ?? [])
        }
        func flush() {
            guard !pending.isEmpty else { return }
            var documents: [SearchDocument] = []
            for item in pending where item.place >= facts.articleCount {
                while facts.articleCount < item.place {
                    documents.append(nameDocument(facts.articleCount, nil))
                    facts.appendEmpty()
                }
                documents.append(nameDocument(item.place, item.analysis))
                facts.append(item.analysis.entities)
            }
            names.add(documents)
            post(.analysed(pending.map { (index: $0.place, entities: $0.analysis.entities) }))
            pending = []
        }
        func take(_ place: Int, _ analysis: ArticleAnalysis) {
            pending.append((place, analysis))
            if pending.count >= Self.reportSize { flush() }
        }
        forEachListedArticle(listing, entries: snapshot.entries, kept: kept,
                             transform: { article in analyzer.analyzeNames(text: article.text) }) {
            place, analysis in
            if let analysis { take(place, analysis) }
        }
        flush()
        guard !isCancelled else { return }
        var trailing: [SearchDocument] = []
        while facts.articleCount < snapshot.entries.count {
            trailing.append(nameDocument(facts.articleCount, nil))
            facts.appendEmpty()
        }
        names.add(trailing)
        var index = snapshot.index
        if let full = index.addingTerms(of: names.finish()) {
            index = full
        } else {
            post(.notice("search: the names found could not be added to the index; person:, org: and speaker: find nothing"))
        }
        snapshot.index = index
        snapshot.facts = facts
        // Saving starts now, before the UI hears that opening is done.
        if cache != nil { saving.store(true, ordering: .releasing) }
        post(.indexed(index))
        post(.analysisComplete)
    }
}
