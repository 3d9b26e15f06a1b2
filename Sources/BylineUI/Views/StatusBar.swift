/// The status bar: how many articles show of how many, the filter and sort,
/// loading progress, and the theme.
enum StatusBar {
    static func render(_ state: AppState, in rect: Rect, into screen: inout Screen) {
        screen.fill(rect, with: .blank(.statusBar))
        // While a prompt has the bottom line, its messages (completions of
        // `:open` and `:theme`, problems) show here, as vim's wildmenu does.
        if state.prompt != nil, let notice = state.notice {
            screen.write(" " + notice.text, x: rect.x, y: rect.y, role: notice.isError ? .error : .statusAccent, limit: rect.maxX)
            return
        }
        let list = state.list
        let progress = state.library.progress
        var x = rect.x + 1
        let count = list.isFiltered
            ? "\(list.visible.count.withThousandsSeparators) of \(state.library.count.withThousandsSeparators)"
            : state.library.count == 1 ? "1 article" : "\(state.library.count.withThousandsSeparators) articles"
        x = screen.write(count, x: x, y: rect.y, role: .statusAccent, limit: rect.maxX)
        var parts: [String] = []
        if !list.query.isEmpty { parts.append("filter: \(list.query)") }
        if state.isCheckingPhrases { parts.append(phraseChecks(state)) }
        if list.bookmarkedOnly { parts.append("bookmarked") }
        parts.append("sort: \(list.order.rawValue) \(list.order.descendsByDefault != list.reversed ? "↓" : "↑")")
        if !progress.listComplete {
            parts.append("reading files \(progress.articlesParsed.withThousandsSeparators)…")
        } else if !progress.searchable && state.library.count > 0 {
            parts.append("indexing \(state.library.index.documentCount * 100 / max(1, state.library.count))%")
        } else if !progress.analysisComplete && state.library.count > 0 {
            parts.append("analysing \(state.library.analysedCount * 100 / max(1, state.library.count))%")
        }
        if progress.skipped > 0 { parts.append("\(progress.skipped.withThousandsSeparators) skipped (:skipped)") }
        x = screen.write(" · " + parts.joined(separator: " · "), x: x, y: rect.y, role: .statusBar, limit: rect.maxX)
        if !progress.isComplete, state.library.count > 0 || progress.filesFound > 0 {
            x = bar(state, x: x + 1, y: rect.y, limit: rect.maxX, into: &screen)
        }
        let right = "\(state.themeName) · ? help "
        let rightX = rect.maxX - DisplayWidth.columns(of: right)
        if rightX > x + 1 { screen.write(right, x: rightX, y: rect.y, role: .statusBar, limit: rect.maxX) }
    }

    /// What is left to check of the filter's phrases: the count includes
    /// these articles until they are checked.
    static func phraseChecks(_ state: AppState) -> String {
        "checking the phrase in \(state.list.unverified.withThousandsSeparators)…"
    }

    /// A ten-cell progress bar: files read while listing, then articles indexed, then analysed.
    static func bar(_ state: AppState, x: Int, y: Int, limit: Int, into screen: inout Screen) -> Int {
        let progress = state.library.progress
        let fraction: Double
        if !progress.listComplete {
            fraction = progress.filesFound > 0 ? Double(progress.articlesParsed) / Double(progress.filesFound) : 0
        } else if !progress.searchable {
            fraction = Double(state.library.index.documentCount) / Double(max(1, state.library.count))
        } else {
            fraction = Double(state.library.analysedCount) / Double(max(1, state.library.count))
        }
        let filled = Int((min(1, max(0, fraction)) * 10).rounded(.down))
        var column = x
        for cell in 0..<10 {
            column += screen.put(cell < filled ? "█" : "░", x: column, y: y, role: .progress, limit: limit)
        }
        return column
    }
}
