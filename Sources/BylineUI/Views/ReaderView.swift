import BylineCorpus

/// The reader pane: the laid-out article with entities and numbers coloured
/// by type, the marked claim's sentence, search matches on their own
/// channel, and a legend line.
enum ReaderView {
    static func render(_ state: AppState, in rect: Rect, into screen: inout Screen) {
        let reader = state.reader
        let focused = state.focus == .reader
        guard let index = reader.article, state.library.articles.indices.contains(index) else {
            Box.draw(rect, title: "Reader", focused: focused, into: &screen)
            let inner = ScreenLayout.content(of: rect)
            screen.write("select an article and press Enter", x: inner.x + 1, y: inner.y, role: .dim, limit: inner.maxX)
            return
        }
        let entry = state.library.articles[index]
        guard let article = reader.document else {
            Box.draw(rect, title: "Reader", focused: focused, into: &screen)
            let inner = ScreenLayout.content(of: rect)
            let message = "cannot read \(entry.id) any more: it was moved, changed or deleted since the corpus was opened"
            for (row, line) in TextWrapper.wrap(message, width: max(1, inner.width - 2)).enumerated() where row < inner.height {
                screen.write(line, x: inner.x + 1, y: inner.y + row, role: .error, limit: inner.maxX)
            }
            return
        }
        let analysis = reader.analysis
        let layout = reader.layout
        var title = "Reader"
        if layout.lines.count > 0 {
            let rows = max(1, ScreenLayout.content(of: rect).height - 1)
            let percent = layout.lines.count <= rows ? 100 : min(100, (reader.top + rows) * 100 / layout.lines.count)
            title += " · \(percent)%"
        }
        if let search = reader.search {
            title += search.matches.isEmpty ? " · no match" : " · \((search.current ?? 0) + 1)/\(search.matches.count)"
        }
        Box.draw(rect, title: title, focused: focused, into: &screen)
        let inner = ScreenLayout.content(of: rect)
        guard inner.height >= 2, inner.width >= 3 else { return }
        let textRows = inner.height - 1
        let annotations = Annotations(analysis: analysis, state: state)
        let text = article.text
        for row in 0..<textRows {
            let number = reader.top + row
            guard number < layout.lines.count else { break }
            let line = layout.lines[number]
            let y = inner.y + row
            let x0 = inner.x + 1
            switch line.kind {
            case .blank:
                continue
            case .meta(let meta):
                screen.write(meta, x: x0, y: y, role: .headerMeta, limit: inner.maxX - 1)
            case .headline, .body:
                guard var stringIndex = line.startIndex else { continue }
                var offset = line.start
                var x = x0
                var cursor = annotations.cursor(at: offset)
                let baseRole: StyleRole = line.kind == .headline ? .headline : .text
                while offset < line.end, stringIndex < text.endIndex {
                    let character = text[stringIndex]
                    let (role, marks) = annotations.style(at: offset, base: baseRole, cursor: &cursor)
                    x += screen.put(character, x: x, y: y, role: role, marks: marks, limit: inner.maxX - 1)
                    offset += character.unicodeScalars.count
                    stringIndex = text.index(after: stringIndex)
                }
            }
        }
        Legend.render(layers: reader.layers, in: Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1), into: &screen)
    }
}

/// The coloured spans and marks of an article, looked up in text order.
struct Annotations {
    /// Entity and number spans with their roles, sorted by start.
    var spans: [(span: TextSpan, role: StyleRole)] = []
    var matches: [TextSpan] = []
    var currentMatch: TextSpan?
    var claim: TextSpan?
    var focus: TextSpan?

    init(analysis: ArticleAnalysis?, state: AppState) {
        let layers = state.reader.layers
        if let analysis {
            if layers.showsEntities {
                spans += analysis.entities.map { ($0.span, $0.kind.role) }
            }
            if layers.showsNumbers {
                spans += analysis.numbers.map { ($0.span, $0.kind.role) }
            }
            spans.sort { $0.span.start < $1.span.start }
            if let marked = state.reader.markedClaim, analysis.claims.indices.contains(marked) {
                claim = analysis.claims[marked].span
            }
        }
        if let search = state.reader.search, state.reader.showsMatches {
            matches = search.matches
            currentMatch = search.current.map { search.matches[$0] }
        }
        focus = state.reader.focus
    }

