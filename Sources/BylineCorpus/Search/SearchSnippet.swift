/// A short single line of an article around the first place a query
/// matches, for the article list.
public struct SearchSnippet: Sendable, Hashable {
    /// The line: whitespace runs (line breaks included) become one space;
    /// `…` marks text cut at either end.
    public var text: String
    /// Where the query matches in `text`, in Unicode-scalar offsets.
    public var highlights: [Range<Int>]

    /// A snippet from its parts.
    public init(text: String, highlights: [Range<Int>]) {
        self.text = text
        self.highlights = highlights
    }

    /// The start of `text` on one line, at most `width` scalars: the lead,
    /// for an article whose match is in its title or its fields only.
    public static func lead(of text: String, width: Int = 80) -> SearchSnippet {
        lead(of: text[...], width: width)
    }

    /// ``lead(of:width:)`` of part of a string.
    public static func lead(of text: Substring, width: Int = 80) -> SearchSnippet {
        // Only the start is decoded (twice the width, for white space that
        // collapses), unless white space there needs the rest.
        let wanted = 2 * max(0, width) + 8
        let part = scalars(of: text, fromByte: 0, upTo: wanted)
        let line = leadLine(of: part, isWhole: part.count < wanted, width: width)
            ?? leadLine(of: scalars(of: text, fromByte: 0, upTo: .max), isWhole: true, width: width) ?? ""
        return SearchSnippet(text: line, highlights: [])
    }

    /// The first `width` scalars of `scalars`, the start of a text (all of
    /// it, `isWhole`, or not), on one line; nil when the part was too short
    /// to tell.
    private static func leadLine(of scalars: [Unicode.Scalar], isWhole: Bool, width: Int) -> String? {
        var out = [Unicode.Scalar]()
        out.reserveCapacity(width + 1)
        var lastWasSpace = true
        for scalar in scalars {
            if out.count >= width { break }
            if isSpace(scalar) {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(scalar)
                lastWasSpace = false
            }
        }
        guard out.count >= width || isWhole else { return nil }
        while out.last == " " { out.removeLast() }
        var line = TokenizedText.string(of: out)
        if out.count >= width, !line.isEmpty {
            line.removeLast()
            line += "…"
        }
        return line
    }

    /// A snippet of at most `width` scalars of `text`: from its start, or,
    /// when the first match lies further, starting a few words before the
    /// first match of the query's words or phrases (see
    /// ``SearchHighlighter``), with every match inside it highlighted. Nil
    /// when the query matches nowhere in `text` (only in fields, or not at all).
    public static func make(text: String, query: SearchQuery, width: Int = 80) -> SearchSnippet? {
        make(text: text[...], query: query, width: width)
    }

    /// ``make(text:query:width:)`` of part of a string (offsets count from
    /// the part's start), read in place.
    public static func make(text: Substring, query: SearchQuery, width: Int = 80) -> SearchSnippet? {
        make(text: text, matchers: SearchMatchers(query), width: width)
    }

    /// ``make(text:query:width:)`` with the query's matchers, made once
    /// for many texts.
    static func make(text: Substring, matchers: SearchMatchers, width: Int = 80) -> SearchSnippet? {
        guard width > 0 else { return nil }
        let (spans, firstByte) = SearchHighlighter.located(in: text, by: matchers, window: width)
        guard let first = spans.first, let firstByte else { return nil }
        var text = text
        return text.withUTF8 { line(in: $0, first: first, firstByte: firstByte, spans: spans, width: width) }
    }

    /// What ``make(text:query:width:)`` gives, made the plain way, from all
    /// of `text` decoded into scalars (tests compare the two).
    static func makeFromWholeText(text: String, query: SearchQuery, width: Int = 80) -> SearchSnippet? {
        guard width > 0 else { return nil }
        let spans = SearchHighlighter.spans(in: text, for: query, window: width)
        guard let first = spans.first else { return nil }
        return snippet(of: TokenizedText.scalars(of: text), first: first, spans: spans, width: width)
    }

    /// At most `count` scalars of `text` from its UTF-8 offset `start` on.
    private static func scalars(of text: Substring, fromByte start: Int, upTo count: Int) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { TokenizedText.scalars(of: $0, fromByte: start, upTo: count) }
    }

    /// The snippet made from `scalars`, all of an article's text.
    private static func snippet(of scalars: [Unicode.Scalar], first: TextSpan, spans: [TextSpan], width: Int) -> SearchSnippet {
        func at(_ i: Int) -> Unicode.Scalar { scalars[i] }
        let end = scalars.count
        // From the start when the match ends early enough; else about a
        // quarter of the width before the match, at a word.
        var start = first.end <= width * 3 / 4 ? 0 : max(0, first.start - width / 4)
        if start > 0 {
            while start < first.start && !isSpace(at(start - 1)) { start += 1 }
        }
        while start < first.start && isSpace(at(start)) { start += 1 }
        let lead = start > 0
        let budget = max(1, width - (lead ? 1 : 0))

        var out = [Unicode.Scalar]()
        out.reserveCapacity(budget + 2)
        var positions = [Int]()  // out position of each source scalar from `start`
        positions.reserveCapacity(min(end - start, budget * 2))
        var i = start
        var lastWasSpace = false
        while i < end && out.count < budget {
            let c = at(i)
            positions.append(out.count)
            if isSpace(c) {
                if !lastWasSpace && !out.isEmpty { out.append(" ") }
                lastWasSpace = true
            } else if !isControl(c) {
                out.append(c)
                lastWasSpace = false
            }
            i += 1
        }
        let cut = !scalars[i...].allSatisfy(isSpace)
        if cut {
            out.removeLast(max(0, out.count - (budget - 1)))
            // End at a word when one ends late enough.
            if let space = out.lastIndex(of: " "), space > budget * 2 / 3 { out.removeLast(out.count - space) }
        }
        while out.last == " " { out.removeLast() }
        let length = out.count
        if cut { out.append("…") }
        if lead { out.insert("…", at: 0) }

        func position(_ source: Int) -> Int {
            let k = source - start
            return min(k < positions.count ? positions[k] : length, length)
        }
        let offset = lead ? 1 : 0
        let highlights = spans.compactMap { span -> Range<Int>? in
            guard span.end > start, span.start < i else { return nil }
            let low = position(max(span.start, start)), high = position(min(span.end, i))
            return low < high ? (low + offset)..<(high + offset) : nil
        }
        return SearchSnippet(text: TokenizedText.string(of: out), highlights: highlights)
    }

    private static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\r" || (c.value >= 0x80 && c.properties.isWhitespace)
    }

    private static func isControl(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x20 || (c.value >= 0x7F && c.value < 0xA0)
    }
}
