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

    func text(_ start: Int, _ end: Int) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[start..<end])
        return String(s)
    }

    /// The text from the start of token `first` to the end of token `last`.
    func text(tokens first: Int, through last: Int) -> String {
        text(tokens[first].start, tokens[last].end)
    }
}
