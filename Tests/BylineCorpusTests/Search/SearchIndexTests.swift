import Testing
@testable import BylineCorpus

@Suite struct SearchIndexTests {
    private func fixture() -> SearchFixture {
        var fixture = SearchFixture()
        fixture.add([
            searchDocument(0, "Oil price rises", "The price of crude oil rose sharply on Monday."),
            searchDocument(1, "Markets", "Oil prices fell. Gas was flat; the oil firms' shares priced in losses."),
            searchDocument(2, "Football", "The price of tickets rose again, fans said."),
            searchDocument(3, "Élysée statement", "The president met Blair's team in Paris."),
            searchDocument(4, "Gas", "Gas supplies were cut after the price dispute. Oil was not affected."),
        ])
        return fixture
    }

    @Test func wholeWordsMatchWholeWordsOnly() {
        let f = fixture()
        #expect(f.ids("price ") == [0, 2, 4])
        #expect(f.ids("oil ") == [0, 1, 4])
    }

    @Test func theLastWordBeingTypedIsAPrefix() {
        let f = fixture()
        #expect(f.ids("pric") == [0, 1, 2, 4])
        #expect(f.ids("price") == [0, 1, 2, 4])
        #expect(f.ids("oil pric") == [0, 1, 4])
        #expect(f.ids("oil price ") == [0, 4])
    }

    @Test func aPrefixScoresAsOneTermSoARareCompletionDoesNotWin() {
        var fixture = SearchFixture()
        fixture.add([
            searchDocument(0, "Optics", "A prism splits light into its colours in the lab."),
            searchDocument(1, "Price", "The price rose. The price fell. The price held."),
            searchDocument(2, "Price watch", "The price was steady."),
            searchDocument(3, "Weather", "Rain in the north."),
            searchDocument(4, "Markets", "Shares and the price of gold."),
            searchDocument(5, "Shops", "A price war on milk."),
        ])
        // "pri" stands for prism (one article) and price (two): the article
        // most about what is typed comes first, not the one rare word.
        #expect(fixture.ranked("pri").first == 1)
        #expect(Set(fixture.ranked("pri")) == [0, 1, 2, 4, 5])
    }

    @Test func onlyTheLastWordIsAPrefix() {
        let f = fixture()
        #expect(f.ids("pric oil").isEmpty)
    }

    @Test func allWordsMustMatch() {
        let f = fixture()
        #expect(f.ids("gas price ") == [4])
        #expect(f.ids("gas zebra ").isEmpty)
    }

    @Test func phrasesNeedTheWordsTogether() {
        let f = fixture()
        #expect(f.ids("\"oil price\"") == [0])
        #expect(f.ids("\"price of\"") == [0, 2])
        #expect(f.ids("\"crude oil rose\"") == [0])
        #expect(f.ids("\"rose oil\"").isEmpty)
    }

    @Test func aPhraseBeingTypedEndsInAPrefix() {
        let f = fixture()
        #expect(f.ids("\"oil pri") == [0, 1])
        #expect(f.ids("\"the oil f") == [1])
    }

    @Test func wordsTheTokenizerSplitsArePhrases() {
        let f = fixture()
        #expect(f.ids("blair's ") == [3])
        #expect(f.ids("firms' shares ") == [1])
        #expect(f.ids("gas.flat ").isEmpty)
    }

    @Test func withoutTextAPhraseIsItsWords() {
        let f = fixture()
        let results = f.index.search(SearchQuery(parsing: "\"rose oil\""), limit: 10)
        #expect(results.matches.sortedIDs == [0])
    }

    @Test func negation() {
        let f = fixture()
        #expect(f.ids("price !gas") == [0, 2])
        #expect(f.ids("!oil") == [2, 3])
        #expect(f.ids("!pric") == [0, 1, 2, 3, 4])
        #expect(f.ids("oil !\"oil price\"") == [1, 4])
        #expect(f.ids("!\"price of\" !gas") == [3])
    }

    @Test func matchingIgnoresCaseAndDiacritics() {
        let f = fixture()
        #expect(f.ids("elysee") == [3])
        #expect(f.ids("ÉLYSÉE ") == [3])
        #expect(f.ids("OIL PRICE ") == [0, 4])
    }

    @Test func emptyQueryMatchesEverythingWithoutRanking() {
        let f = fixture()
        let results = f.search("")
        #expect(results.total == 5)
        #expect(results.hits.isEmpty)
        #expect(results.matches.sortedIDs == [0, 1, 2, 3, 4])
    }

    @Test func totalCountsEveryMatchAndHitsAreLimited() {
        let f = fixture()
        let results = f.search("the", limit: 2)
        #expect(results.total == 5)
        #expect(results.hits.count == 2)
        #expect(results.matches.count == 5)
        #expect(f.search("the", limit: 0).hits.isEmpty)
        #expect(f.search("the", limit: -3).hits.isEmpty)
    }

    @Test func titleMatchesRankFirst() {
        var f = SearchFixture()
        f.add([
            searchDocument(0, "Markets today", "Shares rose. Gas too."),
            searchDocument(1, "Gas shortage", "Shares rose."),
            searchDocument(2, "Markets", "Shares rose, gas too."),
        ])
        #expect(f.ranked("gas ").first == 1)
    }

    @Test func rarerWordsAndMoreOccurrencesScoreHigher() {
        var f = SearchFixture()
        f.add([
            searchDocument(0, "A", "common common rare"),
            searchDocument(1, "B", "common word"),
            searchDocument(2, "C", "common common common filler filler"),
        ])
        #expect(f.ranked("common rare ") == [0])
        let hits = f.search("common ").hits
        #expect(hits.map(\.id) == [2, 0, 1])
        #expect(hits[0].score > hits[1].score && hits[1].score > hits[2].score)
    }

    @Test func tiesGoToTheLowerID() {
        var f = SearchFixture()
        f.add([searchDocument(7, "same", "text"), searchDocument(3, "same", "text"), searchDocument(5, "same", "text")])
        #expect(f.ranked("same ") == [3, 5, 7])
        #expect(f.ranked("!other") == [3, 5, 7])
        #expect(f.ranked("same ", limit: 2) == [3, 5])
    }

    @Test func filtersAloneScoreZero() {
        let f = fixture()
        #expect(f.search("!oil").hits.allSatisfy { $0.score == 0 })
    }

    @Test func documentsWithInvalidIDsAreSkipped() {
        var f = SearchFixture()
        f.add([searchDocument(-1, "lost", ""), searchDocument(2, "kept", "")])
        #expect(f.index.documentCount == 1)
        #expect(f.ids("kept") == [2])
        #expect(f.ids("lost").isEmpty)
    }

    @Test func garbageQueriesDoNotCrash() {
        let f = fixture()
        for query in ["\"", "!!!", ":::", "foo:bar", "\"oil", "!\"", "person:", "date:", "date:x", "\u{0}", "🛢️ oil"] {
            _ = f.search(query)
        }
        #expect(f.ids("!!!") == [0, 1, 2, 3, 4])
        #expect(f.ids("\"") == [0, 1, 2, 3, 4])
        #expect(f.ids("🛢️ oil ") == [0, 1, 4])
        let long = String(repeating: "oil \"price !gas :x ", count: 600)
        #expect(f.search(long).total <= 5)
    }

    @Test func aRepeatedQueryGivesTheSameResults() {
        let f = fixture()
        let first = f.search("oil pri")
        let again = f.search("oil pri")
        #expect(first.hits == again.hits)
        #expect(first.matches == again.matches)
    }
}
