/// Finds a sequence of folded words in a text, the last one possibly a
/// prefix, by tokenizing the text as the index does.
///
/// Shift-and over tokens: bit k of the state is set when the tokens read
/// so far end with the phrase's first k + 1 words, so one pass finds every
/// occurrence, overlapping ones included. Phrases have at most 64 words
/// (the parser keeps 32).
struct SearchPhraseMatcher {
    let words: [[UInt8]]
    let lastIsPrefix: Bool

    init(words: [String], lastIsPrefix: Bool) {
        self.words = Array(words.prefix(64).map { Array($0.utf8) })
        self.lastIsPrefix = lastIsPrefix
    }

    /// Whether `text` holds the phrase.
    func matches(_ text: String) -> Bool {
        var found = false
        scan(text) { _ in
            found = true
            return false
        }
        return found
    }

    /// Every occurrence of the phrase in `text` that starts before `limit`,
    /// in Unicode-scalar offsets.
    func spans(in text: String, startingBefore limit: Int = .max) -> [TextSpan] {
        var spans = [TextSpan]()
        scan(text) { span in
            guard span.start < limit else { return false }
            spans.append(span)
            return true
        }
        return spans
    }

    /// Calls `found` with each occurrence until it returns false. While no
    /// occurrence is under way, ASCII words that cannot be the first word
    /// are skipped without being read (see ``SearchTokenCursor``).
    private func scan(_ text: String, _ found: (TextSpan) -> Bool) {
        let count = words.count
        guard count > 0 else { return }
        var text = text
        let last: UInt64 = 1 << UInt64(count - 1)
        // While no occurrence is under way, skip to the first word (all of
        // it when it is plain ASCII, else its first byte when that is ASCII).
        let anchor = words[0]
        let whole = anchor.allSatisfy { SearchFolding.ascii[Int($0)] == $0 && $0 != 0 }
        let canSkip = whole || (anchor.first.map { $0 < 0x80 } ?? false)
        var state: UInt64 = 0
        // Where the last 64 words started, to report an occurrence's start.
        var starts = [Int](repeating: 0, count: 64)
        var index = 0
        text.withUTF8 { bytes in
            SearchTokenizer.withCursor(bytes) { cursor, out in
                while true {
                    if state == 0 && canSkip {
                        anchor.withUnsafeBufferPointer { cursor.skip(to: $0, whole: whole) }
                    }
                    guard let token = cursor.next(out) else { return }
                    let term = UnsafeBufferPointer(start: UnsafePointer(out), count: cursor.length)
                    starts[index & 63] = token.scalarStart
                    index += 1
                    var hits: UInt64 = 0
                    for k in 0..<count where matches(term, k) { hits |= 1 << UInt64(k) }
                    state = (state << 1 | 1) & hits
                    if state & last != 0 {
                        if !found(TextSpan(start: starts[(index - count) & 63], end: token.scalarEnd)) { return }
                    }
                }
            }
        }
    }

    /// Whether a token of the text is word `index` of the phrase.
    @inline(__always)
    func matches(_ term: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let word = words[index]
        let prefix = lastIsPrefix && index == words.count - 1
        guard prefix ? term.count >= word.count : term.count == word.count else { return false }
        return word.withUnsafeBufferPointer { word in
            for k in 0..<word.count where term[k] != word[k] { return false }
            return true
        }
    }
}
