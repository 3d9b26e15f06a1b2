/// A word, number or punctuation mark of an article, located by
/// Unicode-scalar offsets into the article's `text`.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// Letters (with digits, inner apostrophes and abbreviation stops: `O'Brien`, `U.S.`).
        case word
        /// Digits, with separators and decimals as written: `1,000`, `2.5`.
        case number
        /// Any other visible character: `,`, `"`, `(`, `-`, `'s` is a word.
        case punctuation
    }

    var kind: Kind
    /// Scalar offsets into the article's text, end exclusive.
    var start: Int
    var end: Int
    /// Whether white space (or the start of the text) comes right before it.
    var spaceBefore: Bool
    /// First in its sentence (after skipping opening quotes and brackets),
    /// or in the headline: a position where capitals say nothing.
    var ambiguousCapital: Bool
    /// Index of the sentence the token belongs to.
    var sentence: Int
    /// 0 for the headline, 1… for the body paragraphs.
    var paragraph: Int
    /// Letter case of a word: first letter upper case, all upper case.
    var isCapitalized: Bool
    var isAllCaps: Bool

    var span: TextSpan { TextSpan(start: start, end: end) }
}
