import Dispatch

/// Adds batches of documents to a search index on a thread of its own, in
/// the order given, so that the thread reading the corpus goes on with the
/// next batch while one is indexed. At most `waiting` batches wait their
/// turn; `add` blocks beyond that, which bounds the text held in memory.
final class IndexingQueue: @unchecked Sendable {
    // `index` is only touched on `queue`.
    private var index: SearchIndex
    private let queue = DispatchQueue(label: "byline.indexing")
    private let slots: DispatchSemaphore
    private let indexed: @Sendable (SearchIndex) -> Void

    /// A queue adding to `index`; `indexed` hears the index after each batch.
    init(_ index: SearchIndex = SearchIndex(), waiting: Int = 2,
         indexed: @escaping @Sendable (SearchIndex) -> Void = { _ in }) {
        self.index = index
        self.slots = DispatchSemaphore(value: max(1, waiting))
        self.indexed = indexed
    }

    /// Queues `documents` to be added after those queued before.
    func add(_ documents: [SearchDocument]) {
        guard !documents.isEmpty else { return }
        slots.wait()
        queue.async { [self] in
            index.add(documents)
            indexed(index)
            slots.signal()
        }
    }

    /// The index once every queued batch is in.
    func finish() -> SearchIndex {
        queue.sync { index }
    }
}
