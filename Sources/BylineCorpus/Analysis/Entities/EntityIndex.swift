/// Every entity of a corpus, with how often and where it is mentioned: what
/// `byline entities` lists and what the reader filters the article list by.
/// Aliases are merged: an entity is its type and canonical name.
public struct EntityIndex: Sendable {
    public struct Key: Sendable, Hashable {
        public var kind: EntityMention.Kind
        public var canonical: String
    }

    public struct Entry: Sendable {
        public var kind: EntityMention.Kind
        public var canonical: String
        /// Mentions over the whole corpus.
        public var mentions: Int
        /// Numbers of the articles that mention it (their places in the
        /// corpus), in the order added. Numbers, not ids: a big name of a
        /// large corpus is mentioned in tens of thousands of articles.
        public var articles: [Int32]
        /// The surface forms seen, with their counts.
        public var aliases: [String: Int]

        mutating func record(_ surface: String, in article: Int32) {
            mentions += 1
            if articles.last != article { articles.append(article) }
            aliases[surface, default: 0] += 1
        }
    }

    private var entries: [Key: Entry] = [:]

    public init() {}

    /// An index of these entries (each entity once).
    init(entries list: [Entry]) {
        for entry in list { entries[Key(kind: entry.kind, canonical: entry.canonical)] = entry }
    }

    /// Adds the entities of article number `article` (call in corpus order).
    public mutating func add(article: Int, entities: [EntityMention]) {
        let article = Int32(clamping: article)
        for mention in entities {
            let key = Key(kind: mention.kind, canonical: mention.canonical)
            // Mutated in place: copying an entry out and back would copy its
            // article list each time, quadratic for a corpus's big names.
            entries[key, default: Entry(kind: mention.kind, canonical: mention.canonical, mentions: 0, articles: [], aliases: [:])]
                .record(mention.text, in: article)
        }
    }

    /// Entities by mention count (most first), then by name; optionally of one type.
    public func ranked(kind: EntityMention.Kind? = nil) -> [Entry] {
        entries.values
            .filter { kind == nil || $0.kind == kind }
            .sorted { ($0.mentions, $1.canonical, $1.kind.rawValue) > ($1.mentions, $0.canonical, $0.kind.rawValue) }
    }

    public func entry(kind: EntityMention.Kind, canonical: String) -> Entry? {
        entries[Key(kind: kind, canonical: canonical)]
    }

    public var count: Int { entries.count }
}
