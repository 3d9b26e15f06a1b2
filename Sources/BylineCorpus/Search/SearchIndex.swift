import Foundation

/// An in-memory inverted index over articles, for search as you type.
///
/// A value: copies share their (immutable) segments, so the UI can query
/// one version while a loader adds documents to the next; every method is
/// safe to call from any thread.
///
/// **Layout.** Documents get index numbers in the order added; the index
/// keeps, per document, its caller id, its BM25 length normalisation and
/// its date, and a list of ``SearchSegment``s — each a sorted term
/// dictionary (terms as bytes in one array) with delta/varint-compressed
/// posting lists (document gaps and weights, no positions), about 1.7
/// bytes per distinct word of a document: 35 MB for 100,000 news articles
/// (226 MB of text).
///
/// **Adding.** ``add(_:)`` tokenizes its batch on all cores, a segment per
/// chunk, then merges segments like a binary counter (a segment is merged
/// into the one before it while that one is not bigger), so there are
/// about log₂(batches) segments and each document is copied
/// O(log batches) times; merging copies posting bytes. The index is
/// queryable between batches. ``optimize()`` merges everything into one
/// segment once loading ends (queries over one segment are the fastest).
///
/// **Queries.** A term's documents are its posting list; a prefix's the
/// union of the lists of its terms (a binary-searched range of the
/// dictionary), accumulated into a dense score array. Lists of recent
/// clauses are cached, so each keystroke mostly computes only its last
/// word. Phrases are checked against the documents' text (see
/// ``search(_:limit:phraseBudget:text:)``) rather than stored positions,
/// which would more than double the index (38 M positions for 100,000
/// articles).
public struct SearchIndex: Sendable {
    var segments: [SearchSegment] = []
    /// The caller's id of each document, by index number.
    var ids: [Int] = []
    /// Weighted length of each document.
    var lengths: [UInt32] = []
    /// BM25 length normalisation of each document (see ``SearchScoring``).
    var norms: [Float] = []
    /// Date of each document as `yyyymmdd`, 0 for none.
    var dates: [Int32] = []
    var totalLength = 0
    /// One above the largest id indexed.
    var idLimit = 0
    /// Every document's id.
    var all = SearchMatches()
    /// True when some documents were left out by ``renumbered(_:)`` (their id is -1).
    var hasRemovedDocuments = false
    var cache = SearchCache()
    /// Ready lists of the one-letter prefixes, once the index is complete
    /// (see ``prepareShortPrefixes()``); nil while documents are added.
    var shortPrefixes: SearchShortPrefixes?

    /// Documents per segment built in one go.
    static let chunkSize = 4096

    /// An empty index.
    public init() {}

    /// Number of documents indexed.
    public var documentCount: Int { ids.count }

    /// Bytes the index holds (segments and per-document arrays; not the cache).
    public var byteCount: Int {
        segments.reduce(0) { $0 + $1.byteCount } + ids.count * (8 + 4 + 4 + 4) + idLimit / 8 + (shortPrefixes?.byteCount ?? 0)
    }

    /// Number of segments (1 after ``optimize()``).
    public var segmentCount: Int { segments.count }

    /// Adds a batch of documents, after those already indexed. Documents
    /// whose id is outside `0 ..< Int(Int32.max)` are skipped; ids must be
    /// unique.
    public mutating func add(_ documents: [SearchDocument]) {
        let documents = documents.filter { $0.id >= 0 && $0.id < Int(Int32.max) }
        guard !documents.isEmpty else { return }
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = min(Self.chunkSize, max(256, (documents.count + cores - 1) / cores))
        let chunks = stride(from: 0, to: documents.count, by: chunk).map { $0..<min($0 + chunk, documents.count) }
        let base = documentCount
        let built = SearchParallel.map(chunks) { range -> (SearchSegment, [UInt32]) in
            var builder = SearchSegmentBuilder()
            for document in documents[range] { builder.add(document) }
            return (builder.build(base: base + range.lowerBound), builder.lengths)
        }
        for (segment, segmentLengths) in built {
            lengths.append(contentsOf: segmentLengths)
            push(segment)
        }
        let removedBefore = hasRemovedDocuments
        for document in documents {
            ids.append(document.id)
            dates.append(SearchDateRange.key(document.date))
            all.insert(document.id)
            idLimit = max(idLimit, document.id + 1)
        }
        hasRemovedDocuments = removedBefore
        totalLength = lengths[(lengths.count - documents.count)...].reduce(totalLength) { $0 + Int($1) }
        updateNorms()
        cache = SearchCache()
        shortPrefixes = nil
    }

