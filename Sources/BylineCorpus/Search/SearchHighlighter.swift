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
        spans.reserveCapacity(8)
        var first: (start: Int, byte: Int)?
        // No span starting at or after this is wanted.
        var limit = Int.max
        for matcher in matchers.phrases {
            // Each word or phrase in its own pass, which skips the words that cannot start it.
            var isEarliest = true
            matcher.forEachOccurrence(in: text, startingBefore: limit, window: window) { span, byte in
                spans.append(span)
                guard isEarliest else { return }
                isEarliest = false
                if first.map({ span.start < $0.start }) ?? true { first = (span.start, byte) }
            }
            if let window, let first { limit = min(limit, first.start + window) }
        }
        if window != nil { spans.removeAll { $0.start >= limit } }
        merge(&spans)
        return (spans, first?.byte)
    }

    /// Sorts `spans` and joins overlapping ones, in place.
    static func merge(_ spans: inout [TextSpan]) {
        guard spans.count > 1 else { return }
        spans.sort()
        var kept = 0
        for k in 1..<spans.count {
            if spans[k].start < spans[kept].end {
                spans[kept].end = max(spans[kept].end, spans[k].end)
            } else {
                kept += 1
                spans[kept] = spans[k]
            }
        }
        spans.removeLast(spans.count - kept - 1)
    }
}

/// A query's words and phrases (its text clauses that are not negated),
/// made ready once to be found in the many texts of a page of results.
struct SearchMatchers: Sendable {
    let phrases: [SearchPhraseMatcher]

    init(_ query: SearchQuery) {
        phrases = query.clauses.compactMap { clause in
            guard !clause.isNegated, case .words(let words, let lastIsPrefix) = clause.target else { return nil }
            return SearchPhraseMatcher(words: words, lastIsPrefix: lastIsPrefix)
        }
    }
}
