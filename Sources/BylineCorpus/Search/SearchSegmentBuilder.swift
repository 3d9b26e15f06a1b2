import Foundation

/// Builds one ``SearchSegment`` from documents added in order.
///
/// Each document is tokenized once; its terms' weights are summed in an
/// array indexed by term id, then one (term, document, weight) posting per
/// distinct term is appended. `build` sorts the terms, buckets the postings
/// by term (a counting sort, so documents stay in order) and encodes them.
struct SearchSegmentBuilder {
    private var table = SearchTermTable()
    /// Weight of each term in the current document (0 when absent).
    private var weights: [UInt32] = []
    private var touched: [Int32] = []
    private var postingTerms: [UInt32] = []
    /// Local document number << 8 | weight.
    private var postingValues: [UInt32] = []
    /// Weighted length of each document added.
    private(set) var lengths: [UInt32] = []

    var documentCount: Int { lengths.count }

    /// Adds `document` as the next document of the segment.
    mutating func add(_ document: SearchDocument) {
        var length: UInt32 = 0
        var title = document.title
        title.withUTF8 { length &+= countWords($0, weight: SearchScoring.titleBoost) }
        var body = document.body
        body.withUTF8 { length &+= countWords($0, weight: 1) }
        for entity in document.entities { countField(SearchField(entity.kind), entity.canonical) }
        for speaker in document.speakers { countField(.speaker, speaker) }
        if let source = document.source { countField(.source, source) }
        if let folder = document.folder { countField(.source, folder) }

        let doc = UInt32(lengths.count)
        for id in touched {
            postingTerms.append(UInt32(id))
            postingValues.append(doc << 8 | min(weights[Int(id)], 255))
            weights[Int(id)] = 0
        }
        touched.removeAll(keepingCapacity: true)
        lengths.append(length)
    }

    /// Counts the words of `text`; returns their number times `weight`.
    private mutating func countWords(_ text: UnsafeBufferPointer<UInt8>, weight: UInt32) -> UInt32 {
        var words: UInt32 = 0
        SearchTokenizer.forEachToken(in: text) { term, _ in
            count(term, weight)
            words &+= weight
            return true
        }
        return words
    }

    /// Counts a name of `field`: its tag, then its folded words joined by spaces.
    /// The words stop once the term reaches `4 * maxTermBytes` bytes, so a
    /// term has at most that, a space and one more word after its tag.
    private mutating func countField(_ field: SearchField, _ name: String) {
        var name = name
        let capacity = 1 + 4 * SearchTokenizer.maxTermBytes + 1 + SearchTokenizer.maxTermBytes
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { bytes in
            guard let out = bytes.baseAddress else { return }
            out[0] = field.tag
            var length = 1
            name.withUTF8 { text in
                SearchTokenizer.forEachToken(in: text) { term, _ in
                    if length > 1 {
                        out[length] = 0x20
                        length += 1
                    }
                    (out + length).update(from: term.baseAddress!, count: term.count)
                    length += term.count
                    return length < 4 * SearchTokenizer.maxTermBytes
                }
            }
            guard length > 1 else { return }
            count(UnsafeBufferPointer(start: out, count: length), 1)
        }
    }

    @inline(__always)
    private mutating func count(_ term: UnsafeBufferPointer<UInt8>, _ weight: UInt32) {
        let id = table.id(of: term)
        if id == weights.count { weights.append(0) }
        if weights[id] == 0 { touched.append(Int32(id)) }
        weights[id] &+= weight
    }

    /// The segment of the documents added, numbered from `base`.
    func build(base: Int) -> SearchSegment {
        let termCount = table.count
        let arena = table.arena, starts = table.starts
        var order = [Int32](0..<Int32(termCount))
        arena.withUnsafeBufferPointer { bytes in
            guard let p = bytes.baseAddress else { return }
            order.sort { x, y in
                let xs = Int(starts[Int(x)]), xe = Int(starts[Int(x) + 1])
                let ys = Int(starts[Int(y)]), ye = Int(starts[Int(y) + 1])
                let order = memcmp(p + xs, p + ys, min(xe - xs, ye - ys))
                return order != 0 ? order < 0 : xe - xs < ye - ys
            }
        }
        var rank = [Int32](repeating: 0, count: termCount)
        for (r, id) in order.enumerated() { rank[Int(id)] = Int32(r) }

        // Bucket the postings by term rank, documents staying in order.
        var bucketStarts = [Int](repeating: 0, count: termCount + 1)
        for term in postingTerms { bucketStarts[Int(rank[Int(term)]) + 1] += 1 }
        for r in 0..<termCount { bucketStarts[r + 1] += bucketStarts[r] }
        var cursor = bucketStarts
        var sorted = [UInt32](repeating: 0, count: postingValues.count)
        for k in 0..<postingValues.count {
            let r = Int(rank[Int(postingTerms[k])])
            sorted[cursor[r]] = postingValues[k]
            cursor[r] += 1
        }

        var termBytes = [UInt8](), termStarts = [UInt32](), postings = [UInt8](), postingStarts = [UInt32]()
        var frequencies = [UInt32](), lastDocuments = [UInt32]()
        termBytes.reserveCapacity(arena.count)
        termStarts.reserveCapacity(termCount + 1)
        postingStarts.reserveCapacity(termCount + 1)
        frequencies.reserveCapacity(termCount)
        lastDocuments.reserveCapacity(termCount)
        postings.reserveCapacity(sorted.count * 2)
        termStarts.append(0)
        postingStarts.append(0)
        for r in 0..<termCount {
            let id = Int(order[r])
            termBytes.append(contentsOf: arena[Int(starts[id])..<Int(starts[id + 1])])
            termStarts.append(UInt32(termBytes.count))
            var previous: Int64 = -1
            for k in bucketStarts[r]..<bucketStarts[r + 1] {
                let doc = Int64(sorted[k] >> 8)
                SearchPostings.append(gap: UInt32(doc - previous - 1), weight: sorted[k] & 0xFF, to: &postings)
                previous = doc
            }
            postingStarts.append(UInt32(postings.count))
            frequencies.append(UInt32(bucketStarts[r + 1] - bucketStarts[r]))
            lastDocuments.append(UInt32(base + Int(previous)))
        }
        return SearchSegment(base: base, documentCount: documentCount, termBytes: termBytes, termStarts: termStarts,
                             postings: postings, postingStarts: postingStarts, frequencies: frequencies,
                             lastDocuments: lastDocuments)
    }
}
