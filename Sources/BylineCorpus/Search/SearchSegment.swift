import Foundation

/// An immutable slice of the index: the documents `base ..< base + documentCount`,
/// a sorted term dictionary, and one compressed posting list per term.
///
/// Layout (no object per term): all terms' UTF-8 in one array, sorted by
/// bytes, with their start offsets; posting lists one after another in one
/// byte array (see ``SearchPostings``) with their start offsets; and per
/// term its document frequency and last document (which lets two segments
/// merge by copying bytes). Words are folded (``SearchTokenizer``); field
/// terms are a tag byte (``SearchField/tag``) and the name's folded words
/// joined by spaces. About 16 bytes per term plus the bytes themselves.
final class SearchSegment: Sendable {
    /// Index number of the first document.
    let base: Int
    let documentCount: Int
    let termBytes: [UInt8]
    /// `termCount + 1` offsets into `termBytes`.
    let termStarts: [UInt32]
    let postings: [UInt8]
    /// `termCount + 1` offsets into `postings`.
    let postingStarts: [UInt32]
    /// Number of documents holding each term.
    let frequencies: [UInt32]
    /// Index number of the last document holding each term.
    let lastDocuments: [UInt32]

    init(base: Int, documentCount: Int, termBytes: [UInt8], termStarts: [UInt32], postings: [UInt8],
         postingStarts: [UInt32], frequencies: [UInt32], lastDocuments: [UInt32]) {
        self.base = base
        self.documentCount = documentCount
        self.termBytes = termBytes
        self.termStarts = termStarts
        self.postings = postings
        self.postingStarts = postingStarts
        self.frequencies = frequencies
        self.lastDocuments = lastDocuments
    }

    var termCount: Int { frequencies.count }

    /// Bytes held, for memory reports.
    var byteCount: Int {
        termBytes.count + postings.count + 4 * (termStarts.count + postingStarts.count + frequencies.count + lastDocuments.count)
    }

    /// Term `index`'s bytes.
    func term(_ index: Int) -> ArraySlice<UInt8> {
        termBytes[Int(termStarts[index])..<Int(termStarts[index + 1])]
    }

    /// Term `index`'s posting list.
    func postingList(_ index: Int) -> ArraySlice<UInt8> {
        postings[Int(postingStarts[index])..<Int(postingStarts[index + 1])]
    }

    /// The index of `term`, if the segment has it.
    func find(_ term: [UInt8]) -> Int? {
        let index = lowerBound(term, prefix: false)
        guard index < termCount, compare(index, term) == 0 else { return nil }
        return index
    }

    /// The indices of the terms that begin with `prefix`.
    func range(prefix: [UInt8]) -> Range<Int> {
        lowerBound(prefix, prefix: false)..<lowerBound(prefix, prefix: true)
    }

    /// First term not below `key` — or, with `prefix`, first term above every term beginning with `key`.
    private func lowerBound(_ key: [UInt8], prefix: Bool) -> Int {
        var low = 0, high = termCount
        while low < high {
            let mid = (low + high) / 2
            let order = compare(mid, key)
            if order < 0 || (prefix && order != 1) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Term `index` against `key`: -1 below, 0 equal, 1 above, 2 above but beginning with `key`.
    func compare(_ index: Int, _ key: [UInt8]) -> Int {
        let start = Int(termStarts[index]), end = Int(termStarts[index + 1])
        let length = end - start
        let common = min(length, key.count)
        let order = termBytes.withUnsafeBufferPointer { terms in
            key.withUnsafeBufferPointer { key in
                guard common > 0, let t = terms.baseAddress, let k = key.baseAddress else { return Int32(0) }
                return memcmp(t + start, k, common)
            }
        }
        if order != 0 { return order < 0 ? -1 : 1 }
        if length == key.count { return 0 }
        return length < key.count ? -1 : 2
    }
}
