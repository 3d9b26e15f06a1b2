@testable import BylineCorpus

/// A small index and the texts of its documents, for search tests.
struct SearchFixture {
    var index = SearchIndex()
    var texts: [Int: String] = [:]

    /// Adds documents as one batch.
    mutating func add(_ documents: [SearchDocument]) {
        for document in documents { texts[document.id] = document.title + "\n\n" + document.body }
        index.add(documents)
    }

    /// Results of `query`, phrases checked against the texts.
    func search(_ query: String, limit: Int = 100) -> SearchResults {
        index.search(SearchQuery(parsing: query), limit: limit, phraseBudget: .seconds(3600)) { texts[$0] }
    }

    /// The ids `query` matches, increasing.
    func ids(_ query: String) -> [Int] { search(query).matches.sortedIDs }

    /// The ids of the ranked hits of `query`, best first.
    func ranked(_ query: String, limit: Int = 100) -> [Int] { search(query, limit: limit).hits.map(\.id) }
}

/// A document with only a title and a body.
func searchDocument(_ id: Int, _ title: String, _ body: String = "", date: NewsDate? = nil, source: String? = nil,
              folder: String? = nil, entities: [SearchDocument.Entity] = [], speakers: [String] = []) -> SearchDocument {
    SearchDocument(id: id, title: title, body: Substring(body), source: source, folder: folder, date: date,
                   entities: entities, speakers: speakers)
}
