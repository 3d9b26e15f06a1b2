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
        scan(text[...], before: .max) { _, _ in
            found = true
            return 0
        }
        return found
    }

    /// Every occurrence of the phrase in `text` that starts before `limit`
    /// and, with a `window`, less than `window` scalars after the first
    /// one, in Unicode-scalar offsets.
    func spans(in text: String, startingBefore limit: Int = .max, window: Int? = nil) -> [TextSpan] {
        occurrences(in: text[...], startingBefore: limit, window: window).map(\.span)
    }

    /// The occurrences ``spans(in:startingBefore:window:)`` finds, each
    /// with the UTF-8 offset of its start (offsets counted from the start
    /// of `text`, which may be part of a longer string).
    func occurrences(in text: Substring, startingBefore limit: Int = .max, window: Int? = nil) -> [(span: TextSpan, byte: Int)] {
        var found = [(span: TextSpan, byte: Int)]()
        forEachOccurrence(in: text, startingBefore: limit, window: window) { found.append(($0, $1)) }
        return found
    }

    /// Calls `body` with each occurrence ``occurrences(in:startingBefore:window:)``
    /// finds, in order, without gathering them.
    @inline(__always)
    func forEachOccurrence(in text: Substring, startingBefore limit: Int = .max, window: Int? = nil,
                           _ body: (_ span: TextSpan, _ byte: Int) -> Void) {
        var isFirst = true
        scan(text, before: limit) { span, byte in
            body(span, byte)
            guard let window, isFirst else { return limit }
            isFirst = false
            return min(limit, span.start + window)
        }
    }

    /// Calls `found` with each occurrence that starts before the limit,
    /// first `limit`, then what `found` last returned (0 to stop): its
    /// span and the UTF-8 offset of its start. While no occurrence is under
    /// way, ASCII words that cannot be the first word are skipped without
    /// being read (see ``SearchTokenCursor``).
    private func scan(_ text: Substring, before limit: Int, _ found: (TextSpan, Int) -> Int) {
        let count = words.count
        guard count > 0 else { return }
        var text = text
        var limit = limit
        let last: UInt64 = 1 << UInt64(count - 1)
        // While no occurrence is under way, skip to the first word (all of
        // it when it is plain ASCII, else its first byte when that is ASCII;
        // a word it begins when it is the prefix).
        let anchor = words[0]
        let anchorIsPrefix = lastIsPrefix && count == 1
        let whole = anchor.allSatisfy { SearchFolding.ascii[Int($0)] == $0 && $0 != 0 }
        let canSkip = whole || (anchor.first.map { $0 < 0x80 } ?? false)
        var state: UInt64 = 0
        // Where the last words started (scalar and byte offsets), to report
        // an occurrence's start: a ring of at least `count` places.
        let ring = 1 << (Int.bitWidth - (count - 1).leadingZeroBitCount)
        var index = 0
        withUnsafeTemporaryAllocation(of: (scalar: Int, byte: Int).self, capacity: ring) { starts in
            text.withUTF8 { bytes in
                SearchTokenizer.withCursor(bytes) { cursor, out in
                    while true {
                        if state == 0 && canSkip {
                            anchor.withUnsafeBufferPointer { cursor.skip(to: $0, whole: whole, prefix: anchorIsPrefix, before: limit) }
                        }
                        guard let token = cursor.next(out) else { return }
                        // No occurrence under way: any to come starts too late.
                        if state == 0 && token.scalarStart >= limit { return }
                        let term = UnsafeBufferPointer(start: UnsafePointer(out), count: cursor.length)
                        starts[index & (ring - 1)] = (token.scalarStart, token.byteStart)
                        index += 1
                        var hits: UInt64 = 0
                        for k in 0..<count where matches(term, k) { hits |= 1 << UInt64(k) }
                        state = (state << 1 | 1) & hits
                        if state & last != 0 {
                            let start = starts[(index - count) & (ring - 1)]
                            guard start.scalar < limit else { return }
                            limit = found(TextSpan(start: start.scalar, end: token.scalarEnd), start.byte)
                        }
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
