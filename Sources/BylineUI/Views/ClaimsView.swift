import BylineCorpus

/// The claims panel: the open article's attributed statements as
/// "speaker · cue" and content, the selection and the marked claim shown.
enum ClaimsView {
    static func render(_ state: AppState, in rect: Rect, into screen: inout Screen) {
        let focused = state.focus == .claims
        let all = state.openClaims
        let visible = state.visibleClaimIndices
        var title = "Claims"
        if state.reader.article != nil, !all.isEmpty {
            title += state.claims.query.isEmpty ? " (\(all.count))" : " (\(visible.count) of \(all.count))"
        }
        Box.draw(rect, title: title, focused: focused, into: &screen)
        let inner = ScreenLayout.content(of: rect)
        guard !inner.isEmpty else { return }
        guard state.reader.article != nil else {
            screen.write("no article open", x: inner.x + 1, y: inner.y, role: .dim, limit: inner.maxX)
            return
        }
        guard state.reader.analysis != nil else {
            screen.write("analysing…", x: inner.x + 1, y: inner.y, role: .dim, limit: inner.maxX)
            return
        }
        guard !visible.isEmpty else {
            let message = all.isEmpty ? "no attributed claims in this article" : "no claim matches \(state.claims.query)"
            for (row, line) in TextWrapper.wrap(message, width: inner.width - 1).enumerated() where row < inner.height {
                screen.write(line, x: inner.x + 1, y: inner.y + row, role: .dim, limit: inner.maxX)
            }
            return
        }
        var y = inner.y
        for position in state.claims.top..<visible.count {
            guard y < inner.maxY else { break }
            let claimIndex = visible[position]
            let lines = ClaimRows.lines(of: all[claimIndex], width: inner.width - 1)
            var marks: CellMarks = []
            if position == state.claims.selected { marks = focused ? .selection : .inactiveSelection }
            let isMarked = state.reader.markedClaim == claimIndex
            for line in lines {
                guard y < inner.maxY else { break }
                screen.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: Cell(" ", role: .text, marks: marks))
                if isMarked { screen.put("▌", x: inner.x, y: y, role: .claimFigure, marks: marks) }
                var x = inner.x + 1
                for segment in line {
                    x = screen.write(segment.text, x: x, y: y, role: segment.role, marks: marks, limit: inner.maxX)
                }
                y += 1
            }
            y += 1
        }
    }
}
