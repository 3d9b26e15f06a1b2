import BylineCorpus

/// The article list pane: one article per row with read and bookmark marks,
/// title, date and source, the selection marked.
enum ArticleListView {
    static func render(_ state: AppState, in rect: Rect, into screen: inout Screen) {
        let focused = state.focus == .list
        let list = state.list
        var title = "Articles"
        if list.isFiltered { title += " · \(list.visible.count.withThousandsSeparators) of \(state.library.count.withThousandsSeparators)" }
        Box.draw(rect, title: title, focused: focused, into: &screen)
        let inner = ScreenLayout.content(of: rect)
        guard !inner.isEmpty else { return }
        if list.visible.isEmpty {
            let message: String
            if !state.library.progress.listComplete && state.library.count == 0 {
                message = "loading…"
            } else if !list.query.isEmpty && !state.library.progress.searchable && state.library.index.documentCount == 0 {
                // Search works on what is indexed so far, and nothing is yet.
                message = "none indexed yet: search starts once the files are read"
            } else if list.isFiltered {
                message = "no article matches"
            } else {
                message = "no articles"
            }
            for (row, line) in TextWrapper.wrap(message, width: max(1, inner.width - 1)).prefix(inner.height).enumerated() {
                screen.write(line, x: inner.x + 1, y: inner.y + row, role: .dim, limit: inner.maxX)
            }
            return
        }
        // Titles come first: dates and sources (or folders) show only where
        // there is room, and only when the corpus has them.
        let showDate = inner.width >= 46 && state.library.hasDates
        let showSource = inner.width >= (showDate ? 64 : 56) && state.library.hasSources
        let step = list.rowsPerArticle
        for row in stride(from: 0, to: inner.height, by: step) {
            let position = list.top + row / step
            guard position < list.visible.count else { break }
            let index = list.visible[position]
            let article = state.library.articles[index]
            let y = inner.y + row
            var marks: CellMarks = []
            if position == list.selected { marks = focused ? .selection : .inactiveSelection }
            screen.fill(Rect(x: inner.x, y: y, width: inner.width, height: min(step, inner.maxY - y)), with: Cell(" ", role: .text, marks: marks))
            if step == 2, y + 1 < inner.maxY, let snippet = list.snippets[index] {
                drawSnippet(snippet, x: inner.x + 3, y: y + 1, limit: inner.maxX, marks: marks, into: &screen)
            }
            let isRead = state.marks.read.contains(article.id)
            let isBookmarked = state.marks.bookmarked.contains(article.id)
            screen.put(isRead ? " " : "●", x: inner.x, y: y, role: .unreadMark, marks: marks)
            screen.put(isBookmarked ? "★" : " ", x: inner.x + 1, y: y, role: .bookmark, marks: marks)
            var meta = ""
            if showDate { meta = article.date?.iso8601 ?? "          " }
            if showSource {
                let source = TextWrapper.truncate(article.source ?? article.folder, width: 12)
                meta += (meta.isEmpty ? "" : "  ") + source + String(repeating: " ", count: max(0, 12 - DisplayWidth.columns(of: source)))
            }
            let metaWidth = meta.isEmpty ? 0 : DisplayWidth.columns(of: meta) + 1
            let titleWidth = inner.width - 3 - metaWidth
            let titleText = TextWrapper.truncate(article.title, width: titleWidth)
            screen.write(titleText, x: inner.x + 3, y: y, role: isRead ? .listTitle : .listTitleUnread, marks: marks, limit: inner.maxX - metaWidth)
            if !meta.isEmpty {
                screen.write(meta, x: inner.maxX - metaWidth + 1, y: y, role: .listMeta, marks: marks, limit: inner.maxX)
            }
        }
    }

    /// The line around the first match, the matches on the search channel.
    static func drawSnippet(_ snippet: SearchSnippet, x: Int, y: Int, limit: Int, marks: CellMarks, into screen: inout Screen) {
        var column = x
        for (offset, scalar) in snippet.text.unicodeScalars.enumerated() {
            guard column < limit else { break }
            let matched = snippet.highlights.contains { $0.contains(offset) }
            column += screen.put(Character(scalar), x: column, y: y, role: .listMeta,
                                 marks: matched ? marks.union(.match) : marks, limit: limit)
        }
    }
}
