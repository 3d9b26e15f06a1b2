import BylineCorpus

extension AppState {
    /// Keys while the help or the entity index is open.
    mutating func handleOverlayKey(_ key: Key) -> [Effect] {
        switch overlay {
        case .help(let top):
            guard key != .character("Q") else { return perform(.quitNow) }
            overlay = scrolled(from: top, by: key, lines: HelpView.lines(keymap: keymap).count).map { .help(top: $0) }
        case .skipped(let top):
            guard key != .character("Q") else { return perform(.quitNow) }
            overlay = scrolled(from: top, by: key, lines: library.progress.problems.count).map { .skipped(top: $0) }
        case .entities(var state):
            let entries = entityRows(state)
            switch key {
            case .character("j"), .down: state.selected += 1
            case .character("k"), .up: state.selected -= 1
            case .character(" "), .pageDown, .control("d"): state.selected += max(1, entityRowsShown - 1)
            case .character("b"), .pageUp, .control("u"): state.selected -= max(1, entityRowsShown - 1)
            case .character("g"), .home: state.selected = 0
            case .character("G"), .end: state.selected = entries.count - 1
            case .character("t"):
                let kinds: [EntityMention.Kind?] = [nil] + EntityMention.Kind.allCases
                let index = kinds.firstIndex(of: state.kind) ?? 0
                state.kind = kinds[(index + 1) % kinds.count]
                state.selected = 0
            case .character("/"):
                overlay = .entities(state)
                prompt = Prompt(kind: .entityFilter, text: state.query)
                return []
            case .enter, .character("*"), .character("l"):
                guard entries.indices.contains(state.selected) else { return [] }
                let entry = entries[state.selected]
                overlay = nil
                focus = .list
                applyListFilter("\(entry.kind.fieldName):\"\(entry.canonical)\"")
                return []
            case .character("Q"): return perform(.quitNow)
            case .character("?"):
                overlay = .help(top: 0)
                return []
            default:
                overlay = nil
                return []
            }
            state.selected = max(0, min(state.selected, entries.count - 1))
            if state.selected < state.top { state.top = state.selected }
            if state.selected >= state.top + entityRowsShown { state.top = state.selected - entityRowsShown + 1 }
            overlay = .entities(state)
        case nil:
            break
        }
        return []
    }

    /// The first line shown after a scrolling key in a page of text (help,
    /// skipped files), or nil when the key closes it.
    func scrolled(from top: Int, by key: Key, lines: Int) -> Int? {
        let rows = max(1, size.height - 6)
        var newTop = top
        switch key {
        case .character("j"), .down: newTop += 1
        case .character("k"), .up: newTop -= 1
        case .character(" "), .pageDown, .control("d"), .control("f"): newTop += rows - 1
        case .character("b"), .pageUp, .control("u"), .control("b"): newTop -= rows - 1
        case .character("g"), .home: newTop = 0
        case .character("G"), .end: newTop = lines
        default: return nil
        }
        return max(0, min(newTop, max(0, lines - rows)))
    }

    mutating func moveEntitySelection(by delta: Int) {
        guard case .entities(var state) = overlay else { return }
        let count = entityRows(state).count
        state.selected = max(0, min(state.selected + delta, count - 1))
        if state.selected < state.top { state.top = state.selected }
        if state.selected >= state.top + entityRowsShown { state.top = state.selected - entityRowsShown + 1 }
        overlay = .entities(state)
    }

    /// The entity index's rows for its type and filter, by mention count.
    public func entityRows(_ state: EntityIndexState) -> [EntityIndex.Entry] {
        let ranked = library.entities.ranked(kind: state.kind)
        guard !state.query.isEmpty else { return ranked }
        let needle = state.query.lowercased()
        return ranked.filter { entry in
            entry.canonical.lowercased().contains(needle) || entry.aliases.keys.contains { $0.lowercased().contains(needle) }
        }
    }

    /// Rows of entities the entity index shows at once.
    var entityRowsShown: Int { max(1, size.height - 8) }
}
