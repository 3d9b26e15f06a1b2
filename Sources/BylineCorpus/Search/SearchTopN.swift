/// Picks the best hits of a document list with a bounded heap: O(n log k).
enum SearchTopN {
    /// The `limit` best documents of `list` by score, then by caller id, best first.
    static func select(_ list: SearchDocList, ids: [Int], limit: Int) -> [SearchHit] {
        best(list.count, limit: limit) { SearchHit(id: ids[Int(list.docs[$0])], score: list.scores[$0]) }
            .map { SearchHit(id: ids[Int(list.docs[$0])], score: list.scores[$0]) }
    }

    /// The positions in `0 ..< count` of the `limit` best hits, best first.
    static func best(_ count: Int, limit: Int, hit: (Int) -> SearchHit) -> [Int] {
        guard limit > 0, count > 0 else { return [] }
        // A heap with the worst kept hit on top.
        var heap = [(hit: SearchHit, position: Int)]()
        heap.reserveCapacity(min(limit, count))
        for position in 0..<count {
            let candidate = hit(position)
            if heap.count < limit {
                heap.append((candidate, position))
                siftUp(&heap, heap.count - 1)
            } else if better(candidate, heap[0].hit) {
                heap[0] = (candidate, position)
                siftDown(&heap, 0)
            }
        }
        // Taken off the heap worst first, the kept hits fill the result from its end.
        var positions = [Int](repeating: 0, count: heap.count)
        for slot in positions.indices.reversed() {
            positions[slot] = heap[0].position
            heap[0] = heap[heap.count - 1]
            heap.removeLast()
            siftDown(&heap, 0)
        }
        return positions
    }

    /// Whether `a` ranks before `b`: higher score, or the same score and a lower id.
    @inline(__always)
    static func better(_ a: SearchHit, _ b: SearchHit) -> Bool {
        a.score != b.score ? a.score > b.score : a.id < b.id
    }

    private static func siftUp(_ heap: inout [(hit: SearchHit, position: Int)], _ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard better(heap[parent].hit, heap[child].hit) else { return }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    private static func siftDown(_ heap: inout [(hit: SearchHit, position: Int)], _ start: Int) {
        var parent = start
        while true {
            var worst = parent
            let left = 2 * parent + 1, right = left + 1
            if left < heap.count && better(heap[worst].hit, heap[left].hit) { worst = left }
            if right < heap.count && better(heap[worst].hit, heap[right].hit) { worst = right }
            guard worst != parent else { return }
            heap.swapAt(parent, worst)
            parent = worst
        }
    }
}
