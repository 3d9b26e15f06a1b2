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

    @Flag(help: "Let the scheduler place the thread that types and python3 (by default both are kept on processor 0 while keystrokes are timed).")
    var noPin = false

    @Option(name: .customLong("step"), parsing: .singleValue,
            help: ArgumentHelp("A query to time instead of the typed sequence below; repeat for several (to time or profile steps alone).",
                               valueName: "query"))
    var chosenSteps: [String] = []

    /// What typing `oil price` asks at each keystroke, then a field query.
    static let typedSteps = ["o", "oi", "oil", "oil ", "oil p", "oil pr", "oil pri", "oil pric", "oil price", "person:blair"]

    /// The steps timed: the chosen ones (each once), else the typed sequence.
    var steps: [String] {
        guard !chosenSteps.isEmpty else { return Self.typedSteps }
        var seen = Set<String>()
        return chosenSteps.filter { seen.insert($0).inserted }
    }

    func run() throws {
        let loader = try CorpusOpening.loader(for: path)
        let scratch = try Bench.scratchFolder("search")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let cacheHome = scratch + "/cache"
        print("corpus      \(loader.path)")
        // The targets ask for a warm page cache: every file is read first.
        if let line = PageCacheWarming.warmAndDescribe(loader.path) { print(line) }
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
        if let files = corpus.source as? CorpusFiles {
            print(files.isHoldingTexts
                  ? "            text of \(files.heldTextCount) articles held in memory (a corpus of files up to 16 MiB in all)"
                  : "            text read again from the files when needed (a corpus of files over 16 MiB in all)")
        }
        // The reader shows the first article as it opens; its first reading
        // also sets up what parsing uses (tables, sets), once per process.
        if let first = corpus.entries.first {
            let start = ContinuousClock.now
            _ = corpus.source.article(first)
            print("            first article read in \(LaunchTiming.format((ContinuousClock.now - start).milliseconds)) ms, as the reader does on opening")
        }
        // FTS5 is built first; then each round types the sequence on both
        // sides in turn, so that both meet the machine in the same state.
        var fts: FTS5Comparison?
        var built: FTS5Comparison.Built?
        if !noFts5 {
            var comparison = FTS5Comparison(corpus: loader.path, scratch: scratch, steps: steps, limit: limit, snippets: snippets)
            built = comparison.start()
            if built != nil { fts = comparison }
        }
        if noPin {
            print("keystroke   the thread that types and python3 run wherever the scheduler puts them (--no-pin)")
        } else if ProcessorPinning.pin(), fts.flatMap(\.processIdentifier).map({ ProcessorPinning.pin($0) }) ?? true {
            print("keystroke   the thread that types\(fts == nil ? "" : " and python3") kept on processor 0 (--no-pin: wherever the scheduler puts them)")
        } else {
            print("keystroke   could not keep the thread that types on one processor; it runs wherever the scheduler puts it")
        }
        let typed = measure(corpus, against: &fts)
        fts?.finish()
        print("keystroke   Byline: total count, top \(limit) ranked, snippets for the first \(snippets); the sequence typed \(repetitions) times after one untimed typing,")
        print("            each time with the index's query cache and the recently read files forgotten (caching only within one typing)")
        let ours = report(typed.forgotten)
        print("keystroke   Byline again in the same rounds, the recently read files kept between typings (as SQLite keeps its pages in memory)")
        let oursKept = report(typed.kept)
        guard let built, let theirs = typed.fts else { return }
        print(built.header + "; typed in the same rounds, after Byline's two typings")
        for step in steps {
            guard let their = theirs.samples[step], let mine = ours[step] else { continue }
            let kept = oursKept[step] ?? mine
            let median = LaunchTiming.percentile(their, 0.5), p99 = LaunchTiming.percentile(their, 0.99)
            print("  \(("\"" + step + "\"").padding(toLength: 16, withPad: " ", startingAt: 0)) median \(Self.format(median)) ms   p99 \(Self.format(p99)) ms   (\(theirs.totals[step] ?? 0) matches)   Byline faster at p99: \(String(format: "%.1f", p99 / max(mine.1, 0.001)))×, files kept \(String(format: "%.1f", p99 / max(kept.1, 0.001)))×")
        }
    }

    /// Each step's times in milliseconds, and its match count.
    struct StepSamples {
        var samples: [String: [Double]] = [:]
        var totals: [String: Int] = [:]

        mutating func add(_ step: String, _ milliseconds: Double, total: Int) {
            samples[step, default: []].append(milliseconds)
            totals[step] = total
        }
    }

    /// Types the steps over `corpus` in `repetitions` rounds (after one
    /// untimed round): in each, once with the index's query cache and the
    /// recently read articles forgotten, once more with only the query cache
    /// discarded, then once on FTS5 when there is one.
    private func measure(_ corpus: SearchableCorpus, against fts: inout FTS5Comparison?)
        -> (forgotten: StepSamples, kept: StepSamples, fts: StepSamples?) {
        var forgotten = StepSamples(), kept = StepSamples()
        var theirs: StepSamples? = fts == nil ? nil : StepSamples()
        var searched = corpus
        let steps = self.steps
        func type(into samples: inout StepSamples, timed: Bool) {
            searched.index.discardCache()
            for step in steps {
                let start = ContinuousClock.now
                let page = searched.search(step, limit: limit, snippets: snippets)
                if timed { samples.add(step, (ContinuousClock.now - start).milliseconds, total: page.total) }
            }
        }
        // The first round is untimed on both sides: the first typing of a
        // process meets cold processor caches and memory not yet mapped.
        for repetition in -1..<repetitions {
            let timed = repetition >= 0
            corpus.source.forget()
            type(into: &forgotten, timed: timed)
            type(into: &kept, timed: timed)
            guard fts != nil else { continue }
            guard let typing = fts?.type() else {
                print("fts5        stopped answering; not measured")
                fts?.finish()
                fts = nil
                theirs = nil
                continue
            }
            if timed {
                for (k, step) in steps.enumerated() { theirs?.add(step, typing.milliseconds[k], total: typing.totals[k]) }
            }
        }
        return (forgotten, kept, theirs)
    }

    /// Prints and returns each step's median and p99 in milliseconds.
    private func report(_ typed: StepSamples) -> [String: (Double, Double)] {
        var result: [String: (Double, Double)] = [:]
        for step in steps {
            let samples = typed.samples[step] ?? []
            let median = LaunchTiming.percentile(samples, 0.5), p99 = LaunchTiming.percentile(samples, 0.99)
            result[step] = (median, p99)
            print("  \(("\"" + step + "\"").padding(toLength: 16, withPad: " ", startingAt: 0)) median \(Self.format(median)) ms   p99 \(Self.format(p99)) ms   (\(typed.totals[step] ?? 0) matches)")
        }
        return result
    }

    /// A keystroke's milliseconds, to the microsecond (a small corpus's
    /// take a few hundredths).
    static func format(_ milliseconds: Double) -> String { String(format: "%7.3f", milliseconds) }

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
