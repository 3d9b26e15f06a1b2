import Dispatch

extension CorpusOpener {
    /// Places handed to the cores at once when kept texts are read.
    static let keptBatch = 512

    /// Where a pass after the list reads each listed article's text, by
    /// place, without reading its file again: the texts a small corpus holds
    /// in memory, or those an earlier pass `kept` in a temporary file; nil
    /// when there are neither (the files are then read again).
    func keptTextSource(for entries: [ArticleEntry], kept: ListedTexts?) -> (@Sendable (Int) -> String?)? {
        if isHoldingAllTexts(of: entries) {
            let source = self.source
            return { place in source.heldText(of: entries[place]) }
        }
        if let kept, kept.isWhole, kept.count == entries.count {
            return { place in kept.text(at: place) }
        }
        return nil
    }

    /// Whether the text of every listed article is held in memory.
    func isHoldingAllTexts(of entries: [ArticleEntry]) -> Bool {
        source.isHoldingTexts && source.heldTextCount >= entries.count
    }

    /// A listed article as the passes after the list read it: its text, and
    /// what the index reads beside it.
    struct ListedArticle: Sendable {
        var text: String
        var path: String
        var source: String?
        var date: NewsDate?
    }

    /// Calls `transform` on every listed article, on all cores, and `emit`
    /// on this thread with each result and the article's place in the list
    /// (nil where its text could not be read): from the texts held in memory
    /// or `kept` (see ``keptTextSource(for:kept:)``), in place order, or else from the
    /// files, read again and matched to the list by id (an article no longer
    /// there is left out). Stops between batches when cancelled.
    func forEachListedArticle<Item: Sendable>(
        _ listing: CorpusLoader.Listing, entries: [ArticleEntry], kept: ListedTexts? = nil,
        transform: @escaping @Sendable (ListedArticle) -> Item, emit: (Int, Item?) -> Void
    ) {
        if let text = keptTextSource(for: entries, kept: kept) {
            forEachKeptText(entries.count, text: text, transform: { place, text in
                let entry = entries[place]
                return transform(ListedArticle(text: text, path: entry.path, source: entry.source, date: entry.date))
            }, emit: emit)
            return
        }
        var places = places(of: entries)
        loader.load(
            listing,
            transform: { article in
                (article.id, transform(ListedArticle(text: article.text, path: article.path, source: article.source, date: article.date)))
            },
            isCancelled: { [self] in isCancelled }
        ) { event in
            guard case .article(let (id, item)) = event, let place = places.removeValue(forKey: id) else { return }
            emit(place, item)
        }
    }

    /// Calls `transform` with the text of every place below `count`, on all
    /// cores, and `emit` on this thread with each result in place order (nil
    /// where the text could not be read), the next batch transformed while
    /// one is emitted; stops between batches when cancelled.
    private func forEachKeptText<Item: Sendable>(
        _ count: Int, text: @escaping @Sendable (Int) -> String?,
        transform: @escaping @Sendable (Int, String) -> Item, emit: (Int, Item?) -> Void
    ) {
        passesReadingKeptTexts.add(1, ordering: .relaxed)
        var pending: [(start: Int, job: BatchJob<[Item?]>)] = []
        func deliverFirst() {
            let (start, job) = pending.removeFirst()
            for (offset, item) in job.wait().enumerated() { emit(start + offset, item) }
        }
        let loader = self.loader
        var start = 0
        while start < count && !isCancelled {
            let places = Array(start..<min(start + Self.keptBatch, count))
            pending.append((start, BatchJob { loader.parallelMap(places) { place in text(place).map { transform(place, $0) } } }))
            while pending.count > 1 { deliverFirst() }
            start += Self.keptBatch
        }
        while !pending.isEmpty { deliverFirst() }
    }
}
