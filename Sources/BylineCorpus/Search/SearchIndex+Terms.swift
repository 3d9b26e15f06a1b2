import Foundation

extension SearchIndex {
    /// The documents holding `term`, or with `prefix` any term it begins, scored.
    func termList(_ term: [UInt8], prefix: Bool) -> SearchDocList {
        return cache.list(.term(term, prefix: prefix)) {
            if prefix, let ready = shortPrefixes?.weights(term) { return scored(ready) }
            return accumulate(segments.map { segment -> [Int] in
                if prefix { return Array(segment.range(prefix: term)) }
                return segment.find(term).map { [$0] } ?? []
            })
        }
    }

    /// ``termList(_:prefix:)`` of a prefix, kept to the
    /// documents of `within` (a list the query's result must lie in): the
    /// same scores for those documents, without building the whole union of
    /// the terms it begins; and the whole list's length, which orders a
    /// query's lists as the whole list would. Nil when the prefix begins at
    /// most one term in all (its list is read as it is stored).
    func prefixList(_ prefix: [UInt8], within: SearchDocList) -> (list: SearchDocList, wholeCount: Int)? {
        if let ready = shortPrefixes?.weights(prefix) { return (scored(ready, within: within), ready.holders) }
        let terms = segments.map { Array($0.range(prefix: prefix)) }
        if Self.isOneStoredList(terms) { return nil }
        return accumulate(terms, within: within)
    }

    /// Whether `terms` (by segment) are at most one term in all, whose
    /// stored list is the whole answer.
    private static func isOneStoredList(_ terms: [[Int]]) -> Bool {
        terms.allSatisfy({ $0.count <= 1 }) && terms.filter({ !$0.isEmpty }).count <= 1
    }

    /// The documents with a name of `field` holding `words` next to each
    /// other (the last one a prefix with `prefix`), scored.
    func fieldList(_ field: SearchField, _ words: [String], prefix: Bool) -> SearchDocList {
        let tag = field.tag
        let wanted = words.map { Array($0.utf8) }
        return cache.list(.field(tag, words, prefix: prefix)) {
            accumulate(segments.map { Self.names(in: $0, tag: tag, holding: wanted, lastIsPrefix: prefix) })
        }
    }

    /// The documents dated within `keys` (`yyyymmdd`), scoring 0.
    func dateList(_ keys: ClosedRange<Int32>) -> SearchDocList {
        cache.list(.date(keys)) {
            var list = SearchDocList()
            for (doc, date) in dates.enumerated() where date != 0 && keys.contains(date) {
                list.docs.append(Int32(doc))
                list.scores.append(0)
            }
            return list
        }
    }

    /// The terms of `segment` in field `tag` whose name has `words` in a
    /// row (see ``name(_:holds:lastIsPrefix:)``), in increasing order.
    ///
    /// A field's terms lie side by side in the segment's bytes, each its tag
    /// byte and then its name, and a tag byte is no byte of a word: the
    /// words joined by spaces are looked for in all of them at once (their
    /// first byte by `memchr`), and each place found is checked to be whole
    /// words of one name. A corpus has tens of thousands of names.
    static func names(in segment: SearchSegment, tag: UInt8, holding words: [[UInt8]], lastIsPrefix: Bool) -> [Int] {
        let range = segment.range(prefix: [tag])
        guard !range.isEmpty, !words.isEmpty else { return [] }
        let pattern = Array(words.joined(separator: [0x20]))
        return segment.termBytes.withUnsafeBufferPointer { bytes in
            segment.termStarts.withUnsafeBufferPointer { starts in
                guard let base = bytes.baseAddress, !words.contains(where: \.isEmpty) else {
                    // An empty word: name by name.
                    return range.filter { index in
                        let name = UnsafeBufferPointer(rebasing: bytes[(Int(starts[index]) + 1)..<Int(starts[index + 1])])
                        return Self.name(name, holds: words, lastIsPrefix: lastIsPrefix)
                    }
                }
                let end = Int(starts[range.upperBound])
                var found: [Int] = []
                var term = range.lowerBound
                var at = Int(starts[term])
                pattern.withUnsafeBufferPointer { pattern in
                    while let start = UTF8Search.offset(of: pattern[0], in: bytes, from: at, to: end) {
                        guard start + pattern.count <= end, memcmp(base + start, pattern.baseAddress!, pattern.count) == 0 else {
                            at = start + 1
                            continue
                        }
                        while Int(starts[term + 1]) <= start { term += 1 }
                        let nameStart = Int(starts[term]) + 1, nameEnd = Int(starts[term + 1])
                        let stop = start + pattern.count
                        let isWhole = (start == nameStart || bytes[start - 1] == 0x20)
                            && (lastIsPrefix || stop == nameEnd || bytes[stop] == 0x20)
                        if isWhole {
                            // On to the next name.
                            found.append(term)
                            term += 1
                            at = nameEnd
                        } else {
                            at = start + 1
                        }
                    }
                }
                return found
            }
        }
    }

