import ArgumentParser
import BylineCorpus
import Foundation

/// `byline search PATH QUERY`: the ranked articles a query finds, through
/// the same index and cache as the reader.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search a corpus: ranked articles with a snippet around the first match.",
        discussion: """
            QUERY: words (all of them; the last one a prefix), "a phrase", !without, \
            person: org: place: group: speaker: source: fields, date:2019-10..2019-11. \
            The first search of a corpus reads and analyses it and writes the cache; later ones use the cache.
            """
    )

    @Argument(help: "A folder (walked recursively) or a single article file.")
    var path: String

    @Argument(help: "What to look for (quote it for the shell).")
    var query: String

    @Option(help: "Show at most this many articles.")
    var limit = 10

    @Option(help: "jsonl: one object per article; table: for reading.")
    var format: ListFormat = .table

    @Flag(help: "Neither read nor write the cache in $XDG_CACHE_HOME/byline (~/.cache/byline).")
    var noCache = false

    func run() throws {
        let errors = StandardError()
        let loader = try CorpusOpening.loader(for: path)
        let (cache, cacheNotice) = CacheChoice.cache(for: loader, disabled: noCache)
        if let cacheNotice { errors.line(cacheNotice) }
        let started = Date()
        let opened = CorpusOpener.openForSearch(loader, cache: cache) { event in
            if case .listComplete = event, Date().timeIntervalSince(started) > 1 {
                StandardError().line("analysing and indexing the corpus (the cache makes the next search fast)…")
            }
        }
        opened.notices.forEach { errors.line($0) }
        opened.problems.forEach { errors.line($0) }
        let page = opened.corpus.search(query, limit: max(0, limit), complete: true)
        let output = StandardOutput()
        switch format {
        case .jsonl:
            for hit in page.hits { output.write(Self.json(hit)); output.write("\n") }
        case .table:
            for (rank, hit) in page.hits.enumerated() {
                output.write(String(format: "%3d  %6.2f  ", rank + 1, Double(hit.score)) + hit.entry.title.escapingControlCharacters + "\n")
                output.write("           \(hit.entry.id.escapingControlCharacters)\n")
                if let snippet = hit.snippet { output.write("           \(snippet.text.escapingControlCharacters)\n") }
            }
        }
        var summary = "\(page.total) of \(opened.corpus.entries.count) articles match"
        if SearchQuery(parsing: query).isEmpty {
            summary += ": the query has nothing to look for (no words, phrases or fields), so none is ranked"
        } else if page.hits.count < page.total {
            summary += "; showing \(page.hits.count)"
        }
        if page.unverified > 0 { summary += " (\(page.unverified) with all the words of a phrase, not yet checked for the phrase itself)" }
        errors.line(summary)
    }

    /// `{"id","path","title","score","snippet"}` for one hit.
    static func json(_ hit: SearchableCorpus.Hit) -> [UInt8] {
        var out = Array("{\"id\":".utf8)
        ArticleJSON.string(hit.entry.id, &out)
        out += Array(",\"path\":".utf8)
        ArticleJSON.string(hit.entry.path, &out)
        out += Array(",\"title\":".utf8)
        ArticleJSON.string(hit.entry.title, &out)
        out += Array(",\"score\":\(String(format: "%.4f", Double(hit.score)))".utf8)
        out += Array(",\"snippet\":".utf8)
        if let snippet = hit.snippet { ArticleJSON.string(snippet.text, &out) } else { out += Array("null".utf8) }
        out.append(UInt8(ascii: "}"))
        return out
    }
}
