import Testing
@testable import BylineCorpus

@Suite struct SearchIndexPhraseTests {
    private func fixture() -> SearchFixture {
        var f = SearchFixture()
        f.add([
            searchDocument(0, "Oil price up", "The oil price rose."),
            searchDocument(1, "Price of oil", "Oil and the price."),
            searchDocument(2, "Other", "Price oil."),
            searchDocument(3, "Gas", "No oil here, no price either? The oil price, yes."),
        ])
        return f
    }

    private func search(_ f: SearchFixture, _ query: String, budget: Duration) -> SearchResults {
        f.index.search(SearchQuery(parsing: query), limit: 10, phraseBudget: budget) { id in f.texts[id] }
    }

    @Test func withoutTimeEveryCandidateIsUnverified() {
        let f = fixture()
        let results = search(f, "\"oil price\"", budget: .zero)
        #expect(results.unverified == 4)
        #expect(!results.isComplete)
        #expect(results.total == 4)
        #expect(results.matches.sortedIDs == [0, 1, 2, 3])
        #expect(results.hits.isEmpty)
    }

    @Test func askingAgainFinishesTheChecks() {
        let f = fixture()
        _ = search(f, "\"oil price\"", budget: .zero)
        let results = search(f, "\"oil price\"", budget: .seconds(60))
        #expect(results.isComplete)
        #expect(results.matches.sortedIDs == [0, 3])
        #expect(results.hits.map(\.id).sorted() == [0, 3])
        // The checks are remembered: no time is needed any more.
        let again = search(f, "\"oil price\" the", budget: .zero)
        #expect(again.isComplete)
        #expect(again.matches.sortedIDs == [0, 3])
    }

    @Test func negatedPhrasesAreCheckedToo() {
        let f = fixture()
        let pending = search(f, "oil !\"oil price\"", budget: .zero)
        #expect(pending.unverified == 4)
        let done = search(f, "oil !\"oil price\"", budget: .seconds(60))
        #expect(done.isComplete)
        #expect(done.matches.sortedIDs == [1, 2])
    }

    @Test func queriesWithoutPhrasesNeedNoTime() {
        let f = fixture()
        let results = search(f, "oil price ", budget: .zero)
        #expect(results.isComplete)
        #expect(results.total == 4)
    }

    @Test func anyLimitWorks() {
        let f = fixture()
        let all = f.index.search(SearchQuery(parsing: "\"oil price\""), limit: .max, phraseBudget: .seconds(60)) { f.texts[$0] }
        #expect(all.hits.map(\.id).sorted() == [0, 3])
        let none = f.index.search(SearchQuery(parsing: "\"oil price\" "), limit: 0, phraseBudget: .seconds(60)) { f.texts[$0] }
        #expect(none.hits.isEmpty)
        #expect(none.total == 2)
    }

    @Test func checksOfAShorterPhraseAreReused() {
        var f = SearchFixture()
        f.add([
            searchDocument(0, "A", "oil price rose"),
            searchDocument(1, "B", "price oil rose"),
            searchDocument(2, "C", "oil price fell, rose"),
        ])
        #expect(search(f, "\"oil price\"", budget: .seconds(60)).matches.sortedIDs == [0, 2])
        // Document 1 does not hold "oil price", so it cannot hold "oil price rose": no check needed.
        let longer = search(f, "\"oil price rose\"", budget: .zero)
        #expect(longer.matches.sortedIDs == [0, 2])
        #expect(longer.unverified == 2)
        #expect(search(f, "\"oil price ro", budget: .zero).unverified == 2)
        #expect(search(f, "\"oil price rose\"", budget: .seconds(60)).matches.sortedIDs == [0])
    }

    @Test func whichPhrasesImplyWhich() {
        func key(_ words: [String], _ prefix: Bool) -> SearchPhraseKey { SearchPhraseKey(words: words, lastIsPrefix: prefix) }
        #expect(key(["the", "oil", "pr"], true).implies(key(["the", "oil"], false)))
        #expect(key(["the", "oil", "pr"], true).implies(key(["the", "oil", "p"], true)))
        #expect(key(["the", "oil"], false).implies(key(["the", "o"], true)))
        #expect(key(["the", "oil"], false).implies(key(["the", "oil"], true)))
        #expect(!key(["the", "oil"], true).implies(key(["the", "oil"], false)))
        #expect(!key(["the", "oil"], false).implies(key(["oil", "price"], false)))
        #expect(!key(["the", "oil"], false).implies(key(["the", "oil", "price"], false)))
        #expect(!key(["the", "oil"], false).implies(key(["the"], true)))
    }
}
