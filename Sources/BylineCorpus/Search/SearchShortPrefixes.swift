/// The summed weights (see ``SearchPrefixWeights``) of every one-byte
/// prefix — what typing a single letter asks for — and of the two-byte
/// prefixes whose words have the most postings, made once an index is
/// complete, as SQLite FTS5's prefix index does. `o` then reads one array
/// instead of the union of every word that begins with that letter (a few
/// million postings over 100,000 articles); `oil p` and `oil pr` read the
/// weights of `oil`'s documents only (`pr` words have 359,000 postings).
///
/// Immutable; shared by the copies of an index value until documents are
/// added. Not stored in the cache: made again after reading it.
final class SearchShortPrefixes: Sendable {
    /// The weights of each first byte that some word begins with, by byte.
    private let singles: [UInt8: SearchPrefixWeights]
    /// The weights of the heaviest two-byte prefixes, by their bytes as a
    /// big-endian number.
    private let pairs: [UInt16: SearchPrefixWeights]

    /// How many two-byte prefixes get their weights ready at most: two
    /// bytes a document each (6.4 MB over 100,000 articles).
    static let pairLimit = 32

    /// The weights of `index`'s short prefixes.
    init(of index: SearchIndex) {
        // Word terms begin with a digit, a letter or a UTF-8 lead byte;
        // field terms begin with their tag, below every one of those.
        let bytes = (UInt8(0x30)...UInt8(0xFF)).filter { byte in
            index.segments.contains { !$0.range(prefix: [byte]).isEmpty }
        }
        let made = SearchParallel.map(bytes) { byte in SearchPrefixWeights(prefix: [byte], of: index) }
        singles = Dictionary(uniqueKeysWithValues: zip(bytes, made))
        let heaviest = Self.heaviestPairs(of: index, limit: Self.pairLimit)
        let summed = SearchParallel.map(heaviest) { pair in SearchPrefixWeights(prefix: [UInt8(pair >> 8), UInt8(pair & 0xFF)], of: index) }
        pairs = Dictionary(uniqueKeysWithValues: zip(heaviest, summed))
    }

    /// The two-byte prefixes of words with the most postings, more than
    /// the index has documents (below that a union costs no more than
    /// reading ready weights), at most `limit`, heaviest first.
    static func heaviestPairs(of index: SearchIndex, limit: Int) -> [UInt16] {
        var postings = [Int](repeating: 0, count: 1 << 16)
        for segment in index.segments {
            segment.termBytes.withUnsafeBufferPointer { bytes in
                for term in 0..<segment.termCount {
                    let start = Int(segment.termStarts[term])
                    // Words only: field terms begin with a tag below "0".
                    guard Int(segment.termStarts[term + 1]) - start >= 2, bytes[start] >= 0x30 else { continue }
                    postings[Int(bytes[start]) << 8 | Int(bytes[start + 1])] += Int(segment.frequencies[term])
                }
            }
        }
        let heavy = postings.indices.filter { postings[$0] > index.documentCount }
        return heavy.sorted { (postings[$0], $1) > (postings[$1], $0) }.prefix(limit).map { UInt16($0) }
    }

    /// The summed weights of the words beginning with `prefix` (one or
    /// two bytes), when they are kept.
    func weights(_ prefix: [UInt8]) -> SearchPrefixWeights? {
        switch prefix.count {
        case 1: singles[prefix[0]]
        case 2: pairs[UInt16(prefix[0]) << 8 | UInt16(prefix[1])]
        default: nil
        }
    }

    /// Bytes the lists and weights hold.
    var byteCount: Int {
        singles.values.reduce(0) { $0 + $1.byteCount } + pairs.values.reduce(0) { $0 + $1.byteCount }
    }
}
