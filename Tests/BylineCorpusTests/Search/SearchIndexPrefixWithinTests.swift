import BylineTestSupport
import Testing
@testable import BylineCorpus

/// A prefix kept to the documents of a query's smallest list gives, for
/// those documents, the scores of the whole union, and the union's length.
@Suite struct SearchIndexPrefixWithinTests {
    /// 400 documents of random words from a small vocabulary, in several
    /// batches (segments), so that prefixes begin several terms a segment.
    static func fixture() -> SearchFixture {
        var random = SeededRandom(seed: 11)
        let vocabulary = ["price", "prices", "prime", "private", "prison", "print", "oil", "oils", "gas", "press",
                          "minister", "market", "march", "prize", "pride", "opec", "oilfield"]
        var fixture = SearchFixture()
        var id = 0
        for _ in 0..<4 {
            var batch: [SearchDocument] = []
            for _ in 0..<100 {
                var words = (0..<Int.random(in: 1...12, using: &random)).map { _ in vocabulary.randomElement(using: &random)! }
                // A rare word: a list small enough for prefixes to be kept to it.
                if Int.random(in: 0..<20, using: &random) == 0 { words.append("cartel") }
                batch.append(searchDocument(id, words.prefix(2).joined(separator: " "), words.dropFirst(2).joined(separator: " ")))
                id += 1
            }
            fixture.add(batch)
        }
        return fixture
    }

    @Test(arguments: ["pri", "pr", "oi", "ma", "mar"])
    func keptToAListItIsTheWholeListThere(_ prefix: String) throws {
        let index = Self.fixture().index
        let within = index.termList(Array("gas".utf8), prefix: false)
        let whole = index.termList(Array(prefix.utf8), prefix: true)
        let kept = try #require(index.prefixList(Array(prefix.utf8), within: within))
        #expect(kept.wholeCount == whole.count)
        let wanted = Set(within.docs)
        let expected = zip(whole.docs, whole.scores).filter { wanted.contains($0.0) }
        #expect(kept.list.docs == expected.map(\.0))
        #expect(kept.list.scores == expected.map(\.1))
    }

    @Test(arguments: ["cartel pri", "cartel pr", "cartel oil pri", "prices cartel", "cartel !prime pri", "cartel ma", "gas pri"])
    func queriesFindAndScoreAsWithTheWholeLists(_ query: String) throws {
        let index = Self.fixture().index
        let parsed = SearchQuery(parsing: query)
        // The whole lists, intersected in order of length as the index did before.
        var lists = parsed.clauses.filter { !$0.isNegated }.map { index.documents($0.target) }
        lists.sort { $0.count < $1.count }
        var whole = try #require(lists.first)
        for list in lists.dropFirst() { whole = whole.intersection(list) }
        for clause in parsed.clauses where clause.isNegated { whole = whole.subtracting(index.documents(clause.target)) }
        let (found, _) = index.matching(parsed.clauses, limit: 400, deadline: .now + .seconds(60)) { _ in nil }
        #expect(!found.docs.isEmpty)
        #expect(found.docs == whole.docs)
        #expect(found.scores == whole.scores)
    }
}
