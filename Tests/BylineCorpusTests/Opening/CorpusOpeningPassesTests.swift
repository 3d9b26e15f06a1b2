@testable import BylineCorpus
import BylineTestSupport
import Foundation
import Synchronization
import Testing

/// A cold opening in three passes: the whole list first, then the text
/// searchable, then the analysis with the names indexed.
@Suite struct CorpusOpeningPassesTests {
    func corpus(_ count: Int = 6) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for number in 0..<count {
            try folder.write("\(number).txt", """
                Council votes on harbour plan \(number)

                Councillor Maria Osei\(number) said the harbour plan would cost 2\(number) million pounds. \
                Harbourword\(number) appears only here.
                """)
        }
        return folder
    }

    /// Where the first event matching `test` is, or nil.
    func place(in events: [CorpusEvent], _ test: (CorpusEvent) -> Bool) -> Int? {
        events.firstIndex(where: test)
    }

    @Test func theListIsCompleteBeforeTheTextIsIndexedAndTheTextBeforeTheAnalysis() throws {
        let folder = try corpus()
        let recorder = try OpeningRecorder.open(folder.root, cache: nil)
        let events = recorder.all
        let listComplete = try #require(place(in: events) { if case .listComplete = $0 { true } else { false } })
        let firstIndexed = try #require(place(in: events) { if case .indexed = $0 { true } else { false } })
        let searchable = try #require(place(in: events) { if case .searchable = $0 { true } else { false } })
        let firstAnalysed = try #require(place(in: events) { if case .analysed = $0 { true } else { false } })
        #expect(listComplete < firstIndexed && firstIndexed < searchable && searchable < firstAnalysed)
        // When searchable: every article's text, but no names yet.
        let textIndex = events[..<searchable].reversed().compactMap { event -> SearchIndex? in
            if case .indexed(let index) = event { return index }
            return nil
        }.first
        #expect(textIndex?.documentCount == 6)
        #expect(textIndex?.search(SearchQuery(parsing: "harbourword4"), limit: 5).hits.map(\.id) == [4])
        #expect(textIndex?.search(SearchQuery(parsing: "person:osei4"), limit: 5).hits.isEmpty == true)
        // At the end, names too.
        #expect(recorder.index?.search(SearchQuery(parsing: "person:osei4"), limit: 5).hits.map(\.id) == [4])
    }

    @Test func aFileThatVanishesAfterTheListLeavesTheOthersInTheirPlaces() throws {
        let folder = try corpus()
        let events = Mutex<[CorpusEvent]>([])
        let vanishing = folder.path("2.txt")
        let opener = CorpusOpener(loader: try CorpusLoader(path: folder.root)) { event in
            // Between the list and the index passes.
            if case .listComplete = event { try? FileManager.default.removeItem(atPath: vanishing) }
            events.withLock { $0.append(event) }
        }
        opener.run()
        let index = try #require(events.withLock { $0 }.reversed().lazy.compactMap { event -> SearchIndex? in
            if case .indexed(let index) = event { return index }
            return nil
        }.first)
        #expect(index.documentCount == 6)
        #expect(index.search(SearchQuery(parsing: "harbourword2"), limit: 5).hits.isEmpty)
        for number in [0, 1, 3, 4, 5] {
            #expect(index.search(SearchQuery(parsing: "harbourword\(number)"), limit: 5).hits.map(\.id) == [number])
            #expect(index.search(SearchQuery(parsing: "person:osei\(number)"), limit: 5).hits.map(\.id) == [number])
        }
    }
}
