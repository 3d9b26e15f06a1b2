/// An article's text as tokens and sentences, ready for the extractors.
///
/// The text is held as an array of Unicode scalars, so that token offsets
/// are the scalar offsets `byline extract` reports.
struct TokenizedText: Sendable {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]

    init(_ text: String) {
        let scalars = Self.scalars(of: text)
        self.scalars = scalars
        tokens = Tokenizer.tokens(of: scalars)
    }

    /// The Unicode scalars of `text`, decoded straight from its UTF-8
    /// (which a String guarantees valid): several times faster than
    /// `Array(text.unicodeScalars)`, which this runs for every article.
    /// At most `limit` of them, from UTF-8 offset `start` (the start of a
    /// scalar) on.
    static func scalars(of text: String, fromByte start: Int = 0, upTo limit: Int = .max) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { scalars(of: $0, fromByte: start, upTo: limit) }
    }

    /// ``scalars(of:fromByte:upTo:)`` of valid UTF-8 bytes.
    static func scalars(of bytes: UnsafeBufferPointer<UInt8>, fromByte start: Int = 0, upTo limit: Int = .max) -> [Unicode.Scalar] {
        let n = bytes.count
        return [Unicode.Scalar](unsafeUninitializedCapacity: min(n - start, limit)) { buffer, count in
            var i = start
            var k = 0
            while i < n && k < limit {
                let b = UInt32(bytes[i])
                var value: UInt32
                if b < 0x80 {
                    buffer[k] = Unicode.Scalar(UInt8(truncatingIfNeeded: b))
                    k += 1
                    i += 1
                    continue
                } else if b < 0xE0 {
                    value = (b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if b < 0xF0 {
                    value = (b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else {
                    value = (b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                        | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                }
                buffer[k] = Unicode.Scalar(value) ?? "\u{FFFD}"
                k += 1
            }
            count = k
        }
    }

    /// The text of a token or of a run of tokens.
    func text(_ token: Token) -> String { text(token.start, token.end) }

    /// The text between two scalar offsets, encoded straight into a new
    /// string (this runs for every candidate word of every article).
    func text(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return scalars.withUnsafeBufferPointer { source in
            Self.string(of: UnsafeBufferPointer(rebasing: source[start..<end]))
        }
    }

    /// `scalars` encoded straight into a new string, without the generic
    /// path of `String.UnicodeScalarView`.
    static func string(of scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        guard !scalars.isEmpty else { return "" }
        // The exact length, so that a string of up to 15 bytes (most words)
        // is made in place, without an allocation.
        var length = 0
        for scalar in scalars {
            let value = scalar.value
            length += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var count = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[count] = UInt8(value)
                    count += 1
                } else {
                    for byte in UTF8.encode(scalar)! {
                        buffer[count] = byte
                        count += 1
                    }
                }
            }
            return count
        }
    }

    /// `scalars` as a string, encoded as above.
    static func string(of scalars: [Unicode.Scalar]) -> String {
        scalars.withUnsafeBufferPointer { string(of: $0) }
    }

    /// The text from the start of token `first` to the end of token `last`.
    func text(tokens first: Int, through last: Int) -> String {
        text(tokens[first].start, tokens[last].end)
    }

    /// `text(token).lowercased()`, made straight from the scalars when
    /// they are all ASCII (most words): a third of the instructions.
    func lowercasedText(_ token: Token) -> String { lowercasedText(token.start, token.end) }

    /// `text(start, end).lowercased()`, as ``lowercasedText(_:)``.
    func lowercasedText(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return scalars.withUnsafeBufferPointer { source in
            let slice = UnsafeBufferPointer(rebasing: source[start..<end])
            for scalar in slice where scalar.value >= 0x80 { return Self.string(of: slice).lowercased() }
            return String(unsafeUninitializedCapacity: slice.count) { buffer in
                for (k, scalar) in slice.enumerated() {
                    let byte = UInt8(truncatingIfNeeded: scalar.value)
                    buffer[k] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                }
                return slice.count
            }
        }
    }

    /// Whether `token`'s text is `word`, as `text(token) == word` says,
    /// without making a string when both are ASCII.
    func token(_ token: Token, is word: String) -> Bool {
        var k = token.start
        var same = true
        for scalar in word.unicodeScalars {
            if k == token.end || scalars[k] != scalar { same = false; break }
            k += 1
        }
        if same && k == token.end { return true }
        // Beyond ASCII, other scalars can still be canonically equivalent (U+037E is ";").
        for k in token.start..<token.end where scalars[k].value >= 0x80 { return text(token) == word }
        for byte in word.utf8 where byte >= 0x80 { return text(token) == word }
        return false
    }
}

