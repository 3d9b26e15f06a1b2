extension Analyzer {
    /// An analyzer for the corpus `loader` opens, with the corpus's
    /// capitalisation evidence gathered in a first pass that keeps no articles.
    public static func forCorpus(_ loader: CorpusLoader) -> Analyzer {
        var evidence = CapitalisationEvidence()
        loader.load(transform: { CapitalisationEvidence(article: $0.text) }) { event in
            if case .article(let articleEvidence) = event { evidence.merge(articleEvidence) }
        }
        return Analyzer(evidence: evidence)
    }

    /// An analyzer for articles already in memory.
    public static func forCorpus(_ corpus: Corpus) -> Analyzer {
        Analyzer(evidence: CapitalisationEvidence(merging: corpus.articles.map { CapitalisationEvidence(article: $0.text) }))
    }
}
