import BylineCorpus

extension AppState {
    /// Takes in what the background loader reports.
    public mutating func receive(_ update: LibraryUpdate) -> [Effect] {
        receive([update])
    }

    /// Takes in several reports at once and re-lays the list out once, not
    /// once per report: a large corpus sends hundreds while it loads.
    public mutating func receive(_ updates: [LibraryUpdate]) -> [Effect] {
        var needsRefresh = false
        for update in updates { needsRefresh = apply(update) || needsRefresh }
        if needsRefresh { refreshList() }
        return takeQueuedEffects()
    }

    /// Applies one report; true when the list must be laid out again.
    private mutating func apply(_ update: LibraryUpdate) -> Bool {
        switch update {
        case .corpus(let event):
            return apply(event)
        case .analysedForReading(let index, let analysis):
            guard reader.article == index else { return false }
            reader.analysis = analysis
            clampClaims()
            return false
        case .snippets(let query, let made):
            guard query == list.query else { return false }
            list.snippets.merge(made) { $1 }
            list.snippetsAskedFor.subtract(made.keys)
            return false
        }
    }

    /// Applies one report of the opening corpus; true when the list must be laid out again.
    private mutating func apply(_ event: CorpusEvent) -> Bool {
        switch event {
        case .found(let files, _):
            library.progress.filesFound = files
            return false
        case .listed(let articles, let problems):
            library.append(articles)
            library.progress.articlesParsed = library.count
            library.progress.skipped += problems.count
            library.progress.problems += problems
            return true
        case .listComplete(let skipped):
            library.progress.listComplete = true
            library.progress.skipped = max(library.progress.skipped, skipped)
            if library.count == 0 {
                notice = Notice("no articles in \(library.path)", isError: true)
            }
            return false
        case .analysed(let results):
            for result in results { library.setEntities(result.entities, at: result.index) }
            library.progress.articlesAnalysed = library.analysedCount
            library.entityCountsChanged()
            return list.order == .entities || list.query.contains(":")
        case .entities(let index, let counts):
            library.setEntities(index, counts: counts)
            library.progress.articlesAnalysed = library.analysedCount
            library.entityCountsChanged()
            return list.order == .entities
        case .notice(let text):
            notice = Notice(text)
            return false
        case .analysisComplete:
            library.progress.analysisComplete = true
            return true
        case .indexed(let index):
            library.index = index
            return !list.query.isEmpty
        case .searchable:
            library.progress.searchable = true
            return !list.query.isEmpty
        }
    }
}