    /// Whether a folded name (words joined by single spaces) has `words`
    /// in a row, the last one only as a prefix of a name word with `lastIsPrefix`.
    static func name(_ name: UnsafeBufferPointer<UInt8>, holds words: [[UInt8]], lastIsPrefix: Bool) -> Bool {
        guard !words.isEmpty else { return false }
        var start = name.startIndex
        while start < name.endIndex {
            if Self.name(name, from: start, holds: words, lastIsPrefix: lastIsPrefix) { return true }
            // On to the next word of the name.
            guard let space = name[start...].firstIndex(of: 0x20) else { return false }
            start = space + 1
        }
        return false
    }

    /// Whether the name's words from `start` on begin with `words`.
    private static func name(_ name: UnsafeBufferPointer<UInt8>, from start: Int, holds words: [[UInt8]], lastIsPrefix: Bool) -> Bool {
        var i = start
        for (k, word) in words.enumerated() {
            if k > 0 {
                guard i < name.endIndex, name[i] == 0x20 else { return false }
                i += 1
            }
            guard name.endIndex - i >= word.count else { return false }
            for byte in word {
                if name[i] != byte { return false }
                i += 1
            }
            let atWordEnd = i == name.endIndex || name[i] == 0x20
            if !atWordEnd && !(lastIsPrefix && k == words.count - 1) { return false }
        }
        return true
    }

    /// The scored union of the posting lists of the given terms of each
    /// segment (term indices in increasing order, one array per segment).
    ///
    /// Several terms — the words a prefix stands for, the names a field
    /// query matches — score as one: a document's weight is the sum of its
    /// weights for them, and the inverse document frequency is that of the
    /// documents holding any of them. Scoring each term apart would rank a
    /// rare completion ("pri" → "prism", in one article) above the common
    /// one the user is typing ("price").
    func accumulate(_ terms: [[Int]]) -> SearchDocList {
        var postingCount = 0
        for (s, segment) in segments.enumerated() {
            for t in terms[s] { postingCount += Int(segment.frequencies[t]) }
        }
        guard postingCount > 0 else { return SearchDocList() }
        if Self.isOneStoredList(terms) {
            return decode(terms, globalFactors(terms), postingCount)
        }
        var weights = [Float](repeating: 0, count: documentCount)
        weights.withUnsafeMutableBufferPointer { weights in
            for (s, segment) in segments.enumerated() where !terms[s].isEmpty {
                forEachWeight(segment, terms[s]) { doc, weight in weights[doc] += Float(weight) }
            }
        }
        var holders = 0
        for weight in weights where weight > 0 { holders += 1 }
        let factor = SearchScoring.factor(documentFrequency: holders, documentCount: documentCount)
        var list = SearchDocList()
        list.docs.reserveCapacity(holders)
        list.scores.reserveCapacity(holders)
        norms.withUnsafeBufferPointer { norms in
            for (doc, weight) in weights.enumerated() where weight > 0 {
                list.docs.append(Int32(doc))
                list.scores.append(factor * weight / (weight + norms[doc]))
            }
        }
        return list
    }

    /// ``accumulate(_:)`` kept to the documents of `within` (sorted), and
    /// the number of documents the whole list holds. A bit per document
    /// marks those of `within`, and another those reached, whose count is
    /// the document frequency the whole list's scores use. (Raw bit words
    /// rather than ``SearchMatches``, whose checks on every insert made
    /// `oil pri` at 100,000 articles a quarter slower.)
    func accumulate(_ terms: [[Int]], within: SearchDocList) -> (list: SearchDocList, wholeCount: Int) {
        let words = (documentCount + 63) / 64
        var inside = [UInt64](repeating: 0, count: words), reached = [UInt64](repeating: 0, count: words)
        for doc in within.docs { inside[Int(doc) >> 6] |= 1 << UInt64(doc & 63) }
        var weights = [Float](repeating: 0, count: documentCount)
        weights.withUnsafeMutableBufferPointer { weights in
            inside.withUnsafeBufferPointer { inside in
                reached.withUnsafeMutableBufferPointer { reached in
                    for (s, segment) in segments.enumerated() where !terms[s].isEmpty {
                        forEachWeight(segment, terms[s]) { doc, weight in
                            let bit: UInt64 = 1 << UInt64(doc & 63)
                            reached[doc >> 6] |= bit
                            if inside[doc >> 6] & bit != 0 { weights[doc] += Float(weight) }
                        }
                    }
                }
            }
        }
        var holders = 0
        for word in reached { holders += word.nonzeroBitCount }
        let factor = SearchScoring.factor(documentFrequency: holders, documentCount: documentCount)
        var list = SearchDocList()
        norms.withUnsafeBufferPointer { norms in
            for doc in within.docs {
                let weight = weights[Int(doc)]
                guard weight > 0 else { continue }
                list.docs.append(doc)
                list.scores.append(factor * weight / (weight + norms[Int(doc)]))
            }
        }
        return (list, holders)
    }

