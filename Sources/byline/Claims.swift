import ArgumentParser
import BylineCorpus

/// `byline claims PATH`: every attributed statement of the corpus, grouped
/// by resolved speaker, so that everything one person is reported to have
/// said across all articles reads in one place.
struct Claims: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List who said what across a corpus, grouped by speaker.",
        discussion: "Speakers are grouped by their resolved name (\"he\" and \"Konashenkov\" under \"Igor Konashenkov\"). Figure claims, which have no speaker, are listed with --figures."
    )

    @Argument(help: "A folder (walked recursively) or a single article file. Default: the demo corpus.")
    var path: String?

    @Option(help: "Only claims whose speaker's name contains this (case-insensitive).")
    var speaker: String?

    @Option(help: "jsonl: one object per claim; table: grouped by speaker for reading.")
    var format: ListFormat = .table

    @Flag(help: "Also list unattributed sentences that assert figures.")
    var figures = false

    func run() throws {
        let errors = StandardError()
        let loader = try CorpusOpening.loader(for: path)
        let analyzer = Analyzer.forCorpus(loader)
        var groups = [String: [(article: String, claim: Claim)]]()
        var order = [String]()
        let filter = speaker?.lowercased()
        let includeFigures = figures
        let summary = loader.load(transform: { article in (article.id, analyzer.analyze(article).claims) }) { event in
            switch event {
            case .article(let (id, claims)):
                for claim in claims where claim.kind != .figure || includeFigures {
                    let name = claim.speakerCanonical ?? claim.speaker ?? "(figures, no speaker)"
                    if let filter, !name.lowercased().contains(filter), !(claim.speaker?.lowercased().contains(filter) ?? false) { continue }
                    if groups[name] == nil { order.append(name) }
                    groups[name, default: []].append((id, claim))
                }
            case .problem(let problem):
                errors.line(problem.description)
            }
        }
        // Most quoted first; ties in order of first appearance.
        let speakers = order.enumerated().sorted { a, b in
            let (ca, cb) = (groups[a.element]!.count, groups[b.element]!.count)
            return ca != cb ? ca > cb : a.offset < b.offset
        }.map(\.element)
        let output = StandardOutput()
        var total = 0
        for name in speakers {
            let claims = groups[name]!
            total += claims.count
            switch format {
            case .jsonl:
                for (article, claim) in claims {
                    var line = Array("{\"article\":".utf8)
                    ArticleJSON.string(article, &line)
                    line += Array((",\"group\":").utf8)
                    ArticleJSON.string(name, &line)
                    line += Array(("," + ArticleJSON.claimFields(claim)).utf8)
                    output.write(line)
                    output.write("\n")
                }
            case .table:
                output.write("\(name.escapingControlCharacters) (\(claims.count))\n")
                for (article, claim) in claims {
                    let who = claim.speaker.map { $0 == name ? "" : "[\($0)] " } ?? ""
                    let content = claim.quote ? "“\(claim.content)”" : claim.content
                    output.write("  \(claim.cue) · \(who)\(content)  — \(article)".escapingControlCharacters + "\n")
                }
            }
        }
        output.flush()
        errors.line("\(total) claims by \(speakers.count) speakers in \(summary)")
    }
}
