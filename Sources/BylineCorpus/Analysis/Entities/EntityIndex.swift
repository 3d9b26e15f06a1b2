/// Every entity of a corpus, with how often and where it is mentioned: what
/// `byline entities` lists and what the reader filters the article list by.
/// Aliases are merged: an entity is its type and canonical name.
public struct EntityIndex: Sendable {
    public struct Key: Sendable, Hashable {
        public var kind: EntityMention.Kind
        public var canonical: String

        /// The ``HashedNumbers/asciiHash(_:tag:)`` of the name, tagged with
        /// the type; nil when the name is not ASCII.
        var asciiHash: UInt64? { HashedNumbers.asciiHash(canonical, tag: kind.storeCode) }
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

        mutating func record(_ surface: String, count: Int = 1, in article: Int32) {
            mentions += count
            if articles.last != article { articles.append(article) }
            aliases[surface, default: 0] += count
        }
    }

    /// The (entity, name) pairs of an article counted before they are recorded.
    private static let pairsCounted = 48

    /// Each entity once, in the order first mentioned, numbered by its place
    /// (the number of its key in `keys`).
    private var entries: [Entry] = []
    private var keys = NumberedValues<Key>()

    public init() {}

    /// An index of these entries (each entity once).
    init(entries list: [Entry]) {
        for entry in list {
            let key = Key(kind: entry.kind, canonical: entry.canonical)
            let number = self.number(of: key)
            entries[Int(number)] = entry
        }
    }

    /// Adds the entities of article number `article` (call in corpus order).
    public mutating func add(article: Int, entities: [EntityMention]) {
        let article = Int32(clamping: article)
        // Each (entity, name as written) once with its count, found by a
        // scan: most articles name few; then one update of each entry. Past
        // a few dozen pairs (a long article), mentions are recorded one by one.
        var found: [(entity: Int32, text: String, count: Int)] = []
        found.reserveCapacity(min(entities.count, Self.pairsCounted))
        for mention in entities {
            let entity = number(of: Key(kind: mention.kind, canonical: mention.canonical))
            if let k = found.firstIndex(where: { $0.entity == entity && $0.text == mention.text }) {
                found[k].count += 1
            } else if found.count < Self.pairsCounted {
                found.append((entity, mention.text, 1))
            } else {
                entries[Int(entity)].record(mention.text, in: article)
            }
        }
        for (entity, text, count) in found {
            // Mutated in place: copying an entry out and back would copy its
            // article list each time, quadratic for a corpus's big names.
            entries[Int(entity)].record(text, count: count, in: article)
        }
    }

    /// The number of the entity `key`, which joins the index (with no
    /// mentions yet) when new.
    private mutating func number(of key: Key) -> Int32 {
        let number = keys.number(of: key, hash: key.asciiHash)
        if number == entries.count {
            entries.append(Entry(kind: key.kind, canonical: key.canonical, mentions: 0, articles: [], aliases: [:]))
        }
        return Int32(number)
    }

    /// Entities by mention count (most first), then by name; optionally of one type.
    public func ranked(kind: EntityMention.Kind? = nil) -> [Entry] {
        entries
            .filter { kind == nil || $0.kind == kind }
            .sorted { ($0.mentions, $1.canonical, $1.kind.rawValue) > ($1.mentions, $0.canonical, $0.kind.rawValue) }
    }

    public func entry(kind: EntityMention.Kind, canonical: String) -> Entry? {
        keys.existingNumber(of: Key(kind: kind, canonical: canonical)).map { entries[Int($0)] }
    }

    public var count: Int { entries.count }
}
