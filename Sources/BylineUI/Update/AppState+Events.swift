extension AppState {
    /// The reducer's entry point for terminal input: a key, the mouse or a
    /// resize. Returns the effects the shell must carry out.
    public mutating func handle(_ event: TerminalEvent) -> [Effect] {
        let effects = dispatch(event)
        return effects + takeQueuedEffects()
    }

    /// Events read together (a paste, or keys typed faster than frames are
    /// drawn), handled in order as one by one would be, except that
    /// characters typed in a row into an open prompt go in together and the
    /// filter or search the prompt drives runs once for all of them: a
    /// pasted query of thousands of characters is not filtered thousands
    /// of times.
    public mutating func handle(_ events: [TerminalEvent]) -> [Effect] {
        var effects: [Effect] = []
        var k = 0
        while k < events.count {
            var typed = 0
            if var prompt {
                while k + typed < events.count, case .key(.character(let character)) = events[k + typed] {
                    prompt.insert(character)
                    typed += 1
                }
                if typed > 1 {
                    notice = nil
                    self.prompt = prompt
                    updateLive(prompt)
                    effects += takeQueuedEffects()
                    k += typed
                    continue
                }
            }
            effects += handle(events[k])
            k += 1
        }
        return effects
    }

    /// Effects asked for deep inside an update (showing an article asks for
    /// its analysis), handed to the shell with the update's own.
    mutating func takeQueuedEffects() -> [Effect] {
        guard !queuedEffects.isEmpty else { return [] }
        defer { queuedEffects = [] }
        return queuedEffects
    }

    private mutating func dispatch(_ event: TerminalEvent) -> [Effect] {
        switch event {
        case .resize(let newSize):
            resize(to: newSize)
            return []
        case .mouse(let mouse):
            return handle(mouse)
        case .key(let key):
            if notice != nil { notice = nil }
            if prompt != nil { return handlePromptKey(key) }
            if overlay != nil { return handleOverlayKey(key) }
            return handleKey(key)
        }
    }

    /// Looks a key up in the keymap, waiting for the rest of a sequence such as `]p`.
    mutating func handleKey(_ key: Key) -> [Effect] {
        let sequence = pendingKeys + [key]
        switch keymap.lookup(sequence, in: focus) {
        case .command(let command):
            pendingKeys = []
            return perform(command)
        case .prefix:
            pendingKeys = sequence
            return []
        case .unbound:
            let hadPending = !pendingKeys.isEmpty
            pendingKeys = []
            if hadPending { return handleKey(key) }
            if case .control("c") = key { return perform(.quitNow) }
            notice = Notice("\(sequence.map(\.label).joined()) is not a key here; ? shows the keys")
            return []
        }
    }

    /// Re-lays out for a new terminal size, keeping the selection and the
    /// reading position.
    mutating func resize(to newSize: Size) {
        size = newSize
        if !layout.visiblePanes.contains(focus), let first = layout.visiblePanes.first { focus = first }
        scrollListToSelection()
        layoutReader()
        scrollClaimsToSelection()
    }

    mutating func handle(_ mouse: MouseEvent) -> [Effect] {
        if overlay != nil || prompt != nil {
            if case .press = mouse.kind { return [] }
        }
        let layout = self.layout
        guard let pane = layout.pane(atX: mouse.x, y: mouse.y) else { return [] }
        switch mouse.kind {
        case .wheelUp, .wheelDown:
            let delta = mouse.kind == .wheelDown ? 3 : -3
            switch pane {
            case .list:
                list.top = max(0, min(list.top + delta, max(0, list.visible.count - listRows)))
                updateSnippets()
            case .reader:
                scrollReader(by: delta)
            case .claims:
                moveClaimSelection(by: delta > 0 ? 1 : -1)
            }
        case .press:
            focus = pane
            guard let rect = layout.rect(of: pane) else { return [] }
            let row = mouse.y - ScreenLayout.content(of: rect).y
            switch pane {
            case .list:
                let position = list.top + row / list.rowsPerArticle
                if row >= 0, position < list.visible.count { selectListRow(position) }
            case .claims:
                if let position = claimPosition(atRow: row) {
                    claims.selected = position
                    return jumpToSelectedClaim()
                }
            case .reader:
                break
            }
        }
        return []
    }

    /// The claim shown at a row of the claims panel.
    func claimPosition(atRow row: Int) -> Int? {
        guard row >= 0, let rect = claimsContentRect else { return nil }
        let all = openClaims
        let visible = visibleClaimIndices
        var y = 0
        for position in claims.top..<visible.count {
            let height = ClaimRows.height(of: all[visible[position]], width: rect.width)
            if row < y + height { return position }
            y += height
        }
        return nil
    }
}
