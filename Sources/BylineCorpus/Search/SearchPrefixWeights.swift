/// The words a short prefix begins taken as one term, ready: each
/// document's weight for them summed (0 where it holds none), and how many
/// documents hold any — what ``SearchIndex/accumulate(_:)`` adds up from
/// their posting lists at every keystroke, kept for every one-byte prefix
/// and for the two-byte prefixes whose words have the most postings (`pr`
/// begins 359,000 postings over 100,000 articles, in 91,000 of them).
///
/// Two bytes a document: 200 KB a prefix over 100,000 articles. A sum of
/// 65,535 or more (a document of thousands of words beginning with the
/// prefix) is kept apart, exactly.
struct SearchPrefixWeights: Sendable {
    /// Each document's summed weight by index number, `UInt16.max` for one
    /// kept in `large`.
    private let weights: [UInt16]
    /// The sums too large for two bytes, by document.
    private let large: [Int32: UInt32]
    /// Number of documents whose weight is not 0.
    let holders: Int

    /// The summed weights of `terms` (term indices of each segment of `index`).
    init(summing terms: [[Int]], of index: SearchIndex) {
        var sums = [UInt32](repeating: 0, count: index.documentCount)
        sums.withUnsafeMutableBufferPointer { sums in
            for (s, segment) in index.segments.enumerated() where !terms[s].isEmpty {
                index.forEachWeight(segment, terms[s]) { doc, weight in sums[doc] += weight }
            }
        }
        var holders = 0
        var large: [Int32: UInt32] = [:]
        var weights = [UInt16](repeating: 0, count: sums.count)
        for (doc, sum) in sums.enumerated() where sum > 0 {
            if sum >= UInt32(UInt16.max) { large[Int32(doc)] = sum }
            weights[doc] = UInt16(min(sum, UInt32(UInt16.max)))
            holders += 1
        }
        self.weights = weights
        self.large = large
        self.holders = holders
    }

    /// The summed weights of the words of `index` beginning with `prefix`.
    init(prefix: [UInt8], of index: SearchIndex) {
        self.init(summing: index.segments.map { Array($0.range(prefix: prefix)) }, of: index)
    }

    /// Number of documents covered (the index's, when made).
    var documentCount: Int { weights.count }

    /// Document `doc`'s summed weight (0 when it holds none of the words).
    @inline(__always)
    func weight(_ doc: Int) -> UInt32 {
        let weight = weights[doc]
        return weight == UInt16.max ? large[Int32(doc)] ?? UInt32(weight) : UInt32(weight)
    }

    /// Bytes held.
    var byteCount: Int { weights.count * 2 + large.count * 16 }
}
