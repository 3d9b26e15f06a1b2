import BylineCorpus

/// An article laid out for a pane width: the headline and paragraphs
/// wrapped at spaces, header lines, and blank lines between paragraphs.
///
/// Text lines keep their place in the article (Unicode-scalar offsets, as
/// every span of the model is), so highlighting, search and jumps to a claim
/// work on the same numbers the analysis produced.
public struct ReaderLayout: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case headline, body, blank
        /// A header line that is not part of the article text (source, author, date, path).
        case meta(String)
    }

    public struct Line: Sendable, Hashable {
        public var kind: Kind
        /// Scalar offsets of the line's text in the article (empty for blank and meta lines).
        public var start: Int
        public var end: Int
        /// Where `start` is in the article's text.
        public var startIndex: String.Index?
    }

    public var article: Int?
    public var width: Int
    public var lines: [Line]

    public static let empty = ReaderLayout(article: nil, width: 0, lines: [])

    /// Lays out `article` (at library index `index`) `width` columns wide.
    public init(article: Article, index: Int, width: Int) {
        self.article = index
        self.width = width
        var lines: [Line] = []
        let width = max(1, width)
        var cursor = TextCursor(text: article.text)
        lines += Self.wrap(article.titleSpan, kind: .headline, width: width, cursor: &cursor)
        for meta in Self.metaLines(for: article) {
            lines += Self.wrapMeta(meta, width: width)
        }
        for span in article.paragraphSpans {
            lines.append(Line(kind: .blank, start: span.start, end: span.start, startIndex: nil))
            lines += Self.wrap(span, kind: .body, width: width, cursor: &cursor)
        }
        self.lines = lines
    }

    init(article: Int?, width: Int, lines: [Line]) {
        self.article = article
        self.width = width
        self.lines = lines
    }

    /// The first line whose text contains scalar offset `offset`, or the
    /// nearest text line before it.
    public func line(containing offset: Int) -> Int? {
        var best: Int?
        for (number, line) in lines.enumerated() where line.startIndex != nil {
            if line.start <= offset { best = number } else { break }
            if offset < line.end { return number }
        }
        return best
    }

    static func metaLines(for article: Article) -> [String] {
        var first: [String] = []
        if let source = article.source, !source.isEmpty { first.append(source) }
        if let author = article.author, !author.isEmpty { first.append("by \(author)") }
        if let date = article.date { first.append(date.iso8601) }
        var lines: [String] = []
        if !first.isEmpty { lines.append(first.joined(separator: " · ")) }
        lines.append(article.id)
        return lines
    }

    static func wrapMeta(_ text: String, width: Int) -> [Line] {
        var lines: [Line] = []
        var current = ""
        var columns = 0
        for character in text {
            let w = DisplayWidth.columns(of: character)
            if columns + w > width, !current.isEmpty {
                lines.append(Line(kind: .meta(current), start: 0, end: 0, startIndex: nil))
                current = ""
                columns = 0
            }
            current.append(character)
            columns += w
        }
        lines.append(Line(kind: .meta(current), start: 0, end: 0, startIndex: nil))
        return lines
    }

    /// Wraps the text of `span` at spaces into lines at most `width` columns;
    /// a word longer than a line is broken.
    static func wrap(_ span: TextSpan, kind: Kind, width: Int, cursor: inout TextCursor) -> [Line] {
        guard span.length > 0 else { return [] }
        cursor.move(to: span.start)
        var lines: [Line] = []
        var lineStart = cursor.offset, lineIndex = cursor.index
        var columns = 0
        // The last place the line may break: after a space.
        var breakOffset: Int?, breakIndex: String.Index?, columnsAtBreak = 0
        let text = cursor.text
        var index = cursor.index, offset = cursor.offset
        var atLineStart = true
        while offset < span.end, index < text.endIndex {
            let character = text[index]
            let scalars = character.unicodeScalars.count
            let isSpace = character == " " || character == "\t"
            if atLineStart && isSpace {
                // No leading spaces on a wrapped line.
                index = text.index(after: index)
                offset += scalars
                lineStart = offset
                lineIndex = index
                continue
            }
            atLineStart = false
            let w = isSpace ? 1 : DisplayWidth.columns(of: character)
            if columns + w > width, !isSpace {
                if let breakOffset, let breakIndex, breakOffset > lineStart {
                    lines.append(Line(kind: kind, start: lineStart, end: trimmedEnd(text, lineIndex, breakIndex, lineStart, breakOffset), startIndex: lineIndex))
                    lineStart = breakOffset
                    lineIndex = breakIndex
                    columns -= columnsAtBreak
                } else {
                    lines.append(Line(kind: kind, start: lineStart, end: offset, startIndex: lineIndex))
                    lineStart = offset
                    lineIndex = index
                    columns = 0
                }
                breakOffset = nil
                breakIndex = nil
            }
            columns += w
            index = text.index(after: index)
            offset += scalars
            if isSpace {
                breakOffset = offset
                breakIndex = index
                columnsAtBreak = columns
            }
        }
        if offset > lineStart {
            lines.append(Line(kind: kind, start: lineStart, end: offset, startIndex: lineIndex))
        }
        cursor.index = index
        cursor.offset = offset
        return lines
    }

    /// The end of a line broken at a space, without the trailing spaces.
    private static func trimmedEnd(_ text: String, _ start: String.Index, _ end: String.Index, _ startOffset: Int, _ endOffset: Int) -> Int {
        var trimmed = endOffset
        var index = end
        while index > start {
            let previous = text.index(before: index)
            guard text[previous] == " " || text[previous] == "\t" else { break }
            trimmed -= 1
            index = previous
        }
        return trimmed
    }
}

/// Walks a text forward, keeping a String.Index and its Unicode-scalar
/// offset together, so reaching each span costs only the distance from the last.
struct TextCursor {
    let text: String
    var index: String.Index
    var offset = 0

    init(text: String) {
        self.text = text
        self.index = text.startIndex
    }

    mutating func move(to target: Int) {
        if target < offset {
            index = text.startIndex
            offset = 0
        }
        let scalars = text.unicodeScalars
        while offset < target, index < text.endIndex {
            index = scalars.index(after: index)
            offset += 1
        }
    }
}
