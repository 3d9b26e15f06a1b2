import ArgumentParser
import BylineCorpus
import Foundation

/// `byline bench search PATH`: what issue-level targets ask of search at
/// scale — cold and warm opens of the reader (first frame, full list, fully
/// analysed and indexed, peak memory), the cache's size, and the latency of
/// each keystroke of a typed query — side by side with SQLite FTS5 built
/// over the same corpus in the same run.
struct SearchBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Time cold and warm opens, the cache, and per-keystroke search against SQLite FTS5."
    )

    @Argument(help: "A folder or file.")
    var path: String

    @Option(help: "Times each keystroke is run.")
    var repetitions = 50

    @Option(help: "Ranked results each keystroke asks for.")
    var limit = 100

    @Option(help: "Snippets made per keystroke (the rows a list shows).")
    var snippets = 20

    @Flag(help: "Skip the reader's cold and warm launches in tmux.")
    var noLaunch = false

    @Flag(help: "Skip SQLite FTS5.")
    var noFts5 = false

    static let steps = ["o", "oi", "oil", "oil ", "oil p", "oil pr", "oil pri", "oil pric", "oil price", "person:blair"]

    func run() throws {
        let loader = try CorpusOpening.loader(for: path)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("byline-bench-search-\(getpid())").path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let cacheHome = scratch + "/cache"
        print("corpus      \(loader.path)")
        if !noLaunch {
            for (label, _) in [("cold", true), ("warm", false)] {
                if let line = LaunchTiming.open(corpus: loader.path, cacheHome: cacheHome, label: label) { print(line) }
            }
        }
        // The cache the launches wrote (or one written now).
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = cacheHome
        let (cache, _) = CacheChoice.cache(for: loader, disabled: false, environment: environment)
        let started = ContinuousClock.now
        let opened = CorpusOpener.openForSearch(loader, cache: cache)
        let openSeconds = (ContinuousClock.now - started).seconds
        let corpus = opened.corpus
        let textBytes = Self.textBytes(of: loader)
        if let cache, let size = try? FileManager.default.attributesOfItem(atPath: cache.file)[.size] as? NSNumber {
            print(String(format: "cache       %.1f MB (%.2f × the corpus's %.1f MB of text)", size.doubleValue / 1e6,
                         size.doubleValue / Double(max(1, textBytes)), Double(textBytes) / 1e6))
        }
        print(String(format: "in process  opened for search in %.2f s: %d articles", openSeconds, corpus.entries.count))
        // The reader shows the first article as it opens; its first reading
        // also sets up what parsing uses (tables, sets), once per process.
        if let first = corpus.entries.first {
            let start = ContinuousClock.now
            _ = corpus.source.article(first)
            print("            first article read in \(LaunchTiming.format((ContinuousClock.now - start).milliseconds)) ms, as the reader does on opening")
        }
        print("keystroke   Byline: total count, top \(limit) ranked, snippets for the first \(snippets); the sequence typed \(repetitions) times,")
        print("            each time with the index's query cache and the recently read files forgotten (caching only within one typing)")
        let ours = measure(corpus, forgettingFiles: true)
        print("keystroke   Byline again, the recently read files kept between typings (as SQLite keeps its pages in memory)")
        let oursKept = measure(corpus, forgettingFiles: false)
        guard !noFts5 else { return }
        let fts = FTS5Comparison(corpus: loader.path, scratch: scratch, steps: Self.steps, repetitions: repetitions,
                                 limit: limit, snippets: snippets)
        guard let results = fts.run() else { return }
        print(results.header)
        for step in Self.steps {
            guard let theirs = results.steps[step], let mine = ours[step] else { continue }
            let kept = oursKept[step] ?? mine
            print("  \(("\"" + step + "\"").padding(toLength: 16, withPad: " ", startingAt: 0)) median \(LaunchTiming.format(theirs.median)) ms   p99 \(LaunchTiming.format(theirs.p99)) ms   (\(theirs.total) matches)   Byline faster at p99: \(String(format: "%.1f", theirs.p99 / max(mine.1, 0.001)))×, files kept \(String(format: "%.1f", theirs.p99 / max(kept.1, 0.001)))×")
        }
    }

    /// Types the steps `repetitions` times over `corpus`, each typing with
    /// the index's query cache discarded and, when `forgettingFiles`, the
    /// recently read articles too; prints and returns each step's median
    /// and p99 in milliseconds.
    private func measure(_ corpus: SearchableCorpus, forgettingFiles: Bool) -> [String: (Double, Double)] {
        var samples: [String: [Double]] = [:]
        var totals: [String: Int] = [:]
        var searched = corpus
        for _ in 0..<repetitions {
            searched.index.discardCache()
            if forgettingFiles { corpus.source.forget() }
            for step in Self.steps {
                let start = ContinuousClock.now
                let page = searched.search(step, limit: limit, snippets: snippets)
                samples[step, default: []].append((ContinuousClock.now - start).milliseconds)
                totals[step] = page.total
            }
        }
        var result: [String: (Double, Double)] = [:]
        for step in Self.steps {
            let median = LaunchTiming.percentile(samples[step] ?? [], 0.5), p99 = LaunchTiming.percentile(samples[step] ?? [], 0.99)
            result[step] = (median, p99)
            print("  \(("\"" + step + "\"").padding(toLength: 16, withPad: " ", startingAt: 0)) median \(LaunchTiming.format(median)) ms   p99 \(LaunchTiming.format(p99)) ms   (\(totals[step] ?? 0) matches)")
        }
        return result
    }

    /// Bytes of article text the corpus holds (what loading reads).
    static func textBytes(of loader: CorpusLoader) -> Int {
        var total = 0
        loader.load(transform: { $0.text.utf8.count }) { event in
            if case .article(let bytes) = event { total += bytes }
        }
        return total
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
    var milliseconds: Double { seconds * 1000 }
}
