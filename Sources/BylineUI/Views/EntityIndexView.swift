import BylineCorpus

/// The `E` overlay: the corpus's entities by mention count, filterable,
/// Enter lists the articles that mention the selected one.
enum EntityIndexView {
    static func render(_ state: AppState, entities: EntityIndexState, into screen: inout Screen) {
        let rect = Rect(x: 1, y: 1, width: state.size.width - 2, height: state.size.height - 4)
        screen.fill(rect, with: .blank(.text))
        let rows = state.entityRows(entities)
        let kind = entities.kind.map { $0.rawValue } ?? "all types"
        var title = "Entities · \(rows.count.withThousandsSeparators) · \(kind) · t type · / filter · Enter articles"
        if !entities.query.isEmpty { title += " · \(entities.query)" }
        Box.draw(rect, title: title, focused: true, into: &screen)
        let inner = ScreenLayout.content(of: rect)
        guard !inner.isEmpty else { return }
        // "PERSON  1,496 ×   601 art." at the right, the name in the rest.
        let numbers = 27
        for row in 0..<min(inner.height, state.entityRowsShown) {
            let position = entities.top + row
            guard position < rows.count else { break }
            let entry = rows[position]
            let y = inner.y + row
            let marks: CellMarks = position == entities.selected ? .selection : []
            screen.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: Cell(" ", role: .text, marks: marks))
            let nameLimit = max(inner.x + 1, inner.maxX - numbers)
            screen.write(TextWrapper.truncate(entry.canonical, width: nameLimit - inner.x - 1), x: inner.x + 1, y: y, role: entry.kind.role, marks: marks, limit: nameLimit)
            let counts = "\(entry.kind.rawValue.padding(6)) \(entry.mentions.withThousandsSeparators.leftPadding(6)) × \(entry.articles.count.withThousandsSeparators.leftPadding(5)) art."
            screen.write(counts, x: nameLimit + 1, y: y, role: .listMeta, marks: marks, limit: inner.maxX)
        }
        if rows.isEmpty {
            screen.write(state.library.analysedCount == 0 ? "analysing…" : "no entity matches", x: inner.x + 1, y: inner.y, role: .dim)
        }
    }
}

extension String {
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - DisplayWidth.columns(of: self)))
    }

    func leftPadding(_ width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.columns(of: self))) + self
    }
}
