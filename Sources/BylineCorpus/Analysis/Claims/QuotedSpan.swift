/// A stretch of quoted words inside one paragraph.
struct QuotedSpan: Sendable, Hashable {
    /// Scalar offset of the opening mark.
    var open: Int
    /// Scalar offset of the closing mark, or of the paragraph end when the
    /// quote runs on into the next paragraph (or never closes).
    var close: Int
    /// The words between the marks.
    var contentStart: Int
    var contentEnd: Int
    /// Whether the closing mark is missing at the paragraph end.
    var runsOn: Bool
    /// Whether this opens a paragraph that continues a quote left open by
    /// the paragraph before: the same speaker goes on talking.
    var continuesPrevious: Bool
}

/// Pairs quote marks: curly (“ ” ‘ ’), straight ("), guillemets (« ») and
/// low (`„`), telling apostrophes inside words (don’t, O’Brien) from single
/// quotes. A quote left open at a paragraph's end closes there; when the next
/// paragraph opens with a quote mark, that quote continues it.
enum QuoteFinder {
    static func quotes(in scalars: [Unicode.Scalar]) -> [QuotedSpan] {
        scalars.withUnsafeBufferPointer { quotes(in: $0) }
    }

    private static func quotes(in s: UnsafeBufferPointer<Unicode.Scalar>) -> [QuotedSpan] {
        var result = [QuotedSpan]()
        var open: (index: Int, opener: Unicode.Scalar)?
        var carried = false
        var paragraphStart = 0
        var i = 0
        let n = s.count
        func emit(closeAt close: Int, runsOn: Bool) {
            guard let o = open else { return }
            var a = o.index + 1, b = close
            while a < b && s[a] == " " { a += 1 }
            while b > a && s[b - 1] == " " { b -= 1 }
            let continues = carried && o.index == paragraphStart
            result.append(QuotedSpan(open: o.index, close: close, contentStart: a, contentEnd: b, runsOn: runsOn, continuesPrevious: continues))
            open = nil
        }
        while i < n {
            let c = s[i]
            if c == "\n" {
                if i + 1 < n && s[i + 1] == "\n" {
                    let wasOpen = open != nil
                    if wasOpen { emit(closeAt: i, runsOn: true) }
                    carried = wasOpen
                    i += 2
                    paragraphStart = i
                    continue
                }
                i += 1
                continue
            }
            // Only `"` and a few non-ASCII marks can open or close a quote.
            if c.value < 0x80 && c != "\"" {
                if open == nil && c != " " && i > paragraphStart { carried = false }
                i += 1
                // Unless a quote carried over may still be cut short, nothing
                // changes before the next quote mark, line end or non-ASCII scalar.
                if !carried || open != nil {
                    while i < n {
                        let v = s[i].value
                        if v >= 0x80 || v == 0x22 || v == 0x0A { break }
                        i += 1
                    }
                }
                continue
            }
            let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
            let after: Unicode.Scalar? = i + 1 < n ? s[i + 1] : nil
            if let o = open {
                if closes(c, o.opener, before: before, after: after) { emit(closeAt: i, runsOn: false) }
            } else if opens(c, before: before, after: after) {
                open = (i, c)
            }
            if i > paragraphStart && open == nil && c != " " { carried = false }
            i += 1
        }
        if open != nil { emit(closeAt: n, runsOn: true) }
        return result
    }

    static func isLetter(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return Tokenizer.isLetter(c) || Tokenizer.isDigit(c)
    }

    static func opens(_ c: Unicode.Scalar, before: Unicode.Scalar?, after: Unicode.Scalar?) -> Bool {
        switch c {
        case "“", "«", "„": return true
        case "\"": return !isLetter(before) && after != " " && after != nil
        case "‘": return !isLetter(before) && isLetter(after)
        default: return false
        }
    }

    static func closes(_ c: Unicode.Scalar, _ opener: Unicode.Scalar, before: Unicode.Scalar?, after: Unicode.Scalar?) -> Bool {
        switch opener {
        case "“", "„": return c == "”" || (opener == "„" && c == "“")
        case "«": return c == "»"
        case "\"": return c == "\"" || c == "”"
        case "‘": return c == "’" && !isLetter(after)
        default: return false
        }
    }
}
