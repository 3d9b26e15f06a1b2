/// The `:skipped` overlay: each file or record that could not be read, with
/// the reason, as the loader reported it.
enum SkippedView {
    static func render(_ state: AppState, top: Int, into screen: inout Screen) {
        let width = min(state.size.width - 4, 120)
        let rect = Rect(x: (state.size.width - width) / 2, y: 1, width: width, height: state.size.height - 4)
        screen.fill(rect, with: .blank(.help))
        let problems = state.library.progress.problems
        let title = "Skipped · \(problems.count.withThousandsSeparators) · j/k scroll · any other key closes"
        Box.draw(rect, title: title, focused: true, into: &screen)
        let inner = ScreenLayout.content(of: rect)
        guard !inner.isEmpty else { return }
        if problems.isEmpty {
            screen.write("nothing was skipped", x: inner.x + 1, y: inner.y, role: .dim, limit: inner.maxX)
            return
        }
        for row in 0..<inner.height {
            let number = top + row
            guard number < problems.count else { break }
            let line = TextWrapper.truncate(problems[number], width: inner.width - 2)
            screen.write(line, x: inner.x + 1, y: inner.y + row, role: .help, limit: inner.maxX)
        }
    }
}
