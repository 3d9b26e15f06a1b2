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
        located(in: text[...], for: query, window: window).spans
    }

    /// The spans ``spans(in:for:window:)`` finds, and the UTF-8 offset of
    /// the first one's start (nil when there are none); offsets count from
    /// the start of `text`, which may be part of a longer string.
    static func located(in text: Substring, for query: SearchQuery, window: Int? = nil) -> (spans: [TextSpan], firstByte: Int?) {
        located(in: text, by: SearchMatchers(query), window: window)
    }

    /// ``located(in:for:window:)`` with the query's matchers.
    static func located(in text: Substring, by matchers: SearchMatchers, window: Int? = nil) -> (spans: [TextSpan], firstByte: Int?) {
        var spans = [TextSpan]()
        var first: (span: TextSpan, byte: Int)?
        // No span starting at or after this is wanted.
        var limit = Int.max
        for matcher in matchers.phrases {
            // Each word or phrase in its own pass, which skips the words that cannot start it.
            let found = matcher.occurrences(in: text, startingBefore: limit, window: window)
            guard let earliest = found.first else { continue }
            if let window { limit = min(limit, earliest.span.start + window) }
            if first.map({ earliest.span.start < $0.span.start }) ?? true { first = earliest }
            spans += found.map(\.span)
        }
        if window != nil { spans.removeAll { $0.start >= limit } }
        return (merged(spans), first?.byte)
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

/// A query's words and phrases (its text clauses that are not negated),
/// made ready once to be found in the many texts of a page of results.
public struct SearchMatchers: Sendable {
    let phrases: [SearchPhraseMatcher]

    public init(_ query: SearchQuery) {
        phrases = query.clauses.compactMap { clause in
            guard !clause.isNegated, case .words(let words, let lastIsPrefix) = clause.target else { return nil }
            return SearchPhraseMatcher(words: words, lastIsPrefix: lastIsPrefix)
        }
    }
}
