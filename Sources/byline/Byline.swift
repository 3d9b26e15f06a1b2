import ArgumentParser
import Glibc

/// `byline`: a terminal reader for offline news corpora.
@main
struct Byline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "Read offline news corpora: who the people, organisations and places are, which figures are asserted, who claimed what.",
        discussion: """
            PATH is a folder of articles (walked recursively) or a single file: .txt, .md, \
            .html/.htm, .json, .jsonl/.ndjson. With no PATH, Byline opens its fictional demo corpus.
            """,
        version: "0.1.0",
        subcommands: [Read.self, Extract.self, Search.self, Entities.self, Claims.self, Bench.self],
        defaultSubcommand: Read.self
    )
}

extension Byline {
    /// Runs the command line. A write past the file-size limit (`ulimit -f`)
    /// fails with an error Byline reports, as a full disk does, rather than
    /// killing the process with SIGXFSZ halfway through writing the cache.
    ///
    /// The allocator keeps at most four arenas instead of eight per core:
    /// opening a corpus allocates large arrays on several threads at once,
    /// and memory freed in one thread's arena cannot be reused by another's,
    /// which raised the peak memory of a first opening of 100,000 articles
    /// by tens of MiB. Fewer than four makes the threads that analyse
    /// articles share an arena and wait for each other's every allocation
    /// (two arenas made a first opening 20–30 % slower).
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        limitMallocArenas(to: 4)
        main(nil)
    }

    /// `mallopt(M_ARENA_MAX, count)`, looked up at run time: Swift's Glibc
    /// module exports neither the function nor the constant.
    private static func limitMallocArenas(to count: Int32) {
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        let arenaMax: Int32 = -8  // M_ARENA_MAX in <malloc.h>
        guard let program = dlopen(nil, RTLD_NOW), let symbol = dlsym(program, "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: MallOpt.self)(arenaMax, count)
    }
}
