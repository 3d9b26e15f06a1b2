import BylineTestSupport
import Foundation
import Synchronization
import Testing

/// `byline search`, as a script uses it: ranked hits, the cache it writes
/// (never in the corpus), and hostile queries.
@Suite struct SearchCommandTests {
    func corpus() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("a/harbour.txt", "Harbour strike enters third week\n\nDock workers in Port Alder said the oil price rise hurt them.\n")
        try folder.write("a/grain.txt", "Grain prices climb\n\nWheat futures rose 3.5% in Chicago, traders said. Maize was flat.\n")
        try folder.write("b/oil.txt", "Oil price hits a record\n\nThe oil price rose again on Monday, Opec said. Oil traders were calm.\n")
        return folder
    }

    @Test func jsonLinesRankTheBestMatchFirst() throws {
        let corpus = try corpus()
        let cache = try TemporaryFolder()
        let run = try BylineBinary.run(["search", corpus.root, "oil pri", "--format", "jsonl"], environment: ["XDG_CACHE_HOME": cache.root])
        #expect(run.status == 0, "\(run.stderr)")
        let hits = try run.objects()
        #expect(hits.count == 2)
        #expect(hits.first?["title"] as? String == "Oil price hits a record")
        #expect(Array(hits.first?.keys.sorted() ?? []) == ["id", "path", "score", "snippet", "title"])
        #expect((hits.first?["snippet"] as? String)?.contains("oil price") == true)
        #expect(run.stderrLines.last == "2 of 3 articles match")
        // The cache was written where it belongs, and nothing in the corpus.
        let cached = try FileManager.default.subpathsOfDirectory(atPath: cache.root)
        #expect(cached.contains { $0.hasSuffix(".byline-cache") })
        #expect(try FileManager.default.subpathsOfDirectory(atPath: corpus.root).sorted() == ["a", "a/grain.txt", "a/harbour.txt", "b", "b/oil.txt"])
        // The second search gives the same answer from the cache.
        let again = try BylineBinary.run(["search", corpus.root, "oil pri", "--format", "jsonl"], environment: ["XDG_CACHE_HOME": cache.root])
        #expect(again.stdoutText == run.stdoutText)
    }

    @Test func tableLimitAndNoCache() throws {
        let corpus = try corpus()
        let cache = try TemporaryFolder()
        let run = try BylineBinary.run(["search", corpus.root, "oil", "--limit", "1", "--no-cache"], environment: ["XDG_CACHE_HOME": cache.root])
        #expect(run.status == 0)
        #expect(run.stdoutText.hasPrefix("  1  "))
        #expect(run.stdoutText.contains("Oil price hits a record"))
        #expect(run.stderrLines.last == "2 of 3 articles match; showing 1")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: cache.root).isEmpty, "--no-cache writes nothing")
    }

    @Test(arguments: [
        String(repeating: "\"((!!person: org:\" ", count: 600),
        String(repeating: "x", count: 10_000),
        "\"unbalanced quote",
        "date:2019-99..garbage !!! \"\"",
    ])
    func hostileQueriesAreText(query: String) throws {
        let corpus = try corpus()
        let run = try BylineBinary.run(["search", corpus.root, query, "--no-cache"])
        #expect(run.status == 0, "\(run.stderr.prefix(300))")
        #expect(run.stderrLines.last?.contains("of 3 articles match") == true)
    }

    @Test(arguments: ["", "\"\"", "!", "person:", "\"  \" !"])
    func aQueryWithNothingToLookForSaysSo(query: String) throws {
        let corpus = try corpus()
        let run = try BylineBinary.run(["search", corpus.root, query, "--no-cache"])
        #expect(run.status == 0, "\(run.stderr.prefix(300))")
        #expect(run.stdoutText.isEmpty)
        #expect(run.stderrLines.last == "3 of 3 articles match: the query has nothing to look for (no words, phrases or fields), so none is ranked")
    }

    /// A full disk while the cache is rewritten, played by a file-size
    /// limit: the search still answers, says so once, and the old cache is
    /// left whole, with no temporary file beside it.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit"), "needs prlimit"))
    func aCacheThatCannotBeWrittenInFullKeepsTheOldOne() throws {
        let corpus = try corpus()
        let cache = try TemporaryFolder()
        let environment = ["XDG_CACHE_HOME": cache.root]
        let first = try BylineBinary.run(["search", corpus.root, "oil"], environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        let folder = cache.path("byline")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        let file = try #require(names.first { $0.hasSuffix(".byline-cache") })
        let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))
        try corpus.write("b/coal.txt", "Coal price steady\n\nThe coal price held, miners said.\n")
        let limited = try BylineBinary.run(["search", corpus.root, "price"], wrapper: ["/usr/bin/prlimit", "--fsize=200", "--"],
                                           environment: environment)
        #expect(limited.status == 0, "\(limited.stderr)")
        #expect(limited.stdoutText.contains("Coal price steady"))
        #expect(limited.stderrLines.filter { $0.contains("cannot write the cache") }.count == 1, "\(limited.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [file])
    }

    /// Two processes writing the same corpus's cache at once leave one
    /// whole cache, which a third reads without a complaint.
    @Test func twoSearchesAtOnceLeaveAWholeCache() throws {
        let corpus = try corpus()
        let cache = try TemporaryFolder()
        let environment = ["XDG_CACHE_HOME": cache.root]
        let runs = Mutex<[BylineBinary.Run]>([])
        let root = corpus.root
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            if let run = try? BylineBinary.run(["search", root, "oil"], environment: environment) {
                runs.withLock { $0.append(run) }
            }
        }
        #expect(runs.withLock { $0.count } == 4)
        #expect(runs.withLock { $0.allSatisfy { $0.status == 0 && $0.stdoutText.contains("Oil price hits a record") } })
        let after = try BylineBinary.run(["search", corpus.root, "oil"], environment: environment)
        #expect(after.stderrLines == ["2 of 3 articles match"], "\(after.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path("byline")).count == 1)
    }

    @Test func anUnusableCacheFolderIsSaidAndTheSearchStillWorks() throws {
        let corpus = try corpus()
        let scratch = try TemporaryFolder()
        try scratch.write("file", "a file, not a folder")
        let run = try BylineBinary.run(["search", corpus.root, "wheat"], environment: ["XDG_CACHE_HOME": scratch.path("file")])
        #expect(run.status == 0)
        #expect(run.stdoutText.contains("Grain prices climb"))
        #expect(run.stderr.contains("cache: cannot create"), "\(run.stderr)")
    }
}
