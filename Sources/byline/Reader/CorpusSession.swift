import BylineCorpus
import BylineUI
import Foundation
import Synchronization

/// Opens a corpus on background threads and reports what it has so far:
/// articles batch by batch as files are parsed, then their analyses. The
/// UI thread takes the reports from `updates` and never waits for them.
final class CorpusSession: Sendable {
    let loader: CorpusLoader
    private let inbox = Mutex<[LibraryUpdate]>([])
    private let cancelled = Atomic<Bool>(false)
    private let running = Atomic<Bool>(true)
    private let sharedAnalyzer = Mutex<Analyzer?>(nil)

    /// Articles per report: small enough that the list fills in smoothly.
    static let reportSize = 256

    init(loader: CorpusLoader) {
        self.loader = loader
    }

    /// Starts loading on a background thread.
    func start() {
        let thread = Thread { [self] in
            run()
            running.store(false, ordering: .releasing)
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Asks the background work to stop at the next batch.
    func cancel() { cancelled.store(true, ordering: .relaxed) }

    /// True until loading and analysis have finished (or stopped).
    var isRunning: Bool { running.load(ordering: .acquiring) }

    /// Takes the reports that arrived since the last call.
    func takeUpdates() -> [LibraryUpdate] {
        inbox.withLock { updates in
            let taken = updates
            updates.removeAll(keepingCapacity: true)
            return taken
        }
    }

    /// The analyzer with the whole corpus's evidence, once loading is done;
    /// before that, one without corpus evidence.
    var analyzer: Analyzer { sharedAnalyzer.withLock { $0 } ?? Analyzer() }

    private func post(_ update: LibraryUpdate) {
        inbox.withLock { $0.append(update) }
    }

    private var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    private func run() {
        // Pass 1: parse, listing articles as they come, and gather the
        // capitalisation evidence on the worker threads.
        var articles: [Article] = []
        var pending: [Article] = []
        var problems: [String] = []
        var evidence = CapitalisationEvidence()
        // The text index grows with the list, so search works on what is loaded so far.
        var textIndex = SearchIndex()
        func report() {
            let base = articles.count
            articles += pending
            textIndex.add(pending.enumerated().map { SearchDocument(id: base + $0.offset, article: $0.element) })
            post(.parsed(pending, problems: problems))
            post(.indexed(textIndex))
            pending = []
            problems = []
        }
        let summary = loader.load(
            transform: { article in (article, CapitalisationEvidence(article: article.text)) },
            walked: { [self] files in post(.found(files: files)) },
            isCancelled: { [self] in isCancelled }
        ) { event in
            switch event {
            case .article(let (article, articleEvidence)):
                evidence.merge(articleEvidence)
                pending.append(article)
            case .problem(let problem):
                problems.append(problem.description)
            }
            if pending.count >= Self.reportSize { report() }
        }
        report()
        post(.listComplete(skipped: summary.skippedFiles + summary.skippedRecords))
        guard !isCancelled else { return }

        // Pass 2: analyse on every core, reporting in small chunks.
        let analyzer = Analyzer(evidence: evidence)
        sharedAnalyzer.withLock { $0 = analyzer }
        let chunk = 64
        let chunks = stride(from: 0, to: articles.count, by: chunk).map { $0..<min($0 + chunk, articles.count) }
        let next = Atomic<Int>(0)
        let workers = max(1, min(loader.options.parallelism, chunks.count))
        let shared = articles
        let analyses = Mutex<[ArticleAnalysis?]>(Array(repeating: nil, count: articles.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while !isCancelled {
                let taken = next.add(1, ordering: .relaxed).oldValue
                guard taken < chunks.count else { break }
                let results = chunks[taken].map { (index: $0, analysis: analyzer.analyze(shared[$0])) }
                analyses.withLock { stored in
                    for result in results { stored[result.index] = result.analysis }
                }
                post(.analysed(results))
            }
        }
        guard !isCancelled else { return }
        // The full index: text, entities by type and claim speakers.
        let analysed = analyses.withLock { $0 }
        var fullIndex = SearchIndex()
        fullIndex.add(articles.indices.map { SearchDocument(id: $0, article: articles[$0], analysis: analysed[$0]) })
        fullIndex.optimize()
        post(.indexed(fullIndex))
        post(.analysisComplete)
    }
}
