import Dispatch

extension CorpusOpener {
    /// Places handed to the cores at once when the listed texts are read back.
    static let listedBatch = 512

    /// Where the passes after the list read each listed article's text, by
    /// place, without reading its file again: the texts a small corpus holds
    /// in memory, or those the list pass kept in a temporary file; nil when
    /// there are neither (the files are then read again).
    func listedTextSource(for entries: [ArticleEntry]) -> (@Sendable (Int) -> String?)? {
        guard keepsListedTexts else { return nil }
        if source.isHoldingTexts && source.heldTextCount >= entries.count {
            let source = self.source
            return { place in source.heldText(of: entries[place]) }
        }
        if let texts = listedTexts.withLock({ $0 }), texts.isWhole, texts.count == entries.count {
            return { place in texts.text(at: place) }
        }
        return nil
    }

    /// Calls `transform` with the text of every place below `count`, on all
    /// cores, and `emit` on this thread with each result in place order (nil
    /// where the text could not be read), the next batch transformed while
    /// one is emitted; stops between batches when cancelled.
    func forEachListedText<Item: Sendable>(
        _ count: Int, text: @escaping @Sendable (Int) -> String?,
        transform: @escaping @Sendable (Int, String) -> Item, emit: (Int, Item?) -> Void
    ) {
        passesReadingListedTexts.add(1, ordering: .relaxed)
        var pending: [(start: Int, job: BatchJob<[Item?]>)] = []
        func deliverFirst() {
            let (start, job) = pending.removeFirst()
            for (offset, item) in job.wait().enumerated() { emit(start + offset, item) }
        }
        let loader = self.loader
        var start = 0
        while start < count && !isCancelled {
            let places = Array(start..<min(start + Self.listedBatch, count))
            pending.append((start, BatchJob { loader.parallelMap(places) { place in text(place).map { transform(place, $0) } } }))
            while pending.count > 1 { deliverFirst() }
            start += Self.listedBatch
        }
        while !pending.isEmpty { deliverFirst() }
    }
}
