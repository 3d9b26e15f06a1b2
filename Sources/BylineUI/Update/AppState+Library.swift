import BylineCorpus

extension AppState {
    /// Takes in what the background loader reports.
    public mutating func receive(_ update: LibraryUpdate) -> [Effect] {
        switch update {
        case .found(let files):
            library.progress.filesFound = files
        case .parsed(let articles, let problems):
            library.append(articles)
            library.progress.articlesParsed = library.count
            library.progress.skipped += problems.count
            library.progress.problems += problems
            refreshList()
        case .listComplete(let skipped):
            library.progress.listComplete = true
            library.progress.skipped = max(library.progress.skipped, skipped)
            if library.count == 0 {
                notice = Notice("no articles in \(library.path)", isError: true)
            }
        case .analysed(let results):
            for result in results { library.setAnalysis(result.analysis, at: result.index) }
            library.progress.articlesAnalysed = library.analysedCount
            if list.order == .entities || list.query.contains(":") { refreshList() }
            if let open = reader.article, results.contains(where: { $0.index == open }) { clampClaims() }
        case .analysisComplete:
            library.progress.analysisComplete = true
            refreshList()
        case .indexed(let index):
            library.index = index
            if !list.query.isEmpty { refreshList() }
        }
        return []
    }
}