    /// Makes the lists of the one-letter prefixes, for an index to which no
    /// more documents are added (done on opening from the cache and once
    /// the analysis is indexed): a query ending in a single letter then
    /// costs what a whole word does.
    public mutating func prepareShortPrefixes() {
        shortPrefixes = nil
        shortPrefixes = SearchShortPrefixes(of: self)
    }

    private mutating func updateNorms() {
        let average = Float(Double(totalLength) / Double(max(documentCount, 1)))
        norms = lengths.map { SearchScoring.norm(length: $0, averageLength: average) }
    }

    /// Derives what is not stored (norms, the set of ids) after reading.
    mutating func finishLoading() {
        all = SearchMatches(capacity: ids.max().map { $0 + 1 } ?? 0)
        idLimit = 0
        for id in ids where id >= 0 {
            all.insert(id)
            idLimit = max(idLimit, id + 1)
        }
        hasRemovedDocuments = ids.contains(-1)
        updateNorms()
        cache = SearchCache()
        // Renumbering keeps the documents' order, so the lists stay right.
        if shortPrefixes == nil { prepareShortPrefixes() }
    }

    /// The same index with its documents given new ids: `newID(old)`, or
    /// nil for a document to leave out (it stays in the segments but no
    /// query finds it). For a corpus that changed since it was indexed.
    public func renumbered(_ newID: (Int) -> Int?) -> SearchIndex {
        var copy = self
        copy.ids = ids.map { $0 >= 0 ? newID($0) ?? -1 : -1 }
        copy.finishLoading()
        return copy
    }

    /// Forgets the clause lists, phrase checks and results remembered
    /// between queries (a few megabytes at most), in this value only.
    public mutating func discardCache() {
        cache = SearchCache()
    }

    /// This index with the terms of `fields` added: an index of the same
    /// documents, in the same order, holding other terms (the names the
    /// analysis found, indexed after the text). Both are merged into one
    /// segment each first; the lengths, dates and ids stay this index's.
    /// Nil when the two do not cover the same documents.
    public func addingTerms(of fields: SearchIndex) -> SearchIndex? {
        var text = self, names = fields
        text.optimize()
        names.optimize()
        guard text.documentCount == names.documentCount else { return nil }
        guard let first = text.segments.first, let second = names.segments.first else { return text }
        guard text.segments.count == 1, names.segments.count == 1, SearchSegment.canMerge(first, second) else { return nil }
        text.segments = [SearchSegment.combined(first, second)]
        text.cache = SearchCache()
        text.prepareShortPrefixes()
        return text
    }

    /// Merges all segments into one: call once loading is done.
    public mutating func optimize() {
        while segments.count > 1 {
            let last = segments.removeLast()
            guard let previous = segments.popLast(), SearchSegment.canMerge(previous, last) else {
                segments.append(last)
                return
            }
            segments.append(SearchSegment.merged(previous, last))
        }
    }

    /// Appends `segment`, merging while the one before is not bigger.
    private mutating func push(_ segment: SearchSegment) {
        segments.append(segment)
        while segments.count >= 2 {
            let last = segments[segments.count - 1], previous = segments[segments.count - 2]
            guard previous.documentCount <= last.documentCount, SearchSegment.canMerge(previous, last) else { return }
            segments.removeLast(2)
            segments.append(SearchSegment.merged(previous, last))
        }
    }
}
