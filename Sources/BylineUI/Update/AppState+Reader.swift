import BylineCorpus
import Foundation

extension AppState {
    /// Columns the reader's text wraps at: the pane's inside less a margin each side.
    var readerTextWidth: Int {
        let rect = layout.reader ?? Rect(x: 0, y: 0, width: size.width, height: size.height - 2)
        return max(1, ScreenLayout.content(of: rect).width - 2)
    }

    /// Rows of text the reader shows (its inside less the legend line).
    var readerRows: Int {
        let rect = layout.reader ?? Rect(x: 0, y: 0, width: size.width, height: size.height - 2)
        return max(1, ScreenLayout.content(of: rect).height - 1)
    }

    /// Shows an article in the reader from its top, without moving focus,
    /// and asks the shell for its analysis.
    mutating func show(article index: Int) {
        guard library.articles.indices.contains(index) else { return }
        reader.article = index
        reader.document = library.article(at: index)
        reader.analysis = nil
        reader.top = 0
        reader.focus = nil
        reader.markedClaim = nil
        reader.search = nil
        claims = ClaimsState()
        layoutReader()
        if reader.document != nil { queuedEffects.append(.analyse(article: index)) }
    }

    /// Opens an article: shows it, focuses the reader and marks it read.
    @discardableResult
    mutating func open(article index: Int) -> [Effect] {
        if reader.article != index { show(article: index) }
        focus = .reader
        layoutReader()
        var effects: [Effect] = []
        if reader.analysis == nil, reader.document != nil, !queuedEffects.contains(.analyse(article: index)) {
            effects.append(.analyse(article: index))
        }
        let id = library.articles[index].id
        if !marks.read.contains(id) {
            marks.read.insert(id)
            effects.append(.saveReadingMarks)
        }
        return effects
    }

    /// Lays the open article out again when the width or the article changed,
    /// keeping the first line shown at the same place in the text.
    mutating func layoutReader() {
        guard let index = reader.article, let document = reader.document else {
            reader.layout = .empty
            return
        }
        let width = readerTextWidth
        guard reader.layout.article != index || reader.layout.width != width else { return }
        let anchor = reader.layout.article == index ? readerOffset(atLine: reader.top) : nil
        reader.layout = ReaderLayout(article: document, index: index, width: width)
        if let anchor, let line = reader.layout.line(containing: anchor) {
            reader.top = line
        }
        clampReaderTop()
    }

    /// The text offset of a line, or of the nearest text line after it.
    func readerOffset(atLine line: Int) -> Int? {
        let lines = reader.layout.lines
        guard line < lines.count else { return nil }
        return lines[line...].first(where: { $0.startIndex != nil })?.start
    }

    mutating func scrollReader(by delta: Int) {
        reader.top += delta
        clampReaderTop()
    }

    mutating func clampReaderTop() {
        reader.top = max(0, min(reader.top, max(0, reader.layout.lines.count - readerRows)))
    }

    /// Scrolls so that text offset `offset` is on screen, a third of the way down when it was not.
    mutating func revealInReader(_ offset: Int) {
        guard let line = reader.layout.line(containing: offset) else { return }
        let rows = readerRows
        if line < reader.top || line >= reader.top + rows {
            reader.top = line - rows / 3
            clampReaderTop()
        }
    }

    /// Jumps to the next or previous mention of a kind after the focus (or
    /// the top of the screen), wrapping around the article.
    mutating func jumpToMention(_ kind: MentionKind, forward: Bool) {
        guard reader.article != nil else { return }
        guard let analysis = reader.analysis else {
            notice = Notice("still analysing this article")
            return
        }
        let spans = mentionSpans(kind, in: analysis)
        guard !spans.isEmpty else {
            notice = Notice("no \(kind.noun) in this article")
            return
        }
        let origin = reader.focus?.start ?? (forward ? (readerOffset(atLine: reader.top) ?? 0) - 1 : readerOffset(atLine: reader.top + readerRows) ?? Int.max)
        let target: TextSpan
        if forward {
            target = spans.first(where: { $0.start > origin }) ?? spans[0]
        } else {
            target = spans.last(where: { $0.start < origin }) ?? spans[spans.count - 1]
        }
        reader.focus = target
        if kind == .claim, let claimIndex = analysis.claims.firstIndex(where: { $0.span == target }) {
            reader.markedClaim = claimIndex
            claims.selected = visibleClaimIndices.firstIndex(of: claimIndex) ?? claims.selected
            scrollClaimsToSelection()
        }
        revealInReader(target.start)
    }

    func mentionSpans(_ kind: MentionKind, in analysis: ArticleAnalysis) -> [TextSpan] {
        let spans: [TextSpan]
        switch kind {
        case .entity: spans = analysis.entities.map(\.span)
        case .person: spans = analysis.entities.filter { $0.kind == .person }.map(\.span)
        case .organisation: spans = analysis.entities.filter { $0.kind == .organisation }.map(\.span)
        case .place: spans = analysis.entities.filter { $0.kind == .place }.map(\.span)
        case .number: spans = analysis.numbers.map(\.span)
        case .claim: spans = analysis.claims.map(\.span)
        }
        return spans.sorted()
    }

    /// Searches the open article for `query` (case- and accent-insensitive)
    /// and moves to the first match at or after the top of the screen.
    mutating func find(_ query: String) {
        guard let document = reader.document, !query.isEmpty else {
            reader.search = nil
            return
        }
        let matches = Self.matches(of: query, in: document.text)
        let origin = readerOffset(atLine: reader.top) ?? 0
        let current = matches.isEmpty ? nil : (matches.firstIndex(where: { $0.start >= origin }) ?? 0)
        reader.search = TextSearch(query: query, matches: matches, current: current)
        reader.showsMatches = true
        if let current { revealInReader(matches[current].start) }
    }

    /// Moves to the next or previous match, wrapping around.
    mutating func stepMatch(forward: Bool) {
        guard var search = reader.search else {
            notice = Notice("no search: type / and a word")
            return
        }
        guard !search.matches.isEmpty else {
            notice = Notice("no match for \(search.query)", isError: true)
            return
        }
        let count = search.matches.count
        let current = search.current ?? (forward ? -1 : 0)
        let next = (current + (forward ? 1 : -1) + count) % count
        if forward && next < current { notice = Notice("search wrapped to the top") }
        if !forward && next > current { notice = Notice("search wrapped to the bottom") }
        search.current = next
        reader.search = search
        reader.showsMatches = true
        revealInReader(search.matches[next].start)
    }

    /// Every match of `query` in `text`, as scalar spans.
    static func matches(of query: String, in text: String) -> [TextSpan] {
        var spans: [TextSpan] = []
        var searchStart = text.startIndex
        var offsetIndex = text.startIndex
        var offset = 0
        let scalars = text.unicodeScalars
        while searchStart < text.endIndex,
              let range = text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive], range: searchStart..<text.endIndex) {
            offset += scalars.distance(from: offsetIndex, to: range.lowerBound)
            let length = scalars.distance(from: range.lowerBound, to: range.upperBound)
            spans.append(TextSpan(start: offset, end: offset + length))
            offsetIndex = range.lowerBound
            searchStart = range.upperBound > range.lowerBound ? range.upperBound : text.index(after: range.lowerBound)
            if spans.count >= 100_000 { break }
        }
        return spans
    }
}

extension MentionKind {
    var noun: String {
        switch self {
        case .entity: return "entity"
        case .person: return "person"
        case .organisation: return "organisation"
        case .place: return "place"
        case .number: return "number"
        case .claim: return "claim"
        }
    }
}
