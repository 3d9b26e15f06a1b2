import Testing
@testable import BylineCorpus

/// The ready weights of the heaviest two-byte prefixes find, count and
/// score as the union of their words does, alone and kept to a small list.
@Suite struct SearchPrefixWeightsTests {
    private static let queries = ["pr", "oi", "ma", "oilfield pr", "oil pr", "gas pr", "cartel pr", "cartel oi", "gas !pr",
                                  "\"oil pr", "market pr", "p", "pri", "cartel pri"]

    @Test func readyWeightsFindCountAndScoreAsTheUnionOfTheirWords() throws {
        let computed = SearchIndexPrefixWithinTests.fixture()
        var prepared = computed
        prepared.index.prepareShortPrefixes()
        let ready = try #require(prepared.index.shortPrefixes)
        #expect(ready.weights(Array("pr".utf8)) != nil)
        #expect(ready.weights(Array("pri".utf8)) == nil, "two bytes only")
        for query in Self.queries {
            let a = computed.search(query, limit: 400), b = prepared.search(query, limit: 400)
            #expect(a.total > 0, "\(query)")
            #expect(a.total == b.total, "\(query)")
            #expect(a.hits.map(\.id) == b.hits.map(\.id), "\(query)")
            #expect(a.hits.map(\.score) == b.hits.map(\.score), "\(query)")
        }
    }

    @Test func keptToAListTheyGiveTheWholeListThereAndItsLength() throws {
        var index = SearchIndexPrefixWithinTests.fixture().index
        let whole = index.termList(Array("pr".utf8), prefix: true)
        index.prepareShortPrefixes()
        let within = index.termList(Array("cartel".utf8), prefix: false)
        let kept = try #require(index.prefixList(Array("pr".utf8), within: within))
        #expect(kept.wholeCount == whole.count)
        let wanted = Set(within.docs)
        let expected = zip(whole.docs, whole.scores).filter { wanted.contains($0.0) }
        #expect(!expected.isEmpty)
        #expect(kept.list.docs == expected.map(\.0))
        #expect(kept.list.scores == expected.map(\.1))
    }

    @Test func theHeaviestPrefixesComeFirstFieldsAndLightOnesLeftOut() {
        var fixture = SearchFixture()
        fixture.add([
            searchDocument(0, "Oil", "price prices prime oil gas", entities: [.init(kind: .person, canonical: "Prudence Price")]),
            searchDocument(1, "Oil", "price oil gas"),
            searchDocument(2, "Prize", "price oils oil"),
        ])
        let pairs = SearchShortPrefixes.heaviestPairs(of: fixture.index, limit: 8).map { String(decoding: [UInt8($0 >> 8), UInt8($0 & 0xFF)], as: UTF8.self) }
        // pr: 6 postings (price 3, prices, prime, prize); oi: 4 (oil 3,
        // oils); ga: 2, not more than the 3 documents; the name is a field's.
        #expect(pairs == ["pr", "oi"])
        #expect(SearchShortPrefixes.heaviestPairs(of: fixture.index, limit: 1).count == 1)
    }

    @Test func aSumTooLargeForTwoBytesIsKeptExactly() throws {
        // 260 words beginning "pr", each 255 times: a weight of 66,300.
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let words: [String] = (0..<260).map { (k: Int) -> String in "pr" + String(letters[k / 26]) + String(letters[k % 26]) }
        let body = words.map { (word: String) -> String in Array(repeating: word, count: 255).joined(separator: " ") }.joined(separator: " ")
        var fixture = SearchFixture()
        fixture.add([searchDocument(0, "Long", body), searchDocument(1, "Short", "prize"), searchDocument(2, "Other", "press")])
        var prepared = fixture
        prepared.index.prepareShortPrefixes()
        for prefix in ["p", "pr"] {
            let weights = SearchPrefixWeights(prefix: Array(prefix.utf8), of: prepared.index)
            #expect(weights.weight(0) == 66_300 && weights.weight(1) == 1 && weights.holders == 3, "\(prefix)")
            let a = fixture.search(prefix), b = prepared.search(prefix)
            #expect(b.total == 3)
            #expect(a.hits.map(\.id) == b.hits.map(\.id))
            #expect(a.hits.map(\.score) == b.hits.map(\.score))
        }
    }
}
