/// The scored documents of every one-byte prefix — what typing a single
/// letter asks for — made once an index is complete, as SQLite FTS5's
/// prefix index does. `o`, or `oil p`, then reads one ready list instead
/// of the union of every word that begins with that letter (a few million
/// postings over 100,000 articles).
///
/// Immutable; shared by the copies of an index value until documents are
/// added. Not stored in the cache: made again after reading it.
final class SearchShortPrefixes: Sendable {
    /// The list of each first byte that some word begins with, by byte.
    private let lists: [UInt8: SearchDocList]

    /// The lists of `index`, each computed as a prefix query would.
    init(of index: SearchIndex) {
        // Word terms begin with a digit, a letter or a UTF-8 lead byte;
        // field terms begin with their tag, below every one of those.
        let bytes = (UInt8(0x30)...UInt8(0xFF)).filter { byte in
            index.segments.contains { !$0.range(prefix: [byte]).isEmpty }
        }
        let made = SearchParallel.map(bytes) { byte in
            index.accumulate(index.segments.map { Array($0.range(prefix: [byte])) })
        }
        lists = Dictionary(uniqueKeysWithValues: zip(bytes, made))
    }

    /// The documents of the words beginning with `byte`, scored; nil when
    /// no word does.
    func list(_ byte: UInt8) -> SearchDocList? { lists[byte] }

    /// Bytes the lists hold.
    var byteCount: Int { lists.values.reduce(0) { $0 + $1.byteCount } }
}
