import ArgumentParser
import BylineCorpus
import BylineDemoCorpus
import Foundation

/// `byline bench`: measurements that print figures, for the README and for
/// checking speed and memory targets. Nothing here asserts.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure Byline on a corpus and print the figures.",
        subcommands: [LoadBench.self]
    )
}

/// `byline bench load PATH`: opens a corpus into memory, as the reader does,
/// and reports time, articles per second and peak memory against the size of
/// the corpus's text.
struct LoadBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load a corpus into memory, as the reader does; print time and peak memory."
    )

    @Argument(help: "A folder or file. Default: the demo corpus.")
    var path: String?

    @Option(help: "Worker threads (default: one per core).")
    var threads: Int?

    func run() throws {
        guard let corpusPath = path ?? DemoCorpus.folder else { throw ExitCode(1) }
        let start = Date()
        let corpus: Corpus
        do {
            corpus = try Corpus.load(path: corpusPath, options: LoadOptions(parallelism: threads))
        } catch {
            StandardError().line("byline: \(error)")
            throw ExitCode(1)
        }
        let seconds = Date().timeIntervalSince(start)
        let textBytes = corpus.articles.reduce(0) { $0 + $1.text.utf8.count }
        let peak = PeakMemory.residentBytes
        let lines = [
            "corpus      \(corpusPath)",
            "articles    \(corpus.summary)",
            String(format: "load        %.2f s wall, %.0f articles/s", seconds, Double(corpus.articles.count) / max(seconds, 1e-9)),
            String(format: "text        %.1f MB held as article text", Double(textBytes) / 1e6),
            String(format: "peak RSS    %.1f MiB (%.2f × the text held)", Double(peak) / 1_048_576, Double(peak) / Double(max(textBytes, 1))),
        ]
        lines.forEach { print($0) }
    }
}

/// The process's peak resident set size, from `getrusage`.
enum PeakMemory {
    static var residentBytes: Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
    }
}
