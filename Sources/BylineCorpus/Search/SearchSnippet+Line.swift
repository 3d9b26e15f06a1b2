extension SearchSnippet {
    /// The snippet ``make(text:query:width:)`` makes, built straight from
    /// the text's UTF-8 (valid, as a Swift string's is): `spans` are the
    /// query's matches (sorted, merged), `first` the first of them and
    /// `firstByte` the byte offset where it starts. Reads from a little
    /// before the match as far as the line needs, copying bytes into one
    /// buffer rather than decoding scalars into arrays.
    static func line(in bytes: UnsafeBufferPointer<UInt8>, first: TextSpan, firstByte: Int, spans: [TextSpan],
                     width: Int) -> SearchSnippet {
        let n = bytes.count
        // From the start when the match ends early enough; else about a
        // quarter of the width before the match, at a word. `start` counts
        // scalars, `p` bytes.
        var start = first.end <= width * 3 / 4 ? 0 : max(0, first.start - width / 4)
        var p = 0
        if start > 0 {
            p = firstByte
            for _ in 0..<(first.start - start) { p = scalarStart(before: p, in: bytes) }
            while start < first.start && !isSpace(scalar(at: scalarStart(before: p, in: bytes), in: bytes).value) {
                p += scalar(at: p, in: bytes).width
                start += 1
            }
        }
        while start < first.start {
            let (c, w) = scalar(at: p, in: bytes)
            guard isSpace(c) else { break }
            p += w
            start += 1
        }
        let lead = start > 0
        let budget = max(1, width - (lead ? 1 : 0))

        // Spans' starts and ends in order (each span's start, then its end,
        // from the line's start on), and the output's length in scalars as
        // each is reached (-1 for those not reached).
        func target(_ t: Int) -> Int { max(t & 1 == 0 ? spans[t >> 1].start : spans[t >> 1].end, start) }
        let targetCount = 2 * spans.count
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: targetCount) { reached in
            reached.initialize(repeating: -1)
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * budget) { out in
                var next = 0, nextTarget = targetCount > 0 ? target(0) : .max
                var size = 0  // bytes in `out`
                var count = 0  // scalars in `out`
                var cutByte = 0  // bytes of the first `budget - 1` scalars of `out`, once it has them
                var lastSpace: (scalar: Int, byte: Int)?  // the last space among them
                var lastWasSpace = false
                var i = start
                while p < n && count < budget {
                    while nextTarget == i {
                        reached[next] = count
                        next += 1
                        nextTarget = next < targetCount ? target(next) : .max
                    }
                    let b = bytes[p]
                    let (c, w) = b < 0x80 ? (UInt32(b), 1) : scalar(at: p, in: bytes)
                    if isSpace(c) {
                        if !lastWasSpace && count > 0 {
                            if count < budget - 1 { lastSpace = (count, size) }
                            out[size] = 0x20
                            size += 1
                            count += 1
                            if count == budget - 1 { cutByte = size }
                        }
                        lastWasSpace = true
                    } else if !isControl(c) {
                        if w == 1 {
                            out[size] = b
                        } else {
                            for k in 0..<w { out[size + k] = bytes[p + k] }
                        }
                        size += w
                        count += 1
                        if count == budget - 1 { cutByte = size }
                        lastWasSpace = false
                    }
                    i += 1
                    p += w
                }
                var cut = false
                var q = p
                while q < n {
                    let (c, w) = scalar(at: q, in: bytes)
                    if !isSpace(c) {
                        cut = true
                        break
                    }
                    q += w
                }
                var length = count, end = size
                if cut {
                    if count > budget - 1 { (length, end) = (budget - 1, cutByte) }
                    // End at a word when one ends late enough.
                    if let space = lastSpace, space.scalar > budget * 2 / 3 { (length, end) = space }
                }
                while end > 0 && out[end - 1] == 0x20 {
                    end -= 1
                    length -= 1
                }

                let offset = lead ? 1 : 0
                func position(_ t: Int) -> Int { min(reached[t] >= 0 ? reached[t] : length, length) }
                var highlights = [Range<Int>]()
                for (k, span) in spans.enumerated() where span.end > start && span.start < i {
                    let low = position(2 * k), high = position(2 * k + 1)
                    if low < high { highlights.append((low + offset)..<(high + offset)) }
                }
                // "…" at either end that is cut.
                let text = String(unsafeUninitializedCapacity: end + (lead ? 3 : 0) + (cut ? 3 : 0)) { buffer in
                    var k = 0
                    func ellipsis() {
                        (buffer[k], buffer[k + 1], buffer[k + 2]) = (0xE2, 0x80, 0xA6)
                        k += 3
                    }
                    if lead { ellipsis() }
                    if end > 0, let to = buffer.baseAddress, let from = out.baseAddress {
                        (to + k).update(from: from, count: end)
                        k += end
                    }
                    if cut { ellipsis() }
                    return k
                }
                return SearchSnippet(text: text, highlights: highlights)
            }
        }
    }

    /// The scalar starting at byte `p` of valid UTF-8, and its length in bytes.
    @inline(__always)
    private static func scalar(at p: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, width: Int) {
        let b = UInt32(bytes[p])
        if b < 0x80 { return (b, 1) }
        if b < 0xE0 { return ((b & 0x1F) << 6 | UInt32(bytes[p + 1] & 0x3F), 2) }
        if b < 0xF0 { return ((b & 0x0F) << 12 | UInt32(bytes[p + 1] & 0x3F) << 6 | UInt32(bytes[p + 2] & 0x3F), 3) }
        return ((b & 0x07) << 18 | UInt32(bytes[p + 1] & 0x3F) << 12 | UInt32(bytes[p + 2] & 0x3F) << 6 | UInt32(bytes[p + 3] & 0x3F), 4)
    }

    /// The byte offset where the scalar before byte `p` (> 0) starts.
    @inline(__always)
    private static func scalarStart(before p: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var p = p
        repeat { p -= 1 } while p > 0 && bytes[p] & 0xC0 == 0x80
        return p
    }

    @inline(__always)
    private static func isSpace(_ value: UInt32) -> Bool {
        value == 0x20 || value == 0x0A || value == 0x09 || value == 0x0D
            || (value >= 0x80 && (Unicode.Scalar(value)?.properties.isWhitespace ?? false))
    }

    @inline(__always)
    private static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (value >= 0x7F && value < 0xA0)
    }
}
