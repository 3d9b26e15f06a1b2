/// Renders the whole screen from the state: a pure function, so the same
/// state always gives the same cells and tests compare screens.
public enum AppView {
    public static func render(_ state: AppState) -> Screen {
        var screen = Screen(size: state.size)
        let layout = state.layout
        if layout.mode == .tooSmall {
            let message = "Terminal too small: \(state.size.width)×\(state.size.height). Byline needs at least 40×10."
            let lines = TextWrapper.wrap(message, width: max(1, state.size.width))
            let top = max(0, (state.size.height - lines.count) / 2)
            for (row, line) in lines.enumerated() {
                screen.write(line, x: 0, y: top + row, role: .error)
            }
            return screen
        }
        if let rect = layout.list { ArticleListView.render(state, in: rect, into: &screen) }
        if let rect = layout.reader { ReaderView.render(state, in: rect, into: &screen) }
        if let rect = layout.claims { ClaimsView.render(state, in: rect, into: &screen) }
        StatusBar.render(state, in: layout.status, into: &screen)
        switch state.overlay {
        case .help(let top): HelpView.render(state, top: top, into: &screen)
        case .entities(let entities): EntityIndexView.render(state, entities: entities, into: &screen)
        case .skipped(let top): SkippedView.render(state, top: top, into: &screen)
        case nil: break
        }
        MessageLine.render(state, in: layout.message, into: &screen)
        if !screen.showsCursor { screen.cursor = focusCursor(state, layout: layout) }
        return screen
    }

    /// The hardware cursor's place when no prompt is open: the selected row
    /// of the focused pane, so screen readers and braille displays follow it.
    static func focusCursor(_ state: AppState, layout: ScreenLayout) -> (x: Int, y: Int)? {
        guard let rect = layout.rect(of: state.focus) else { return nil }
        let inner = ScreenLayout.content(of: rect)
        switch state.focus {
        case .list:
            return (inner.x, inner.y + max(0, state.list.selected - state.list.top))
        case .reader, .claims:
            return (inner.x, inner.y)
        }
    }
}
