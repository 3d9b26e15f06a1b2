/// What the analysis found in each article that the corpus-wide views are
/// built from — which entities it mentions, under which names, how often —
/// kept compactly (three numbers per distinct entity and name in an
/// article), so that a reopened corpus rebuilds its ``EntityIndex`` without
/// analysing anything again, and a changed corpus re-analyses only what changed.
struct ArticleFacts: Sendable {
    /// Entities (type and canonical name) and names as written, each once.
    private var entityTable = NumberedValues<EntityIndex.Key>()
    private var nameTable = NumberedValues<String>()
    var entities: [EntityIndex.Key] { entityTable.values }
    var names: [String] { nameTable.values }
    /// Article `a`'s facts are `starts[a] ..< starts[a + 1]` of the three arrays.
    private(set) var starts: [UInt32] = [0]
    private(set) var entity: [UInt32] = []
    private(set) var name: [UInt32] = []
    private(set) var mentions: [UInt32] = []

    init() {}

    /// Number of articles with facts (analysed or not).
    var articleCount: Int { starts.count - 1 }

    /// Appends an article with no facts (not analysed).
    mutating func appendEmpty() {
        starts.append(starts[starts.count - 1])
    }

    /// Appends the facts of one article's entity mentions.
    mutating func append(_ found: [EntityMention]) {
        // Each (entity, name) pair once, in the order first mentioned, with
        // its count; found by a scan while there are few, by a table after.
        var order: [UInt64] = [], counts: [UInt32] = []
        var places: [UInt64: Int]?
        for mention in found {
            let key = EntityIndex.Key(kind: mention.kind, canonical: mention.canonical)
            let e = number(of: key)
            let n = number(of: mention.text)
            let pair = UInt64(e) << 32 | UInt64(n)
            if let k = places.map({ $0[pair] }) ?? order.firstIndex(of: pair) {
                counts[k] += 1
                continue
            }
            order.append(pair)
            counts.append(1)
            if places != nil {
                places?[pair] = order.count - 1
            } else if order.count > 16 {
                places = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
            }
        }
        for (pair, count) in zip(order, counts) {
            entity.append(UInt32(pair >> 32))
            name.append(UInt32(truncatingIfNeeded: pair))
            mentions.append(count)
        }
        starts.append(UInt32(entity.count))
    }

    /// Appends article `article` of `other` (tables are translated).
    mutating func append(article: Int, of other: ArticleFacts) {
        let entities = other.entities, names = other.names
        for k in Int(other.starts[article])..<Int(other.starts[article + 1]) {
            entity.append(number(of: entities[Int(other.entity[k])]))
            name.append(number(of: names[Int(other.name[k])]))
            mentions.append(other.mentions[k])
        }
        starts.append(UInt32(entity.count))
    }

    /// Entity mentions in article `article`.
    func mentionCount(of article: Int) -> Int {
        var total = 0
        for k in Int(starts[article])..<Int(starts[article + 1]) { total += Int(mentions[k]) }
        return total
    }

    /// The corpus's entity index, articles numbered in order.
    func entityIndex() -> EntityIndex {
        let names = self.names
        var entries = entities.map { EntityIndex.Entry(kind: $0.kind, canonical: $0.canonical, mentions: 0, articles: [], aliases: [:]) }
        for article in 0..<articleCount {
            for k in Int(starts[article])..<Int(starts[article + 1]) {
                let e = Int(entity[k])
                entries[e].mentions += Int(mentions[k])
                if entries[e].articles.last != Int32(article) { entries[e].articles.append(Int32(article)) }
                entries[e].aliases[names[Int(name[k])], default: 0] += Int(mentions[k])
            }
        }
        return EntityIndex(entries: entries.filter { $0.mentions > 0 })
    }

    private mutating func number(of key: EntityIndex.Key) -> UInt32 {
        entityTable.number(of: key, hash: key.asciiHash)
    }

    private mutating func number(of text: String) -> UInt32 {
        nameTable.number(of: text, hash: HashedNumbers.asciiHash(text))
    }

    func write(to writer: inout BinaryWriter) {
        writer.count(entities.count)
        for key in entities {
            writer.byte(key.kind.storeCode)
            writer.string(key.canonical)
        }
        writer.count(names.count)
        for text in names { writer.string(text) }
        writer.uint32s(starts)
        // Facts as varints: most numbers are small.
        writer.count(entity.count)
        for k in 0..<entity.count {
            writer.unsigned(UInt64(entity[k]))
            writer.unsigned(UInt64(name[k]))
            writer.unsigned(UInt64(mentions[k]))
        }
    }

    init(reading reader: inout BinaryReader) throws(StoreError) {
        let entityCount = try reader.count(minimumBytes: 2)
        entityTable.reserveCapacity(entityCount)
        for _ in 0..<entityCount {
            let kind = try EntityMention.Kind(storeCode: reader.byte())
            entityTable.appendRead(EntityIndex.Key(kind: kind, canonical: try reader.string()))
        }
        let nameCount = try reader.count()
        nameTable.reserveCapacity(nameCount)
        for _ in 0..<nameCount { nameTable.appendRead(try reader.string()) }
        starts = try reader.uint32s()
        let factCount = try reader.count(minimumBytes: 3)
        guard !starts.isEmpty, starts[0] == 0, Int(starts[starts.count - 1]) == factCount,
              zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }) else { throw .damaged("article facts out of order") }
        entity.reserveCapacity(factCount)
        name.reserveCapacity(factCount)
        mentions.reserveCapacity(factCount)
        for _ in 0..<factCount {
            let e = try reader.unsigned(), n = try reader.unsigned(), m = try reader.unsigned()
            guard e < UInt64(entities.count), n < UInt64(names.count), m <= UInt64(UInt32.max) else { throw .damaged("bad article fact") }
            entity.append(UInt32(e))
            name.append(UInt32(n))
            mentions.append(UInt32(m))
        }
    }
}

extension EntityMention.Kind {
    var storeCode: UInt8 {
        switch self {
        case .person: return 0
        case .organisation: return 1
        case .place: return 2
        case .group: return 3
        }
    }

    init(storeCode: UInt8) throws(StoreError) {
        switch storeCode {
        case 0: self = .person
        case 1: self = .organisation
        case 2: self = .place
        case 3: self = .group
        default: throw .damaged("unknown entity type \(storeCode)")
        }
    }
}
