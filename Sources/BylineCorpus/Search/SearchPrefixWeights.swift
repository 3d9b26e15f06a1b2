/// The words a two-byte prefix begins taken as one term, ready: each
/// document's weight for them summed (0 where it holds none), and how many
/// documents hold any — what ``SearchIndex/accumulate(_:)`` adds up from
/// their posting lists at every keystroke, kept for the prefixes whose
/// words have the most postings (`pr` begins 359,000 postings over
/// 100,000 articles, in 91,000 of them).
///
/// Two bytes a document: 200 KB a prefix over 100,000 articles.
struct SearchPrefixWeights: Sendable {
    /// Each document's summed weight, by index number.
    let weights: [UInt16]
    /// Number of documents whose weight is not 0.
    let holders: Int

    /// The summed weights of `terms` (term indices of each segment of
    /// `index`); nil when a document's sum does not fit in 16 bits.
    init?(summing terms: [[Int]], of index: SearchIndex) {
        var sums = [UInt32](repeating: 0, count: index.documentCount)
        sums.withUnsafeMutableBufferPointer { sums in
            for (s, segment) in index.segments.enumerated() where !terms[s].isEmpty {
                index.forEachWeight(segment, terms[s]) { doc, weight in sums[doc] += weight }
            }
        }
        var holders = 0
        var weights = [UInt16](repeating: 0, count: sums.count)
        for (doc, sum) in sums.enumerated() where sum > 0 {
            guard sum <= UInt32(UInt16.max) else { return nil }
            weights[doc] = UInt16(sum)
            holders += 1
        }
        self.weights = weights
        self.holders = holders
    }

    /// Bytes held.
    var byteCount: Int { weights.count * 2 }
}
