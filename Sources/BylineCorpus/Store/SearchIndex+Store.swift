extension SearchIndex {
    /// Writes the index: its segments as they are, and the per-document arrays.
    func write(to writer: inout BinaryWriter) {
        writer.count(segments.count)
        for segment in segments {
            writer.count(segment.base)
            writer.count(segment.documentCount)
            writer.blob(segment.termBytes)
            writer.uint32s(segment.termStarts)
            writer.blob(segment.postings)
            writer.uint32s(segment.postingStarts)
            writer.uint32s(segment.frequencies)
            writer.uint32s(segment.lastDocuments)
        }
        writer.int32s(ids.map { Int32(clamping: $0) })
        writer.uint32s(lengths)
        writer.int32s(dates)
        writer.count(totalLength)
    }

    /// Reads an index ``write(to:)`` wrote, checking that its parts agree.
    init(reading reader: inout BinaryReader) throws(StoreError) {
        self.init()
        let segmentCount = try reader.count(minimumBytes: 8)
        var expectedBase = 0
        for _ in 0..<segmentCount {
            let base = try reader.number(), documentCount = try reader.number()
            let termBytes = try reader.blob(), termStarts = try reader.uint32s()
            let postings = try reader.blob(), postingStarts = try reader.uint32s()
            let frequencies = try reader.uint32s(), lastDocuments = try reader.uint32s()
            let terms = frequencies.count
            guard base == expectedBase, termStarts.count == terms + 1, postingStarts.count == terms + 1,
                  lastDocuments.count == terms, termStarts.last.map(Int.init) == termBytes.count,
                  postingStarts.last.map(Int.init) == postings.count,
                  zip(termStarts, termStarts.dropFirst()).allSatisfy({ $0 <= $1 }),
                  zip(postingStarts, postingStarts.dropFirst()).allSatisfy({ $0 <= $1 }),
                  lastDocuments.allSatisfy({ Int($0) < base + documentCount }) else {
                throw .damaged("search index segment")
            }
            segments.append(SearchSegment(base: base, documentCount: documentCount, termBytes: termBytes, termStarts: termStarts,
                                          postings: postings, postingStarts: postingStarts, frequencies: frequencies,
                                          lastDocuments: lastDocuments))
            expectedBase += documentCount
        }
        ids = try reader.int32s().map(Int.init)
        lengths = try reader.uint32s()
        dates = try reader.int32s()
        totalLength = try reader.number()
        guard ids.count == expectedBase, lengths.count == ids.count, dates.count == ids.count,
              ids.allSatisfy({ $0 >= -1 }) else { throw .damaged("search index documents") }
        finishLoading()
    }
}
