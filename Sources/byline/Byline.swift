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
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        main(nil)
    }
}