    /// The scored list of a prefix's ready weights (see
    /// ``SearchPrefixWeights``): what ``accumulate(_:)`` of its words gives
    /// (their weights are whole numbers, which a `Float` adds exactly), or
    /// ``accumulate(_:within:)``'s list when kept to the documents of `within`.
    func scored(_ ready: SearchPrefixWeights, within: SearchDocList? = nil) -> SearchDocList {
        let factor = SearchScoring.factor(documentFrequency: ready.holders, documentCount: documentCount)
        let capacity = within?.count ?? ready.holders
        var list = SearchDocList()
        norms.withUnsafeBufferPointer { norms in
            var count = 0
            list.docs = [Int32](unsafeUninitializedCapacity: capacity) { docs, filled in
                list.scores = [Float](unsafeUninitializedCapacity: capacity) { scores, scored in
                    func add(_ doc: Int) {
                        let summed = ready.weight(doc)
                        guard summed > 0, count < capacity else { return }
                        let weight = Float(summed)
                        docs[count] = Int32(doc)
                        scores[count] = factor * weight / (weight + norms[doc])
                        count += 1
                    }
                    if let within {
                        for doc in within.docs { add(Int(doc)) }
                    } else {
                        for doc in 0..<ready.documentCount { add(doc) }
                    }
                    scored = count
                }
                filled = count
            }
        }
        return list
    }

    /// Calls `body` with each document of the given terms' lists and its weight for that term.
    @inline(__always)
    func forEachWeight(_ segment: SearchSegment, _ terms: [Int], _ body: (Int, UInt32) -> Void) {
        segment.postings.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            for t in terms {
                let start = base + Int(segment.postingStarts[t]), end = base + Int(segment.postingStarts[t + 1])
                SearchPostings.forEach(start, end, after: segment.base - 1, body)
            }
        }
    }

    /// The list of at most one term per segment, decoded in order.
    private func decode(_ terms: [[Int]], _ factors: [[Float]], _ postingCount: Int) -> SearchDocList {
        var list = SearchDocList()
        list.docs.reserveCapacity(postingCount)
        list.scores.reserveCapacity(postingCount)
        for (s, segment) in segments.enumerated() where !terms[s].isEmpty {
            forEachPosting(segment, terms[s], factors[s]) { doc, score in
                list.docs.append(Int32(doc))
                list.scores.append(score)
            }
        }
        return list
    }

    /// Calls `body` with each document of the given terms' lists and its BM25 score for that term.
    @inline(__always)
    private func forEachPosting(_ segment: SearchSegment, _ terms: [Int], _ factors: [Float], _ body: (Int, Float) -> Void) {
        norms.withUnsafeBufferPointer { norms in
            segment.postings.withUnsafeBufferPointer { bytes in
                guard let base = bytes.baseAddress else { return }
                for (k, t) in terms.enumerated() {
                    let factor = factors[k]
                    let start = base + Int(segment.postingStarts[t]), end = base + Int(segment.postingStarts[t + 1])
                    SearchPostings.forEach(start, end, after: segment.base - 1) { doc, weight in
                        let w = Float(weight)
                        body(doc, factor * w / (w + norms[doc]))
                    }
                }
            }
        }
    }

    /// Each listed term's BM25 factor, from its document frequency over all
    /// segments: the segments' lists are merged by term to add up a term
    /// found in several.
    private func globalFactors(_ terms: [[Int]]) -> [[Float]] {
        let n = documentCount
        if segments.count == 1 {
            return [terms[0].map { SearchScoring.factor(documentFrequency: Int(segments[0].frequencies[$0]), documentCount: n) }]
        }
        var factors = terms.map { [Float](repeating: 0, count: $0.count) }
        var cursors = [Int](repeating: 0, count: terms.count)
        var group = [Int]()
        while true {
            var least = -1
            for s in terms.indices where cursors[s] < terms[s].count {
                if least < 0 || SearchSegment.compare(segments[s], terms[s][cursors[s]], segments[least], terms[least][cursors[least]]) < 0 {
                    least = s
                }
            }
            guard least >= 0 else { break }
            group.removeAll(keepingCapacity: true)
            var frequency = 0
            for s in terms.indices where cursors[s] < terms[s].count
                && SearchSegment.compare(segments[s], terms[s][cursors[s]], segments[least], terms[least][cursors[least]]) == 0 {
                group.append(s)
                frequency += Int(segments[s].frequencies[terms[s][cursors[s]]])
            }
            let factor = SearchScoring.factor(documentFrequency: frequency, documentCount: n)
            for s in group {
                factors[s][cursors[s]] = factor
                cursors[s] += 1
            }
        }
        return factors
    }
}
