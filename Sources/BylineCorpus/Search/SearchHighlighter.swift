/// Where a query's words and phrases occur in a text, for highlighting.
public enum SearchHighlighter {
    /// The spans of `text` (Unicode-scalar offsets, like every ``TextSpan``)
    /// that the query's words, prefixes and phrases match — its text
    /// clauses that are not negated; fields and dates have no place in the
    /// text. Sorted, overlapping spans merged.
    public static func spans(in text: String, for query: SearchQuery) -> [TextSpan] {
        var single = [SearchPhraseMatcher]()
        var phrases = [SearchPhraseMatcher]()
        for clause in query.clauses where !clause.isNegated {
            guard case .words(let words, let lastIsPrefix) = clause.target else { continue }
            let matcher = SearchPhraseMatcher(words: words, lastIsPrefix: lastIsPrefix)
            if words.count == 1 { single.append(matcher) } else { phrases.append(matcher) }
        }
        var spans = [TextSpan]()
        if !single.isEmpty {
            var text = text
            text.withUTF8 { bytes in
                SearchTokenizer.forEachToken(in: bytes) { term, token in
                    if single.contains(where: { $0.matches(term, 0) }) {
                        spans.append(TextSpan(start: token.scalarStart, end: token.scalarEnd))
                    }
                    return true
                }
            }
        }
        for phrase in phrases { spans += phrase.spans(in: text) }
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
