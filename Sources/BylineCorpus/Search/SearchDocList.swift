/// Documents (index numbers, increasing) with their scores: what a clause,
/// and then the whole query, matches.
struct SearchDocList: Sendable {
    var docs: [Int32] = []
    var scores: [Float] = []

    var count: Int { docs.count }
    var isEmpty: Bool { docs.isEmpty }

    /// Bytes held, for the cache's budget.
    var byteCount: Int { docs.count * 8 }

    /// Every document of an index of `count`, scoring 0.
    static func all(_ count: Int) -> SearchDocList {
        SearchDocList(docs: Array(0..<Int32(count)), scores: [Float](repeating: 0, count: count))
    }

    /// The documents in both lists, their scores summed.
    func intersection(_ other: SearchDocList) -> SearchDocList {
        let (small, large) = count <= other.count ? (self, other) : (other, self)
        var result = SearchDocList()
        result.docs.reserveCapacity(small.count)
        result.scores.reserveCapacity(small.count)
        var j = 0
        let gallop = large.count > 16 * small.count
        for i in 0..<small.count {
            let doc = small.docs[i]
            if gallop {
                j = Self.lowerBound(large.docs, doc, from: j)
            } else {
                while j < large.count && large.docs[j] < doc { j += 1 }
            }
            if j == large.count { break }
            if large.docs[j] == doc {
                result.docs.append(doc)
                result.scores.append(small.scores[i] + large.scores[j])
            }
        }
        return result
    }

    /// The documents of this list not in `other`.
    func subtracting(_ other: SearchDocList) -> SearchDocList {
        var result = SearchDocList()
        var j = 0
        for i in 0..<count {
            let doc = docs[i]
            j = Self.lowerBound(other.docs, doc, from: j)
            if j < other.count && other.docs[j] == doc { continue }
            result.docs.append(doc)
            result.scores.append(scores[i])
        }
        return result
    }

    /// The documents for which `keep` is true.
    func filter(_ keep: (Int32) -> Bool) -> SearchDocList {
        var result = SearchDocList()
        for i in 0..<count where keep(docs[i]) {
            result.docs.append(docs[i])
            result.scores.append(scores[i])
        }
        return result
    }

    /// First index at or after `start` whose document is not below `doc` (galloping).
    static func lowerBound(_ docs: [Int32], _ doc: Int32, from start: Int) -> Int {
        var low = start, step = 1
        var high = start
        while high < docs.count && docs[high] < doc {
            low = high + 1
            high += step
            step <<= 1
        }
        high = min(high, docs.count)
        while low < high {
            let mid = (low + high) / 2
            if docs[mid] < doc { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
