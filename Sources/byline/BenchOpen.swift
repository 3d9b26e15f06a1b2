import ArgumentParser
import BylineCorpus
import Foundation
import Synchronization

/// `byline bench open PATH`: opens a corpus as the reader does, without a
/// terminal, and prints when each stage was reached and the peak memory.
/// `byline bench search` runs it in a fresh process for cold and warm opens.
struct OpenBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a corpus as the reader does (no terminal); print the time of each stage and peak memory."
    )

    @Argument(help: "A folder or file. Default: the demo corpus.")
    var path: String?

    @Option(help: "Cache folder (default: $XDG_CACHE_HOME/byline).")
    var cacheFolder: String?

    @Flag(help: "Open without a cache.")
    var noCache = false

    @Flag(help: "Do not read every file first (the list target asks for a warm page cache; this measures the page cache as it is).")
    var noWarm = false

    func run() throws {
        let loader = try CorpusOpening.loader(for: path)
        // The page cache is warmed first unless asked not to: a virtual
        // machine may have paged out files read a minute ago.
        if !noWarm, let line = PageCacheWarming.warmAndDescribe(loader.path) { print(line) }
        let start = ContinuousClock.now
        var cache: CorpusCache?
        if !noCache {
            var environment = ProcessInfo.processInfo.environment
            if let cacheFolder { environment["XDG_CACHE_HOME"] = cacheFolder }
            let (chosen, notice) = CacheChoice.cache(for: loader, disabled: false, environment: environment)
            if let notice { print("notice      \(notice)") }
            cache = chosen
        }
        let record = StageRecord(start: start)
        let mark = record.mark
        let opener = CorpusOpener(loader: loader, cache: cache) { event in
            switch event {
            case .found(_, complete: true): mark("walked")
            case .listed(let entries, let problems):
                mark("first articles listed")
                record.counts.withLock { $0.articles += entries.count; $0.problems += problems.count }
            case .listComplete: mark("list complete")
            case .searchable: mark("text searchable")
            case .analysisComplete: mark("analysed and indexed")
            case .notice(let text): print("notice      \(text)")
            default: break
            }
        }
        opener.run()
        mark("done (cache written)")
        let order = ["walked", "first articles listed", "list complete", "text searchable", "analysed and indexed", "done (cache written)"]
        let times = record.stages.withLock { $0 }
        for stage in order {
            guard let seconds = times[stage] else { continue }
            print("stage       \(stage.padding(toLength: 24, withPad: " ", startingAt: 0)) \(String(format: "%8.3f s", seconds))")
        }
        let (articles, problems) = record.counts.withLock { $0 }
        print("articles    \(articles) listed, \(problems) skipped")
        print(String(format: "peak RSS    %.1f MiB", Double(PeakMemory.residentBytes) / 1_048_576))
    }
}

/// When each stage of an opening was reached, from several threads.
final class StageRecord: Sendable {
    let start: ContinuousClock.Instant
    let stages = Mutex<[String: Double]>([:])
    let counts = Mutex<(articles: Int, problems: Int)>((0, 0))

    init(start: ContinuousClock.Instant) { self.start = start }

    /// Records the first time `stage` is reached, in seconds since `start`.
    @Sendable func mark(_ stage: String) {
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        stages.withLock { if $0[stage] == nil { $0[stage] = seconds } }
    }
}
