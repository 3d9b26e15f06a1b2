/// Where a query's words and phrases occur in a text, for highlighting.
public enum SearchHighlighter {
    /// The spans of `text` (Unicode-scalar offsets, like every ``TextSpan``)
    /// that the query's words, prefixes and phrases match — its text
    /// clauses that are not negated; fields and dates have no place in the
    /// text. Sorted, overlapping spans merged.
    ///
    /// With a `window`, only the spans that start less than `window` scalars
    /// after the first one are wanted (a snippet's worth), and the text is
    /// read no further than that.
    public static func spans(in text: String, for query: SearchQuery, window: Int? = nil) -> [TextSpan] {
        var single = [SearchPhraseMatcher]()
        var phrases = [SearchPhraseMatcher]()
        for clause in query.clauses where !clause.isNegated {
            guard case .words(let words, let lastIsPrefix) = clause.target else { continue }
            let matcher = SearchPhraseMatcher(words: words, lastIsPrefix: lastIsPrefix)
            if words.count == 1 { single.append(matcher) } else { phrases.append(matcher) }
        }
        var spans = [TextSpan]()
        // No span starting at or after this is wanted.
        var limit = Int.max
        if !single.isEmpty {
            var text = text
            text.withUTF8 { bytes in
                SearchTokenizer.forEachToken(in: bytes) { term, token in
                    guard token.scalarStart < limit else { return false }
                    if single.contains(where: { $0.matches(term, 0) }) {
                        spans.append(TextSpan(start: token.scalarStart, end: token.scalarEnd))
                        if let window, spans.count == 1 { limit = token.scalarStart + window }
                    }
                    return true
                }
            }
        }
        for phrase in phrases {
            let found = phrase.spans(in: text, startingBefore: limit)
            if let window, let first = found.first { limit = min(limit, first.start + window) }
            spans += found
        }
        if window != nil { spans.removeAll { $0.start >= limit } }
        return merged(spans)
    }

    /// `spans` sorted, overlapping ones joined.
    static func merged(_ spans: [TextSpan]) -> [TextSpan] {
        var result = [TextSpan]()
        for span in spans.sorted() {
            if let last = result.last, span.start < last.end {
                result[result.count - 1] = TextSpan(start: last.start, end: max(last.end, span.end))
            } else {
                result.append(span)
            }
        }
        return result
    }
}
