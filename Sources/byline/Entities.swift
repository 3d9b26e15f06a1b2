import ArgumentParser
import BylineCorpus

/// `byline entities PATH`: the corpus's people, organisations, places and
/// groups, aliases merged, most mentioned first.
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the entities of a corpus with their mention and article counts.",
        discussion: "Aliases of one entity (US, U.S., United States) are merged under its canonical name."
    )

    @Argument(help: "A folder (walked recursively) or a single article file. Default: the demo corpus.")
    var path: String?

    @Option(help: "Only entities of this type: person, org, place or group.")
    var type: EntityType?

    @Option(help: "jsonl: one object per entity; table: aligned columns for reading.")
    var format: ListFormat = .table

    @Option(help: "Show at most this many entities.")
    var limit: Int?

    func run() throws {
        let errors = StandardError()
        let loader = try CorpusOpening.loader(for: path)
        let analyzer = Analyzer.forCorpus(loader)
        var index = EntityIndex()
        var number = 0
        let summary = loader.load(transform: { article in analyzer.analyze(article).entities }) { event in
            switch event {
            case .article(let entities):
                index.add(article: number, entities: entities)
                number += 1
            case .problem(let problem): errors.line(problem.description)
            }
        }
        var entries = index.ranked(kind: type?.kind)
        if let limit { entries = Array(entries.prefix(max(0, limit))) }
        let output = StandardOutput()
        switch format {
        case .jsonl:
            for entry in entries { output.write(EntityJSON.encode(entry)); output.write("\n") }
        case .table:
            output.write(EntityTable.render(entries))
        }
        output.flush()
        errors.line("\(index.count) entities in \(summary)")
    }
}

enum EntityType: String, ExpressibleByArgument, CaseIterable {
    case person, org, place, group

    var kind: EntityMention.Kind {
        switch self {
        case .person: return .person
        case .org: return .organisation
        case .place: return .place
        case .group: return .group
        }
    }
}

enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, table
}

/// `{"canonical","type","mentions","articles","aliases"}` for one entity.
enum EntityJSON {
    static func encode(_ entry: EntityIndex.Entry) -> [UInt8] {
        var out = Array("{\"canonical\":".utf8)
        ArticleJSON.string(entry.canonical, &out)
        out += Array(",\"type\":\"\(entry.kind.rawValue)\",\"mentions\":\(entry.mentions),\"articles\":\(entry.articles.count),\"aliases\":[".utf8)
        for (index, alias) in aliasesByUse(entry).enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            ArticleJSON.string(alias, &out)
        }
        out += Array("]}".utf8)
        return out
    }

    /// Surface forms, most used first.
    static func aliasesByUse(_ entry: EntityIndex.Entry) -> [String] {
        entry.aliases.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
    }
}

/// Aligned columns: type, mentions, articles, name and other forms.
enum EntityTable {
    static func render(_ entries: [EntityIndex.Entry]) -> String {
        var lines = ["TYPE    MENTIONS  ARTICLES  NAME"]
        for entry in entries {
            let others = EntityJSON.aliasesByUse(entry).filter { $0 != entry.canonical }
            let aliasNote = others.isEmpty ? "" : "  (" + others.joined(separator: ", ") + ")"
            lines.append(pad(entry.kind.rawValue, 8) + pad(String(entry.mentions), 10, right: true) + "  "
                         + pad(String(entry.articles.count), 8, right: true) + "  "
                         + entry.canonical.escapingControlCharacters + aliasNote.escapingControlCharacters)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - s.count))
        return right ? padding + s : s + padding
    }
}
