import Foundation

extension SearchSegment {
    /// One segment holding the documents of `first` then `second`, which
    /// must follow it (`second.base == first.base + first.documentCount`).
    ///
    /// The dictionaries merge in one sorted pass; posting lists are copied
    /// as bytes, only the first posting of `second`'s list re-encoded
    /// against the last document of `first`'s.
    static func merged(_ first: SearchSegment, _ second: SearchSegment) -> SearchSegment {
        var writer = SegmentWriter(first, second, extraPostingBytes: 4 * second.termCount)
        /// Appends `second`'s list for term `j`, its first gap counted from `previous`.
        func appendSecond(_ j: Int, after previous: Int) {
            let list = second.postingList(j)
            let head = SearchPostings.first(list)
            let doc = second.base + Int(head.gap)
            SearchPostings.append(gap: UInt32(doc - previous - 1), weight: head.weight, to: &writer.postings)
            writer.postings.append(contentsOf: list[head.rest...])
        }
        walkTerms(first, second) { i, j in
            if let i {
                writer.termBytes.append(contentsOf: first.term(i))
                writer.postings.append(contentsOf: first.postingList(i))
                var frequency = first.frequencies[i], last = first.lastDocuments[i]
                if let j {
                    appendSecond(j, after: Int(last))
                    frequency += second.frequencies[j]
                    last = second.lastDocuments[j]
                }
                writer.endTerm(frequency: frequency, lastDocument: last)
            } else if let j {
                writer.termBytes.append(contentsOf: second.term(j))
                appendSecond(j, after: first.base - 1)
                writer.endTerm(frequency: second.frequencies[j], lastDocument: second.lastDocuments[j])
            }
        }
        return writer.segment(base: first.base, documentCount: first.documentCount + second.documentCount)
    }

    /// One segment holding the terms of both `first` and `second`, which
    /// cover the same documents (same base and count) with different terms —
    /// an article's words, and the names the analysis found in it. Posting
    /// lists are copied as they are; a term in both keeps `first`'s list.
    static func combined(_ first: SearchSegment, _ second: SearchSegment) -> SearchSegment {
        precondition(first.base == second.base && first.documentCount == second.documentCount)
        var writer = SegmentWriter(first, second, extraPostingBytes: 0)
        walkTerms(first, second) { i, j in
            let (segment, term) = i.map { (first, $0) } ?? (second, j!)
            writer.termBytes.append(contentsOf: segment.term(term))
            writer.postings.append(contentsOf: segment.postingList(term))
            writer.endTerm(frequency: segment.frequencies[term], lastDocument: segment.lastDocuments[term])
        }
        return writer.segment(base: first.base, documentCount: first.documentCount)
    }

    /// Calls `body` for each term of the two dictionaries in sorted order:
    /// with its index in `first`, in `second`, or in both when they share it.
    private static func walkTerms(_ first: SearchSegment, _ second: SearchSegment, _ body: (Int?, Int?) -> Void) {
        var i = 0, j = 0
        while i < first.termCount || j < second.termCount {
            let order: Int
            if i == first.termCount { order = 1 } else if j == second.termCount { order = -1 } else {
                order = Self.compare(first, i, second, j)
            }
            switch order {
            case 0:
                body(i, j)
                i += 1
                j += 1
            case ..<0:
                body(i, nil)
                i += 1
            default:
                body(nil, j)
                j += 1
            }
        }
    }

    /// Whether two segments together stay within the 32-bit offsets of the layout.
    static func canMerge(_ first: SearchSegment, _ second: SearchSegment) -> Bool {
        first.postings.count + second.postings.count + 8 * second.termCount < Int(UInt32.max)
            && first.termBytes.count + second.termBytes.count < Int(UInt32.max)
    }

    /// Term `i` of `a` against term `j` of `b`, by bytes: -1, 0 or 1.
    static func compare(_ a: SearchSegment, _ i: Int, _ b: SearchSegment, _ j: Int) -> Int {
        let x = a.term(i), y = b.term(j)
        let common = min(x.count, y.count)
        let order = x.withUnsafeBufferPointer { x in
            y.withUnsafeBufferPointer { y in
                guard common > 0, let p = x.baseAddress, let q = y.baseAddress else { return Int32(0) }
                return memcmp(p, q, common)
            }
        }
        if order != 0 { return order < 0 ? -1 : 1 }
        return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
    }
}

/// The arrays of a segment being written term by term, in sorted order.
private struct SegmentWriter {
    var termBytes = [UInt8](), termStarts: [UInt32] = [0], postings = [UInt8](), postingStarts: [UInt32] = [0]
    var frequencies = [UInt32](), lastDocuments = [UInt32]()

    /// Room for the terms and postings of two segments.
    init(_ first: SearchSegment, _ second: SearchSegment, extraPostingBytes: Int) {
        let capacity = first.termCount + second.termCount
        termBytes.reserveCapacity(first.termBytes.count + second.termBytes.count)
        termStarts.reserveCapacity(capacity + 1)
        postingStarts.reserveCapacity(capacity + 1)
        frequencies.reserveCapacity(capacity)
        lastDocuments.reserveCapacity(capacity)
        postings.reserveCapacity(first.postings.count + second.postings.count + extraPostingBytes)
    }

    /// Closes the term whose bytes and postings were just appended.
    mutating func endTerm(frequency: UInt32, lastDocument: UInt32) {
        frequencies.append(frequency)
        lastDocuments.append(lastDocument)
        termStarts.append(UInt32(termBytes.count))
        postingStarts.append(UInt32(postings.count))
    }

    func segment(base: Int, documentCount: Int) -> SearchSegment {
        SearchSegment(base: base, documentCount: documentCount, termBytes: termBytes, termStarts: termStarts, postings: postings,
                      postingStarts: postingStarts, frequencies: frequencies, lastDocuments: lastDocuments)
    }
}
