/// What Byline finds in one article: its entities, its figures and its
/// claims, each located by a span into the article's `text`.
public struct ArticleAnalysis: Sendable, Hashable {
    public var entities: [EntityMention]
    public var numbers: [NumberMention]
    public var claims: [Claim]

    public init(entities: [EntityMention] = [], numbers: [NumberMention] = [], claims: [Claim] = []) {
        self.entities = entities
        self.numbers = numbers
        self.claims = claims
    }
}

/// Analyses articles with the gazetteers and the capitalisation evidence of
/// the corpus they belong to. Cheap to copy and safe to share across threads.
public struct Analyzer: Sendable {
    let gazetteer: Gazetteer
    let evidence: CapitalisationEvidence

    /// An analyzer for a corpus whose capitalisation evidence is `evidence`
    /// (see ``CapitalisationEvidence``); an empty one uses each article's own.
    public init(evidence: CapitalisationEvidence = CapitalisationEvidence()) {
        gazetteer = Gazetteer.shared
        self.evidence = evidence
    }

    /// Entities, numbers and (unless `claims` is false) claims of `article`.
    public func analyze(_ article: Article, claims findClaims: Bool = true) -> ArticleAnalysis {
        let tokens = TokenizedText(article.text)
        var evidence = self.evidence
        if evidence.wordCount == 0 { evidence.add(tokens) }
        let recognizer = EntityRecognizer(gazetteer: gazetteer, evidence: evidence)
        let entities = recognizer.entities(in: tokens)
        let numbers = NumberExtractor.numbers(in: article.text)
        let claims = findClaims ? ClaimExtractor(text: tokens, entities: entities, numbers: numbers).claims() : []
        return ArticleAnalysis(entities: entities, numbers: numbers, claims: claims)
    }

    /// What opening a corpus keeps of `article`: its entities and the
    /// claims that have a speaker, which the index and the entity counts
    /// are made of. Numbers are left out, and with them the figure claims
    /// they make, which have no speaker; ``analyze(_:claims:)`` gives them
    /// when the article is read.
    public func analyzeNames(_ article: Article) -> ArticleAnalysis {
        analyzeNames(text: article.text)
    }

    /// ``analyzeNames(_:)`` of an article's text.
    func analyzeNames(text: String) -> ArticleAnalysis {
        let tokens = TokenizedText(text)
        var evidence = self.evidence
        if evidence.wordCount == 0 { evidence.add(tokens) }
        let entities = EntityRecognizer(gazetteer: gazetteer, evidence: evidence).entities(in: tokens)
        let claims = ClaimExtractor(text: tokens, entities: entities, numbers: []).claims()
        return ArticleAnalysis(entities: entities, claims: claims.filter { $0.speaker != nil })
    }
}
