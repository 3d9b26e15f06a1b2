/// Finds the figures of an English news article: counts, money, percentages,
/// dates and times, measures and ordinals, with normalised values.
///
/// A deterministic, hand-written grammar over the text's UTF-8 bytes: one
/// tokenizing pass, then one left-to-right pass with a small bounded
/// lookahead, so the time is linear in the length of the text.
public enum NumberExtractor {
    /// The figures of `text`, in text order, never overlapping. Spans are
    /// Unicode-scalar offsets into `text`, and each mention's `text` is
    /// exactly the scalars of its span.
    public static func numbers(in text: String) -> [NumberMention] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            let tokens = NumberTokenizer.tokens(in: bytes)
            let matches = NumberParser(tokens: tokens, bytes: bytes).matches()
            return matches.map { m in
                let first = tokens[m.start], last = tokens[m.end - 1]
                let slice = UnsafeBufferPointer(rebasing: bytes[first.byteStart..<last.byteEnd])
                return NumberMention(
                    text: String(decoding: slice, as: UTF8.self), kind: m.kind, value: m.value.flatMap { $0.isFinite ? $0 : nil },
                    unit: m.unit, qualifier: m.qualifier,
                    span: TextSpan(start: first.scalarStart, end: last.scalarEnd))
            }
        } ?? []
    }
}
