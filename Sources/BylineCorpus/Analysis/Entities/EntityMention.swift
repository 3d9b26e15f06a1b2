/// A named person, organisation, place or group mentioned in an article.
public struct EntityMention: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case person = "PERSON", organisation = "ORG", place = "PLACE", group = "GROUP"
    }

    /// The mention as written, without titles: `Igor Konashenkov`, `Konashenkov`, `U.S.`.
    public var text: String
    public var kind: Kind
    /// The entity's name within the article: the full name for a surname
    /// alone, the expansion for an acronym the article spells out, one name
    /// for the aliases of a place or body (`US`, `U.S.`, `America` → `United States`).
    public var canonical: String
    /// Where the mention sits in the article's `text`, in Unicode scalars.
    public var span: TextSpan

    public init(text: String, kind: Kind, canonical: String, span: TextSpan) {
        self.text = text
        self.kind = kind
        self.canonical = canonical
        self.span = span
    }
}
