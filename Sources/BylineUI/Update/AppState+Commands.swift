extension AppState {
    /// Carries out a command in the focused pane.
    public mutating func perform(_ command: Command) -> [Effect] {
        switch command {
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .halfPageDown: move(by: max(1, pageSize / 2))
        case .halfPageUp: move(by: -max(1, pageSize / 2))
        case .pageDown: move(by: max(1, pageSize - 1))
        case .pageUp: move(by: -max(1, pageSize - 1))
        case .top: move(by: -Int.max / 2)
        case .bottom: move(by: Int.max / 2)
        case .focusNext: cycleFocus(by: 1)
        case .focusPrevious: cycleFocus(by: -1)
        case .focus(let pane): focus(pane)
        case .toggleClaims:
            showsClaims.toggle()
            if !showsClaims && focus == .claims { focus = .reader }
            relayout()
        case .open:
            switch focus {
            case .list:
                guard let article = list.selectedArticle else { return [] }
                return open(article: article)
            case .claims:
                return jumpToSelectedClaim()
            case .reader:
                break
            }
        case .back:
            if focus == .list { return perform(.quitNow) }
            focus(.list)
        case .nextArticle, .previousArticle:
            guard !list.visible.isEmpty else { return [] }
            let delta = command == .nextArticle ? 1 : -1
            let target = list.selected + delta
            guard list.visible.indices.contains(target) else {
                notice = Notice(delta > 0 ? "last article of the list" : "first article of the list")
                return []
            }
            let previousFocus = focus
            moveListSelection(by: delta)
            var effects = open(article: list.visible[target])
            if previousFocus == .claims { focus = .claims }
            effects += []
            return effects
        case .nextMention(let kind): jumpToMention(kind, forward: true)
        case .previousMention(let kind): jumpToMention(kind, forward: false)
        case .cycleLayers:
            reader.layers = reader.layers.next
            notice = Notice("highlights: \(reader.layers.rawValue)")
        case .toggleMatchHighlight:
            reader.showsMatches.toggle()
        case .startSearch:
            switch focus {
            case .list: prompt = Prompt(kind: .filter, text: list.query)
            case .reader: prompt = Prompt(kind: .find, text: "")
            case .claims: prompt = Prompt(kind: .claimFilter, text: claims.query)
            }
        case .searchNext: stepMatch(forward: true)
        case .searchPrevious: stepMatch(forward: false)
        case .filterByFocused: filterByFocused()
        case .clearFilter: clearFilter()
        case .showEntityIndex: overlay = .entities(EntityIndexState())
        case .toggleBookmarkedOnly:
            list.bookmarkedOnly.toggle()
            refreshList()
            notice = Notice(list.bookmarkedOnly ? "showing bookmarked articles only" : "showing all articles")
        case .toggleRead: return toggleRead()
        case .toggleBookmark: return toggleBookmark()
        case .nextUnread: moveToUnread(forward: true)
        case .previousUnread: moveToUnread(forward: false)
        case .cycleSort:
            list.order = list.order.next(filtering: !list.query.isEmpty)
            list.reversed = false
            refreshList()
            notice = Notice("sorted by \(list.order.rawValue)")
        case .reverseSort:
            list.reversed.toggle()
            refreshList()
        case .openExternally:
            guard let article = currentArticle else { return [] }
            return [.openExternally(path: library.filePath(of: article))]
        case .showHelp: overlay = .help(top: 0)
        case .startCommandLine: prompt = Prompt(kind: .command)
        case .nextTheme: return [.cycleTheme(offset: 1)]
        case .previousTheme: return [.cycleTheme(offset: -1)]
        case .redraw: return [.redraw]
        case .quit, .quitNow:
            shouldQuit = true
            return [.quit]
        }
        return []
    }

    /// Rows a page moves in the focused pane.
    var pageSize: Int {
        switch focus {
        case .list: return listRows
        case .reader: return readerRows
        case .claims: return max(1, (claimsContentRect?.height ?? 6) / 3)
        }
    }

    mutating func move(by delta: Int) {
        switch focus {
        case .list: moveListSelection(by: delta)
        case .reader: scrollReader(by: delta)
        case .claims: moveClaimSelection(by: delta)
        }
    }

    mutating func focus(_ pane: Pane) {
        if pane == .claims, layout.claims == nil { showsClaims = true }
        focus = pane
        if pane == .reader, reader.article == nil, let selected = list.selectedArticle { show(article: selected) }
        relayout()
    }

    mutating func cycleFocus(by delta: Int) {
        // One pane at a time on narrow terminals: cycle through all three.
        let panes = layout.mode == .narrow ? Pane.allCases : layout.visiblePanes
        guard !panes.isEmpty else { return }
        let index = panes.firstIndex(of: focus) ?? 0
        focus(panes[(index + delta + panes.count) % panes.count])
    }

    /// Layout-dependent state after the panes changed.
    mutating func relayout() {
        scrollListToSelection()
        layoutReader()
        scrollClaimsToSelection()
    }

    /// `*`: narrows the list to the articles of the focused entity (reader)
    /// or of the selected claim's speaker (claims panel).
    mutating func filterByFocused() {
        switch focus {
        case .reader:
            guard let analysis = reader.analysis else {
                notice = Notice("no analysed article open")
                return
            }
            let visibleStart = readerOffset(atLine: reader.top) ?? 0
            let entity = reader.focus.flatMap { focusSpan in analysis.entities.first { $0.span == focusSpan } }
                ?? analysis.entities.first { $0.span.start >= visibleStart }
            guard let entity else {
                notice = Notice("no entity here: move to one with ]e, ]p, ]o or ]l")
                return
            }
            applyListFilter("\(entity.kind.fieldName):\"\(entity.canonical)\"")
        case .claims:
            let visible = visibleClaimIndices
            guard visible.indices.contains(claims.selected), let speaker = openClaims[visible[claims.selected]].speakerCanonical else {
                notice = Notice("this claim has no speaker")
                return
            }
            applyListFilter("speaker:\"\(speaker)\"")
        case .list:
            notice = Notice("* works on an entity in the reader or a claim's speaker")
        }
    }

    /// Sets the list's filter, shows the list and says how many articles match.
    mutating func applyListFilter(_ query: String) {
        list.query = query
        refreshList()
        if layout.mode == .narrow { focus = .list }
        notice = Notice("\(list.visible.count.withThousandsSeparators) articles match \(query)")
    }

    /// Esc: clears what the focused pane is filtered or searched by.
    mutating func clearFilter() {
        switch focus {
        case .list:
            guard list.isFiltered else { return }
            list.query = ""
            list.bookmarkedOnly = false
            refreshList()
        case .reader:
            if reader.search != nil { reader.search = nil } else { reader.markedClaim = nil; reader.focus = nil }
        case .claims:
            claims.query = ""
            clampClaims()
        }
    }
}

extension Int {
    /// With thousands separators: 2,095.
    public var withThousandsSeparators: String {
        let digits = String(Swift.abs(self))
        var result = ""
        for (position, character) in digits.reversed().enumerated() {
            if position > 0, position % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return (self < 0 ? "-" : "") + String(result.reversed())
    }
}
