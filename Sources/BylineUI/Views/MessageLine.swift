/// The bottom line: the open prompt with its live count, a notice, or the
/// keys that matter in the focused pane.
enum MessageLine {
    static func render(_ state: AppState, in rect: Rect, into screen: inout Screen) {
        screen.fill(rect, with: .blank(.text))
        if let prompt = state.prompt {
            let counter = counterText(state, prompt: prompt)
            let counterWidth = counter.isEmpty ? 0 : DisplayWidth.columns(of: counter) + 2
            let limit = rect.maxX - counterWidth
            var x = screen.write(prompt.sigil, x: rect.x, y: rect.y, role: .prompt, limit: limit)
            // Keep the cursor in view: a text too long for the line shows the
            // characters before the cursor that fit, counted back from it (a
            // pasted query may be thousands of characters long).
            let characters = Array(prompt.text)
            let room = max(1, limit - x - 1)
            var first = prompt.cursor, width = 0
            while first > 0 {
                let columns = DisplayWidth.columns(of: characters[first - 1])
                if width + columns > room { break }
                width += columns
                first -= 1
            }
            var cursorX = x
            for (offset, character) in characters[first...].enumerated() {
                if first + offset == prompt.cursor { cursorX = x }
                if x >= limit && first + offset > prompt.cursor { break }
                x += screen.put(character, x: x, y: rect.y, role: .prompt, limit: limit)
            }
            if prompt.cursor == characters.count { cursorX = x }
            if counterWidth > 0 { screen.write(counter, x: rect.maxX - counterWidth + 1, y: rect.y, role: .statusAccent) }
            screen.cursor = (min(cursorX, rect.maxX - 1), rect.y)
            screen.showsCursor = true
            return
        }
        if !state.pendingKeys.isEmpty {
            screen.write(state.pendingKeys.map(\.label).joined() + "…", x: rect.x, y: rect.y, role: .prompt)
            return
        }
        if let notice = state.notice {
            screen.write(notice.text, x: rect.x, y: rect.y, role: notice.isError ? .error : .notice)
            return
        }
        // As many whole hints as fit; none is cut in the middle.
        var shown: [String] = []
        for hint in hints(for: state) {
            let line = (shown + [hint]).joined(separator: "  ")
            guard DisplayWidth.columns(of: line) <= rect.width else { break }
            shown.append(hint)
        }
        screen.write(shown.joined(separator: "  "), x: rect.x, y: rect.y, role: .dim)
    }

    /// The live count shown at the right of the prompt.
    static func counterText(_ state: AppState, prompt: Prompt) -> String {
        switch prompt.kind {
        case .filter:
            return "\(state.list.visible.count.withThousandsSeparators) of \(state.library.count.withThousandsSeparators)"
                + (state.isCheckingPhrases ? " · \(StatusBar.phraseChecks(state))" : "")
                + (state.library.progress.searchable ? ""
                    : " · \(state.library.index.documentCount.withThousandsSeparators) indexed so far")
        case .find:
            guard let search = state.reader.search else { return "" }
            return search.matches.isEmpty ? "no match" : "\((search.current ?? 0) + 1)/\(search.matches.count)"
        case .claimFilter:
            return "\(state.visibleClaimIndices.count) of \(state.openClaims.count) claims"
        case .entityFilter:
            guard case .entities(let entities) = state.overlay else { return "" }
            return "\(state.entityRows(entities).count.withThousandsSeparators) entities"
        case .command:
            return ""
        }
    }

    /// The keys that matter in the focused pane, most useful first.
    static func hints(for state: AppState) -> [String] {
        switch state.focus {
        case .list:
            return ["j/k move", "Enter open", "/ filter", "? help", "q quit", "o sort", "f bookmark", "E entities", "Tab pane"]
        case .reader:
            return ["j/k scroll", "/ find", "? help", "n/N match", "]p ]o ]l ]n ]c jump", "* articles of entity", "t highlights", "J/K article", "h back"]
        case .claims:
            return ["j/k move", "Enter jump to claim", "? help", "* speaker's articles", "/ filter", "h back"]
        }
    }
}
