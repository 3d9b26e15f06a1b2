import BylineCorpus

/// Which annotations the reader colours; `t` cycles them.
public enum AnnotationLayers: String, Sendable, Hashable, CaseIterable {
    case all, entities, numbers, off

    var next: AnnotationLayers {
        let all = AnnotationLayers.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    var showsEntities: Bool { self == .all || self == .entities }
    var showsNumbers: Bool { self == .all || self == .numbers }
}

/// A search inside the open article: its matches and the one `n`/`N` is on.
public struct TextSearch: Sendable, Hashable {
    public var query: String
    public var matches: [TextSpan]
    public var current: Int?

    public init(query: String, matches: [TextSpan], current: Int?) {
        self.query = query
        self.matches = matches
        self.current = current
    }
}

/// The reader pane: the open article, the scroll position, the annotation
/// layers, the search and the marked claim.
public struct ReaderState: Sendable, Hashable {
    /// Index of the open article in the library.
    public var article: Int?
    /// The open article, read from the library's source; nil when it could not be read.
    public var document: Article?
    /// Its analysis, once the shell has made it (see ``Effect/analyse(article:)``).
    public var analysis: ArticleAnalysis?
    /// First line of the laid-out article shown.
    public var top = 0
    public var layers: AnnotationLayers = .all
    public var search: TextSearch?
    public var showsMatches = true
    /// The mention the last `]x`/`[x` motion moved to.
    public var focus: TextSpan?
    /// The claim (index in the article's claims) whose sentence is marked.
    public var markedClaim: Int?
    /// The article laid out for the pane's width; rebuilt when either changes.
    public var layout = ReaderLayout.empty

    public init() {}
}

/// The claims panel: which claim is selected and where it is scrolled.
public struct ClaimsState: Sendable, Hashable {
    /// The filter typed after `/` in the panel: speaker, cue or content.
    public var query = ""
    /// Position of the selection among the claims shown.
    public var selected = 0
    public var top = 0

    public init() {}
}
