/// Splits text into the folded words that search indexes and matches.
///
/// A word is a run of letters and digits; everything else separates words,
/// apostrophes and hyphens included (`Blair's` is `blair` `s`, `covid-19`
/// is `covid` `19`), so index and query always agree. Letters are folded
/// by ``SearchFolding``; combining marks are dropped without breaking the
/// word. A folded word is cut to ``maxTermBytes`` bytes, on a scalar
/// boundary, on both sides. Works on UTF-8 bytes, in one pass.
enum SearchTokenizer {
    /// Longest folded word kept, in UTF-8 bytes.
    static let maxTermBytes = 64

    /// Where one word sits in the text it was read from.
    struct Token {
        /// UTF-8 offsets.
        var byteStart: Int
        var byteEnd: Int
        /// Unicode-scalar offsets, as in ``TextSpan``.
        var scalarStart: Int
        var scalarEnd: Int
    }

    /// The folded words of `text`.
    static func terms(_ text: some StringProtocol) -> [[UInt8]] {
        var terms = [[UInt8]]()
        var copy = String(text)
        copy.withUTF8 { bytes in
            forEachToken(in: bytes) { term, _ in
                terms.append(Array(term))
                return true
            }
        }
        return terms
    }

    /// Calls `body` with each word's folded UTF-8 (valid only during the
    /// call) and position, in order, until `body` returns false.
    @inline(__always)
    static func forEachToken(
        in text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Token) -> Bool
    ) {
        withCursor(text) { cursor, out in
            while let token = cursor.next(out) {
                if !body(UnsafeBufferPointer(start: out, count: cursor.length), token) { return }
            }
        }
    }

    /// Calls `body` with a cursor at the start of `text` and a buffer for its words.
    @inline(__always)
    static func withCursor(
        _ text: UnsafeBufferPointer<UInt8>, _ body: (inout SearchTokenCursor, UnsafeMutablePointer<UInt8>) -> Void
    ) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxTermBytes) { buffer in
            guard let out = buffer.baseAddress, let src = text.baseAddress else { return }
            var cursor = SearchTokenCursor(src, text.count)
            body(&cursor, out)
        }
    }

    /// Class and folded bytes of a non-ASCII scalar value.
    @inline(__always)
    static func classify(_ value: UInt32) -> (SearchFolding.Class, ArraySlice<UInt8>) {
        guard value >= 0x80 else { return (.separator, []) }
        if value < SearchFolding.tableEnd {
            let table = SearchFolding.table
            let index = Int(value) - 0x80
            let kind = SearchFolding.Class(rawValue: table.classes[index]) ?? .separator
            return (kind, table.bytes[Int(table.starts[index])..<Int(table.starts[index + 1])])
        }
        guard let scalar = Unicode.Scalar(value) else { return (.separator, []) }
        let (kind, bytes) = SearchFolding.foldHigh(scalar)
        return (kind, bytes[...])
    }
}
