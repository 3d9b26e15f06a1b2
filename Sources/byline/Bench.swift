import ArgumentParser
import BylineCorpus
import BylineDemoCorpus
import Foundation

/// `byline bench`: measurements that print figures, for the README and for
/// checking speed and memory targets. Nothing here asserts.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure Byline on a corpus and print the figures.",
        subcommands: [LoadBench.self, AnalysisBench.self, UIBench.self, OpenBench.self, SearchBench.self]
    )

    /// A new folder for a benchmark's own files (its cache), named for
    /// `name` and this process; the caller removes it.
    static func scratchFolder(_ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-bench-\(name)-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
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

/// `byline bench analysis PATH`: entity and number throughput per core.
struct AnalysisBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analysis",
        abstract: "Analyse every article on one core; print MB/s, words/s and peak memory, then time a 1 MB and a 10 MB article."
    )

    @Argument(help: "A folder or file. Default: the demo corpus.")
    var path: String?

    func run() throws {
        guard let corpusPath = path ?? DemoCorpus.folder else { throw ExitCode(1) }
        let corpus: Corpus
        do {
            corpus = try Corpus.load(path: corpusPath)
        } catch {
            StandardError().line("byline: \(error)")
            throw ExitCode(1)
        }
        var clock = Date()
        let analyzer = Analyzer.forCorpus(corpus)  // one core, like the analysis below
        let evidenceSeconds = Date().timeIntervalSince(clock)

        let bytes = corpus.articles.reduce(0) { $0 + $1.text.utf8.count }
        let words = corpus.articles.reduce(0) { $0 + $1.wordCount }
        print("corpus      \(corpusPath): \(corpus.summary)")
        print(String(format: "evidence    %.2f s for the corpus's capitalisation evidence (%.1f MB/s)",
                     evidenceSeconds, Double(bytes) / 1e6 / evidenceSeconds))
        var entities = 0, numbers = 0, claims = 0
        var timings = [Double]()
        for withClaims in [false, true] {
            clock = Date()
            for article in corpus.articles {
                let analysis = analyzer.analyze(article, claims: withClaims)
                if withClaims { entities += analysis.entities.count; numbers += analysis.numbers.count; claims += analysis.claims.count }
            }
            let seconds = Date().timeIntervalSince(clock)
            timings.append(seconds)
            print(String(format: "%@ %.2f s on one core for %.1f MB, %d words: %.2f MB/s, %.0f words/s per core",
                         withClaims ? "+ claims   " : "entities+numbers", seconds, Double(bytes) / 1e6, words,
                         Double(bytes) / 1e6 / seconds, Double(words) / seconds))
        }
        print(String(format: "claims add  %.0f%% to the entities-and-numbers time", (timings[1] / timings[0] - 1) * 100))
        print(String(format: "together    %.2f MB/s per core for entities and numbers, capitalisation evidence included",
                     Double(bytes) / 1e6 / (timings[0] + evidenceSeconds)))
        print("found       \(entities) entity mentions, \(numbers) numbers, \(claims) claims")
        print(String(format: "peak RSS    %.1f MiB", Double(PeakMemory.residentBytes) / 1_048_576))

        // One long article made of the corpus's own paragraphs: time must grow linearly.
        let paragraphs = corpus.articles.flatMap { $0.paragraphs.map(String.init) }
        guard !paragraphs.isEmpty else { return }
        for size in [1_000_000, 10_000_000] {
            var body = [String]()
            var length = 0
            var k = 0
            while length < size {
                body.append(paragraphs[k % paragraphs.count])
                length += body.last!.utf8.count + 2
                k += 1
            }
            let text = "A long article\n\n" + body.joined(separator: "\n\n")
            let article = Article(path: "long.txt", text: text, titleSpan: TextSpan(start: 0, end: 14), paragraphSpans: [])
            clock = Date()
            let analysis = analyzer.analyze(article)
            let took = Date().timeIntervalSince(clock)
            print(String(format: "long        %5.1f MB article: %.2f s (%.2f MB/s), %d entities, %d numbers",
                         Double(text.utf8.count) / 1e6, took, Double(text.utf8.count) / 1e6 / took,
                         analysis.entities.count, analysis.numbers.count))
        }
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
