import Testing
@testable import BylineCorpus

@Suite struct SearchIndexIncrementalTests {
    /// Documents with overlapping vocabularies, so that terms span segments.
    private func documents(_ range: Range<Int>) -> [SearchDocument] {
        let words = ["oil", "price", "gas", "bank", "rate", "vote", "match", "goal", "film", "chip"]
        return range.map { i in
            let body = (0..<12).map { words[(i * 7 + $0 * ($0 + i % 5)) % words.count] + String(i % ($0 + 3)) }
            return searchDocument(i, "\(words[i % words.count]) story \(i)", body.joined(separator: " "),
                            date: NewsDate(year: 2000 + i % 20, month: 1 + i % 12, day: 1 + i % 28),
                            entities: [.init(kind: .person, canonical: "Person \(words[i % 7])")])
        }
    }

    private let queries = ["o", "oi", "oil", "oil ", "oil p", "price3 ", "s", "story 1", "gas !oil", "person:oil",
                           "person:g", "date:2005", "\"oil story\"", "!date:2010..2015 rate", "goal5 film1"]

    @Test func addingInBatchesGivesTheSameResultsAsAtOnce() {
        let all = documents(0..<1500)
        var once = SearchFixture()
        once.add(all)
        var batches = SearchFixture()
        for start in stride(from: 0, to: all.count, by: 97) {
            batches.add(Array(all[start..<min(start + 97, all.count)]))
        }
        #expect(batches.index.segmentCount > 1)
        for query in queries {
            let a = once.search(query, limit: 50), b = batches.search(query, limit: 50)
            #expect(a.total == b.total, "\(query)")
            #expect(a.matches == b.matches, "\(query)")
            #expect(a.hits.map(\.id) == b.hits.map(\.id), "\(query)")
            for (x, y) in zip(a.hits, b.hits) { #expect(abs(x.score - y.score) < 1e-4, "\(query)") }
        }
    }

    @Test func optimizeKeepsTheResults() {
        var f = SearchFixture()
        for start in stride(from: 0, to: 1000, by: 64) { f.add(documents(start..<start + 64)) }
        let before = queries.map { f.search($0, limit: 30) }
        f.index.optimize()
        #expect(f.index.segmentCount == 1)
        for (query, old) in zip(queries, before) {
            let new = f.search(query, limit: 30)
            #expect(new.matches == old.matches, "\(query)")
            #expect(new.hits.map(\.id) == old.hits.map(\.id), "\(query)")
        }
    }

    @Test func queriesBetweenBatchesSeeWhatIsLoaded() {
        var f = SearchFixture()
        f.add([searchDocument(0, "Oil news", "Crude oil.")])
        #expect(f.ids("oil") == [0])
        #expect(f.search("").total == 1)
        f.add([searchDocument(1, "More oil", "Oil again."), searchDocument(2, "Gas", "Only gas.")])
        #expect(f.ids("oil") == [0, 1])
        #expect(f.ids("gas") == [2])
        #expect(f.search("").total == 3)
        #expect(f.index.documentCount == 3)
    }

    @Test func aCopyKeepsItsVersion() {
        var f = SearchFixture()
        f.add([searchDocument(0, "Oil", "")])
        let snapshot = f.index
        #expect(snapshot.search(SearchQuery(parsing: "oil"), limit: 5).total == 1)
        f.add([searchDocument(1, "Oil", "")])
        #expect(snapshot.search(SearchQuery(parsing: "oil"), limit: 5).total == 1)
        #expect(f.search("oil").total == 2)
    }

    @Test func scoresFollowTheWholeCorpus() {
        // A word rare in the first batch becomes common: its weight must drop.
        var f = SearchFixture()
        f.add([searchDocument(0, "x", "oil"), searchDocument(1, "x", "gas")])
        let before = f.search("oil ").hits[0].score
        f.add((2..<40).map { searchDocument($0, "x", "oil") })
        let after = f.search("oil ").hits.first { $0.id == 0 }?.score ?? 0
        #expect(after < before)
    }

    @Test func emptyBatchesChangeNothing() {
        var f = SearchFixture()
        f.add([])
        #expect(f.search("").total == 0)
        #expect(f.search("oil").total == 0)
        f.add([searchDocument(0, "Oil", "")])
        f.add([])
        #expect(f.ids("oil") == [0])
    }
}
