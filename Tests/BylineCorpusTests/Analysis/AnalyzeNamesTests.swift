import BylineTestSupport
import Testing
@testable import BylineCorpus

/// What an opening keeps of an article (entities, claims with a speaker)
/// is what the full analysis finds, without the numbers and figure claims.
@Suite struct AnalyzeNamesTests {
    func article(_ paragraphs: [String]) -> Article {
        let draft = ArticleDraft(title: "Council backs harbour plan", paragraphs: paragraphs.map { [$0[...]] })
        return try! ArticleAssembler.assemble(draft, path: "harbour.txt").get()
    }

    func expectSameNames(_ article: Article, _ analyzer: Analyzer = Analyzer()) {
        let full = analyzer.analyze(article)
        let names = analyzer.analyzeNames(article)
        #expect(names.entities == full.entities, "\(article.path)")
        #expect(names.claims == full.claims.filter { $0.speaker != nil }, "\(article.path)")
        #expect(names.numbers.isEmpty)
    }

    @Test func sameEntitiesAndSpokenClaimsWithoutFigures() {
        let article = article([
            "Councillor Maria Osei said the plan would cost £20m and bring 3,000 jobs to Portsmouth.",
            "\"We have waited ten years for this,\" said Ahmed Khan, who chairs the Harbour Trust.",
            "The Environment Agency reported that 40% of the estuary flooded in 2019, affecting Southsea residents.",
            "Unemployment in Portsmouth fell to 4.2% last year, the lowest level in a decade.",
        ])
        let full = Analyzer().analyze(article)
        #expect(full.claims.contains { $0.kind == .figure }, "the fixture has a figure claim to leave out")
        #expect(full.claims.contains { $0.speaker != nil })
        expectSameNames(article)
    }

    @Test(.enabled(if: SharedMaterial.available, "../shared/corpora is absent: skipping the BBC comparison"))
    func sameOnTheBBCCorpus() throws {
        let corpus = try Corpus.load(path: SharedMaterial.corpora + "/bbc")
        let analyzer = Analyzer.forCorpus(corpus)
        for article in corpus.articles.enumerated().filter({ $0.offset % 7 == 0 }).map(\.element) {
            expectSameNames(article, analyzer)
        }
    }
}
