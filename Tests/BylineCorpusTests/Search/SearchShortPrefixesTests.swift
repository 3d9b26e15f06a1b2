import Testing
@testable import BylineCorpus

/// The ready weights of one-letter prefixes answer exactly as the union of
/// the words beginning with the letter, and go stale with no added document.
@Suite struct SearchShortPrefixesTests {
    private func fixture() -> SearchFixture {
        var fixture = SearchFixture()
        fixture.add([
            searchDocument(0, "Oil price rises", "The price of crude oil rose sharply on Monday."),
            searchDocument(1, "Markets", "Oil prices fell. Gas was flat; the oil firms' shares priced in losses."),
            searchDocument(2, "Football", "The price of tickets rose again, fans said, in Zürich."),
        ])
        fixture.add([
            searchDocument(3, "Élysée statement", "The president met Blair's team in Paris in 2019."),
            searchDocument(4, "Gas", "Gas supplies were cut after the price dispute. Oil was not affected."),
        ])
        return fixture
    }

    private static let queries = ["o", "p", "oil p", "g", "é", "z", "2", "x", "oil !p", "\"the p", "p oil"]

    @Test func readyListsRankAndCountAsTheWordsTheyStandFor() throws {
        let computed = fixture()
        var prepared = computed
        prepared.index.prepareShortPrefixes()
        #expect(computed.index.shortPrefixes == nil)
        let ready = try #require(prepared.index.shortPrefixes)
        #expect(ready.weights([UInt8(ascii: "p")]) != nil && ready.weights([UInt8(ascii: "x")]) == nil)
        #expect(ready.weights([1]) == nil, "field tags are not words")
        for query in Self.queries {
            let a = computed.search(query), b = prepared.search(query)
            #expect(a.total == b.total, "\(query)")
            #expect(a.hits.map(\.id) == b.hits.map(\.id), "\(query)")
            #expect(a.hits.map(\.score) == b.hits.map(\.score), "\(query)")
        }
    }

    @Test func addingDocumentsDropsTheListsAndTheNewOnesAreFound() {
        var fixture = fixture()
        fixture.index.prepareShortPrefixes()
        fixture.add([searchDocument(5, "Quarry", "A quarry opened near Perth.")])
        #expect(fixture.index.shortPrefixes == nil)
        #expect(fixture.ids("q") == [5])
        fixture.index.prepareShortPrefixes()
        #expect(fixture.ids("q") == [5])
        #expect(fixture.ids("p").contains(5))
    }

    @Test func renumberingKeepsTheListsRight() throws {
        var fixture = fixture()
        fixture.index.prepareShortPrefixes()
        let renumbered = fixture.index.renumbered { $0 == 2 ? nil : $0 + 10 }
        #expect(renumbered.shortPrefixes != nil)
        let found = renumbered.search(SearchQuery(parsing: "p"), limit: 10).matches.sortedIDs
        #expect(found == [10, 11, 13, 14])
    }
}
