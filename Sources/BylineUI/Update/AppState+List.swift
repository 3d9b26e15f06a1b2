import BylineCorpus

extension AppState {
    /// Re-filters and re-sorts the list, keeping the selection on the same
    /// article when it is still listed. Linear in the library's size: each
    /// order is kept sorted as articles arrive (see `ArticleOrdering`), and
    /// the filter's matches are a bitset.
    mutating func refreshList() {
        let keep = list.selectedArticle
        let filter = library.filter(query: list.query, phraseBudget: phraseCheckBudget)
        list.unverified = filter.unverified
        if list.snippetsQuery != list.query {
            list.snippets = [:]
            list.snippetsAskedFor = []
            list.snippetsQuery = list.query
        }
        list.scores = filter.scores
        rankByRelevanceWhileQuerying()
        let bookmarked: Set<Int>? = list.bookmarkedOnly
            ? Set(library.articles.indices.filter { marks.bookmarked.contains(library.articles[$0].id) }) : nil
        func shown(_ index: Int) -> Bool {
            if let matches = filter.matches, !matches.contains(index) { return false }
            if let bookmarked, !bookmarked.contains(index) { return false }
            return true
        }
        var visible: [Int] = []
        visible.reserveCapacity(filter.matches?.count ?? library.count)
        if list.order == .relevance {
            // The ranked hits first, best first, then the other matches in corpus order.
            let ranked = filter.ranked.filter(shown)
            visible = list.reversed ? ranked.reversed() : ranked
            if let matches = filter.matches {
                // A flag per article rather than a Set: `o` matches every one of 100,000.
                var isRanked = [Bool](repeating: false, count: library.count)
                for index in ranked where index < isRanked.count { isRanked[index] = true }
                for index in matches where index >= isRanked.count || !isRanked[index] {
                    if bookmarked?.contains(index) ?? true { visible.append(index) }
                }
            } else {
                // A query still being typed that asks for nothing yet ("person:"): every article.
                for index in 0..<library.count where shown(index) { visible.append(index) }
            }
        } else {
            let descending = list.order.descendsByDefault != list.reversed
            for index in library.ordering(list.order, descending: descending) where shown(Int(index)) {
                visible.append(Int(index))
            }
        }
        list.visible = visible
        if let keep, let position = list.visible.firstIndex(of: keep) {
            list.selected = position
        } else {
            list.selected = min(list.selected, max(0, list.visible.count - 1))
        }
        list.selectedArticle = list.visible.isEmpty ? nil : list.visible[list.selected]
        scrollListToSelection()
        previewSelection()
    }

    /// A query ranks the list by relevance, as fzf and lazygit do; clearing
    /// it goes back to the order before (unless another was chosen meanwhile).
    mutating func rankByRelevanceWhileQuerying() {
        if !list.query.isEmpty, list.orderBeforeQuery == nil {
            list.orderBeforeQuery = (list.order, list.reversed)
            list.order = .relevance
            list.reversed = false
        } else if list.query.isEmpty, let before = list.orderBeforeQuery {
            list.orderBeforeQuery = nil
            if list.order == .relevance { (list.order, list.reversed) = before }
        }
    }

    /// Rows of the list pane's inside.
    /// Articles the list pane shows at once.
    var listRows: Int { max(1, (layout.list.map(ScreenLayout.content(of:))?.height ?? size.height) / list.rowsPerArticle) }

    /// Asks for the snippets of the articles on screen while a query is
    /// active; they are made off the UI thread (reading articles is disk
    /// work, and typing never waits for the disk) and arrive as
    /// `.snippets`. Those no longer on screen are dropped.
    mutating func updateSnippets() {
        guard !list.query.isEmpty, layout.list != nil else {
            if !list.snippets.isEmpty { list.snippets = [:] }
            list.snippetsAskedFor = []
            return
        }
        var kept: [Int: SearchSnippet] = [:]
        var wanted: [Int] = []
        for position in list.top..<min(list.visible.count, list.top + listRows) {
            let index = list.visible[position]
            if let known = list.snippets[index] {
                kept[index] = known
            } else if !list.snippetsAskedFor.contains(index) {
                wanted.append(index)
            }
        }
        list.snippets = kept
        if !wanted.isEmpty {
            list.snippetsAskedFor.formUnion(wanted)
            queuedEffects.append(.makeSnippets(query: list.query, articles: wanted))
        }
    }

    /// The width a snippet of the list may take.
    public var snippetWidth: Int { max(10, (layout.list.map(ScreenLayout.content(of:))?.width ?? 40) - 4) }

    mutating func moveListSelection(by delta: Int) {
        guard !list.visible.isEmpty else { return }
        list.selected = min(max(0, list.selected + delta), list.visible.count - 1)
        list.selectedArticle = list.visible[list.selected]
        scrollListToSelection()
        previewSelection()
    }

    mutating func selectListRow(_ position: Int) {
        moveListSelection(by: position - list.selected)
    }

    mutating func scrollListToSelection() {
        let rows = listRows
        if list.selected < list.top { list.top = list.selected }
        if list.selected >= list.top + rows { list.top = list.selected - rows + 1 }
        list.top = max(0, min(list.top, max(0, list.visible.count - rows)))
        updateSnippets()
    }

    /// While the list has focus and the reader is on screen, the reader
    /// shows the selected article (without marking it read).
    mutating func previewSelection() {
        guard focus == .list, layout.reader != nil, let selected = list.selectedArticle else { return }
        if reader.article != selected { show(article: selected) }
    }

    /// The article the list selection or the reader is on, for commands that act on "this article".
    var currentArticle: Int? {
        focus == .list ? list.selectedArticle : (reader.article ?? list.selectedArticle)
    }

    mutating func toggleRead() -> [Effect] {
        guard let index = currentArticle else { return [] }
        let id = library.articles[index].id
        if marks.read.contains(id) { marks.read.remove(id) } else { marks.read.insert(id) }
        return [.saveReadingMarks]
    }

    mutating func toggleBookmark() -> [Effect] {
        guard let index = currentArticle else { return [] }
        let id = library.articles[index].id
        if marks.bookmarked.contains(id) {
            marks.bookmarked.remove(id)
            notice = Notice("bookmark removed")
        } else {
            marks.bookmarked.insert(id)
            notice = Notice("bookmarked")
        }
        if list.bookmarkedOnly { refreshList() }
        return [.saveReadingMarks]
    }

    /// Moves to the next (or previous) unread article in list order.
    mutating func moveToUnread(forward: Bool) {
        let positions = forward
            ? Array(stride(from: list.selected + 1, to: list.visible.count, by: 1))
            : Array(stride(from: list.selected - 1, through: 0, by: -1))
        guard let position = positions.first(where: { !marks.read.contains(library.articles[list.visible[$0]].id) }) else {
            notice = Notice(forward ? "no unread article below" : "no unread article above")
            return
        }
        selectListRow(position)
        if focus != .list, let article = list.selectedArticle { open(article: article) }
    }
}

extension NewsDate {
    /// Sorts before every real date.
    static let distantPast = NewsDate(year: 1, month: 1, day: 1)!
}

extension Article {
    /// The folder the article's file is in, relative to the corpus root ("" at the root).
    var folder: String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}
