/// What Byline finds in one article: its entities and its figures, each
/// located by a span into the article's `text`.
public struct ArticleAnalysis: Sendable, Hashable {
    public var entities: [EntityMention]
    public var numbers: [NumberMention]

    public init(entities: [EntityMention] = [], numbers: [NumberMention] = []) {
        self.entities = entities
        self.numbers = numbers
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

    public func analyze(_ article: Article) -> ArticleAnalysis {
        let tokens = TokenizedText(article.text)
        var evidence = self.evidence
        if evidence.wordCount == 0 { evidence.add(tokens) }
        let recognizer = EntityRecognizer(gazetteer: gazetteer, evidence: evidence)
        return ArticleAnalysis(entities: recognizer.entities(in: tokens), numbers: NumberExtractor.numbers(in: article.text))
    }
}