    /// Positions in `spans` and `matches` from which to look for `offset`.
    struct Cursor {
        var span: Int
        var match: Int
    }

    func cursor(at offset: Int) -> Cursor {
        // Entity and number spans may overlap, so their ends are not sorted: walk them.
        var span = 0
        while span < spans.count, spans[span].span.end <= offset { span += 1 }
        return Cursor(span: span, match: firstMatch(endingAfter: offset))
    }

    /// Matches do not overlap, so their ends are sorted: binary search.
    private func firstMatch(endingAfter offset: Int) -> Int {
        var low = 0, high = matches.count
        while low < high {
            let mid = (low + high) / 2
            if matches[mid].end <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    func style(at offset: Int, base: StyleRole, cursor: inout Cursor) -> (StyleRole, CellMarks) {
        var role = base
        while cursor.span < spans.count, spans[cursor.span].span.end <= offset { cursor.span += 1 }
        var probe = cursor.span
        while probe < spans.count, spans[probe].span.start <= offset {
            if offset < spans[probe].span.end { role = spans[probe].role }
            probe += 1
        }
        var marks: CellMarks = []
        if let claim, claim.start <= offset, offset < claim.end { marks.insert(.claim) }
        while cursor.match < matches.count, matches[cursor.match].end <= offset { cursor.match += 1 }
        if cursor.match < matches.count, matches[cursor.match].start <= offset { marks.insert(.match) }
        if let currentMatch, currentMatch.start <= offset, offset < currentMatch.end { marks.insert(.currentMatch) }
        // A claim jumped to is drawn in the claim's mark alone; a person or a
        // figure jumped to stands out like the current match.
        if let focus, focus != claim, focus.start <= offset, offset < focus.end { marks.insert(.currentMatch) }
        return (role, marks)
    }
}

/// The legend line under the reader: which colour is which type, in short
/// words when the pane is too narrow for the long ones.
enum Legend {
    /// One group of labels per layer: (long label, short label, role).
    static func groups(for layers: AnnotationLayers) -> [[(String, String, StyleRole)]] {
        var groups: [[(String, String, StyleRole)]] = []
        if layers.showsEntities {
            groups.append([("person", "per", .person), ("org", "org", .organisation), ("place", "plc", .place), ("group", "grp", .group)])
        }
        if layers.showsNumbers {
            groups.append([("count", "#", .count), ("money", "$", .money), ("%", "%", .percent), ("date", "date", .date),
                           ("measure", "meas", .measure), ("ordinal", "ord", .ordinal)])
        }
        groups.append([("claim", "claim", .claimContent)])
        return groups
    }

    static func render(layers: AnnotationLayers, in rect: Rect, into screen: inout Screen) {
        let limit = rect.maxX
        if layers == .off {
            screen.write("highlights off (t)", x: rect.x + 1, y: rect.y, role: .legend, limit: limit)
            return
        }
        let groups = groups(for: layers)
        func width(short: Bool) -> Int {
            groups.map { $0.map { DisplayWidth.columns(of: short ? $0.1 : $0.0) + 1 }.reduce(0, +) }.reduce(0, +) + 2 * (groups.count - 1)
        }
        let short = width(short: false) > rect.width - 1
        var x = rect.x + 1
        for (number, group) in groups.enumerated() {
            if number > 0 { x = screen.write("│ ", x: x, y: rect.y, role: .legend, limit: limit) }
            for (long, brief, role) in group {
                x = screen.write(short ? brief : long, x: x, y: rect.y, role: role, limit: limit)
                x = screen.write(" ", x: x, y: rect.y, role: .legend, limit: limit)
            }
        }
    }
}

extension EntityMention.Kind {
    var role: StyleRole {
        switch self {
        case .person: return .person
        case .organisation: return .organisation
        case .place: return .place
        case .group: return .group
        }
    }
}

extension NumberMention.Kind {
    var role: StyleRole {
        switch self {
        case .count: return .count
        case .money: return .money
        case .percent: return .percent
        case .date: return .date
        case .measure: return .measure
        case .ordinal: return .ordinal
        }
    }
}
