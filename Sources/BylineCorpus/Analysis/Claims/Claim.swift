/// A statement an article attributes to someone — who said it, the
/// reporting word, and what was said — or, for `figure` claims, a sentence
/// that asserts a checkable quantity without saying who claims it.
public struct Claim: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A quotation in quote marks.
        case direct
        /// Reported speech: `X said (that) Y`.
        case indirect
        /// `According to X, Y`.
        case accordingTo = "according_to"
        /// An unattributed sentence with a figure in it.
        case figure
    }

    /// A coarse class of the reporting word.
    public enum Stance: String, Sendable, CaseIterable {
        case say, claim, accuse, deny, announce, estimate, warn, believe
    }

    /// The speaker as written (`he`, `the ministry`, `Igor Konashenkov`); nil for figure claims.
    public var speaker: String?
    /// The speaker resolved to a name from the article, when it can be.
    public var speakerCanonical: String?
    /// The reporting word(s) as written: `said`, `told`, `according to`.
    public var cue: String
    /// What was said, without quote marks.
    public var content: String
    /// Whether `content` is a direct quotation.
    public var quote: Bool
    public var kind: Kind
    public var stance: Stance?
    /// The whole attributed sentence or sentences.
    public var span: TextSpan
    /// The content alone.
    public var contentSpan: TextSpan

    public init(speaker: String?, speakerCanonical: String?, cue: String, content: String, quote: Bool,
                kind: Kind, stance: Stance?, span: TextSpan, contentSpan: TextSpan) {
        self.speaker = speaker
        self.speakerCanonical = speakerCanonical
        self.cue = cue
        self.content = content
        self.quote = quote
        self.kind = kind
        self.stance = stance
        self.span = span
        self.contentSpan = contentSpan
    }
}
