import Synchronization
import Testing
@testable import BylineCorpus

@Suite struct IndexingQueueTests {
    /// Documents with words that several of them share, so that ranking
    /// depends on every batch having gone in, and in order.
    func batches() -> [[SearchDocument]] {
        let words = ["oil", "price", "bank", "strike", "vote", "match", "film", "chip"]
        var documents: [SearchDocument] = []
        for id in 0..<1_300 {
            let body = (0..<(id % 7 + 1)).map { words[(id * 3 + $0 * 5) % words.count] }.joined(separator: " ")
            documents.append(searchDocument(id, words[id % words.count], body))
        }
        return stride(from: 0, to: documents.count, by: 97).map { Array(documents[$0..<min($0 + 97, documents.count)]) }
    }

    @Test func indexesWhatWasQueuedAsAddingInOrderWould() {
        var direct = SearchIndex()
        for batch in batches() { direct.add(batch) }
        let heard = Mutex<[Int]>([])
        let queue = IndexingQueue(waiting: 2) { index in heard.withLock { $0.append(index.documentCount) } }
        for batch in batches() { queue.add(batch) }
        let queued = queue.finish()

        #expect(queued.documentCount == direct.documentCount)
        for query in ["oil", "price bank", "strike vote", "f", "chip !film"] {
            let a = queued.search(SearchQuery(parsing: query), limit: 50) { _ in nil }
            let b = direct.search(SearchQuery(parsing: query), limit: 50) { _ in nil }
            #expect(a.hits.map(\.id) == b.hits.map(\.id), "\(query)")
            #expect(a.matches.sortedIDs == b.matches.sortedIDs, "\(query)")
        }
        // One report per batch, each after that batch was added.
        let counts = batches().reduce(into: [Int]()) { $0.append(($0.last ?? 0) + $1.count) }
        #expect(heard.withLock { $0 } == counts)
    }

    @Test func anEmptyBatchIsNotReported() {
        let heard = Mutex(0)
        let queue = IndexingQueue { _ in heard.withLock { $0 += 1 } }
        queue.add([])
        #expect(queue.finish().documentCount == 0)
        #expect(heard.withLock { $0 } == 0)
    }
}
