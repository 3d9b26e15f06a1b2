/// An article's text as tokens and sentences, ready for the extractors.
///
/// The text is held as an array of Unicode scalars, so that token offsets
/// are the scalar offsets `byline extract` reports.
struct TokenizedText: Sendable {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        tokens = Tokenizer.tokens(of: scalars)
    }

    /// The text of a token or of a run of tokens.
    func text(_ token: Token) -> String { text(token.start, token.end) }

    /// The text between two scalar offsets, encoded straight into a new
    /// string (this runs for every candidate word of every article).
    func text(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return scalars.withUnsafeBufferPointer { source in
            String(unsafeUninitializedCapacity: (end - start) * 4) { buffer in
                var count = 0
                for k in start..<end {
                    let value = source[k].value
                    if value < 0x80 {
                        buffer[count] = UInt8(value)
                        count += 1
                    } else {
                        for byte in UTF8.encode(source[k])! {
                            buffer[count] = byte
                            count += 1
                        }
                    }
                }
                return count
            }
        }
    }

    /// The text from the start of token `first` to the end of token `last`.
    func text(tokens first: Int, through last: Int) -> String {
        text(tokens[first].start, tokens[last].end)
    }
}
