/// A named field a query term can be restricted to (`person:blair`).
public enum SearchField: String, Sendable, Hashable, CaseIterable {
    /// The canonical name of a PERSON entity in the article.
    case person
    /// The canonical name of an ORG entity in the article.
    case organisation = "org"
    /// The canonical name of a PLACE entity in the article.
    case place
    /// The canonical name of a GROUP entity in the article.
    case group
    /// The canonical name of a claim's speaker.
    case speaker
    /// The article's source (outlet) or the folder it came from.
    case source

    /// The field an entity of kind `kind` is indexed under.
    public init(_ kind: EntityMention.Kind) {
        switch kind {
        case .person: self = .person
        case .organisation: self = .organisation
        case .place: self = .place
        case .group: self = .group
        }
    }

    /// The field a query names (`person`, `org`, `organisation`, `organization`,
    /// `place`, `group`, `speaker`, `source`), whatever its case.
    init?(queryName: String) {
        switch queryName.lowercased() {
        case "person": self = .person
        case "org", "organisation", "organization": self = .organisation
        case "place": self = .place
        case "group": self = .group
        case "speaker": self = .speaker
        case "source": self = .source
        default: return nil
        }
    }

    /// The byte that starts this field's terms in the index: below every
    /// folded word byte, so field terms never answer a word query.
    var tag: UInt8 {
        switch self {
        case .person: 1
        case .organisation: 2
        case .place: 3
        case .group: 4
        case .speaker: 5
        case .source: 6
        }
    }
}
