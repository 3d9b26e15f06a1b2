/// A half-open range of Unicode-scalar offsets into an article's `text`.
///
/// Scalar offsets are what `byline extract` prints (`start`/`end`), so that
/// any JSON consumer can slice the text the same way.
public struct TextSpan: Sendable, Hashable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "a span cannot end before it starts")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    /// The same span as a `String.Index` range of `text`.
    public func range(in text: String) -> Range<String.Index> {
        let scalars = text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: start)
        let upper = scalars.index(lower, offsetBy: end - start)
        return lower..<upper
    }

    public static func < (a: TextSpan, b: TextSpan) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }
}
