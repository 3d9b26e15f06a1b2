import ArgumentParser
import BylineCorpus

/// `byline [PATH]`: the full-screen reader.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open a corpus in the full-screen reader (the default command).",
        discussion: """
            Keys: j/k move, Enter open, / filter or find as you type, Tab switch pane, \
            ]p ]o ]l ]n ]c jump to the next person, organisation, place, number or claim, \
            ? all keys, q back or quit. Read marks and bookmarks are kept in \
            $XDG_STATE_HOME/byline (~/.local/state/byline), never in the corpus folder. \
            Set NO_COLOR for attributes only.
            """
    )

    @Argument(help: "Folder or file to open (default: the demo corpus).")
    var path: String?

    @Option(help: "Colour theme: dark, light, high-contrast, colorblind, or one of yours in $XDG_CONFIG_HOME/byline/themes.")
    var theme: String?

    @Option(help: "Skip files larger than this (JSON Lines are streamed and exempt). Examples: 64M, 500K, 1G.")
    var maxFileSize: ByteSize = ByteSize(bytes: LoadOptions.defaultMaxFileSize)

    @Option(help: "Parse and analyse on this many threads (default: all cores).")
    var threads: Int?

    @Flag(help: "Neither read nor write the cache in $XDG_CACHE_HOME/byline (~/.cache/byline).")
    var noCache = false

    func run() throws {
        let options = LoadOptions(maxFileSize: maxFileSize.bytes, parallelism: threads)
        let loader = try CorpusOpening.loader(for: path, options: options)
        let status = ReaderApp(loader: loader, themeName: theme, usesCache: !noCache).run()
        if status != 0 { throw ExitCode(status) }
    }
}
