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

    /// Opens `folder`, holding its texts in memory or not (a budget of 0),
    /// removing `2.txt` between the list and the index passes; returns the
    /// last index reported.
    func openRemovingAFileAfterTheList(_ folder: TemporaryFolder, cache: CorpusCache? = nil, heldTextBudget: Int) throws -> SearchIndex {
        let events = Mutex<[CorpusEvent]>([])
        let vanishing = folder.path("2.txt")
        let opener = CorpusOpener(loader: try CorpusLoader(path: folder.root), cache: cache, heldTextBudget: heldTextBudget) { event in
            if case .listComplete = event { try? FileManager.default.removeItem(atPath: vanishing) }
            events.withLock { $0.append(event) }
        }
        opener.run()
        return try #require(events.withLock { $0 }.reversed().lazy.compactMap { event -> SearchIndex? in
            if case .indexed(let index) = event { return index }
            return nil
        }.first)
    }

    @Test(arguments: [false, true])
    func aFileThatVanishesAfterTheListLeavesTheOthersInTheirPlaces(keepingTexts: Bool) throws {
        // Files read again by the index pass, and by the analysis too or
        // (with a cache) from the texts the index pass kept: the vanished one is empty.
        let folder = try corpus()
        let scratch = try TemporaryFolder()
        let cache = keepingTexts ? CorpusCache(folder: scratch.path("cache"), corpusPath: folder.root, producer: "vanishing-test") : nil
        let index = try openRemovingAFileAfterTheList(folder, cache: cache, heldTextBudget: 0)
        #expect(index.documentCount == 6)
        #expect(index.search(SearchQuery(parsing: "harbourword2"), limit: 5).hits.isEmpty)
        #expect(index.search(SearchQuery(parsing: "person:osei2"), limit: 5).hits.isEmpty)
        for number in [0, 1, 3, 4, 5] {
            #expect(index.search(SearchQuery(parsing: "harbourword\(number)"), limit: 5).hits.map(\.id) == [number])
            #expect(index.search(SearchQuery(parsing: "person:osei\(number)"), limit: 5).hits.map(\.id) == [number])
        }
    }

    @Test func theLaterPassesReadWhatTheListHeld() throws {
        // Texts held from the list: the vanished file's article is indexed
        // and analysed as it was listed, the others in their places.
        let index = try openRemovingAFileAfterTheList(try corpus(), heldTextBudget: HeldTexts.budget)
        #expect(index.documentCount == 6)
        for number in 0..<6 {
            #expect(index.search(SearchQuery(parsing: "harbourword\(number)"), limit: 5).hits.map(\.id) == [number])
            #expect(index.search(SearchQuery(parsing: "person:osei\(number)"), limit: 5).hits.map(\.id) == [number])
        }
    }

    /// What an opening found: each article's entities, and the index's answers to a few queries.
    func found(_ folder: TemporaryFolder, cache: CorpusCache?, heldTextBudget: Int, passesReadingKeptTexts: Int) throws -> [String] {
        let events = Mutex<[CorpusEvent]>([])
        let opener = CorpusOpener(loader: try CorpusLoader(path: folder.root), cache: cache,
                                  heldTextBudget: heldTextBudget) { event in events.withLock { $0.append(event) } }
        opener.run()
        #expect(opener.passesReadingKeptTexts.load(ordering: .relaxed) == passesReadingKeptTexts)
        let all = events.withLock { $0 }
        var lines: [String] = []
        for case .analysed(let results) in all {
            for result in results { lines.append("\(result.index): " + result.entities.map { "\($0.kind) \($0.canonical)" }.joined(separator: ", ")) }
        }
        let index = try #require(all.reversed().lazy.compactMap { event -> SearchIndex? in
            if case .indexed(let index) = event { return index }
            return nil
        }.first)
        for query in ["harbour plan", "person:osei3", "\"harbour plan would\"", "council !harbourword1", "million"] {
            lines.append(query + " → " + index.search(SearchQuery(parsing: query), limit: 10).hits.map { "\($0.id) \($0.score)" }.joined(separator: " "))
        }
        return lines
    }

    @Test func textsKeptOrHeldGiveWhatTheFilesReadAgainGive() throws {
        let folder = try corpus(12)
        let scratch = try TemporaryFolder()
        let cache = CorpusCache(folder: scratch.path("cache"), corpusPath: folder.root, producer: "kept-texts-test")
        // Held in memory by none (a budget of 0): the index pass reads the
        // files and keeps their texts in a file beside the cache for the analysis.
        let fromTheTemporaryFile = try found(folder, cache: cache, heldTextBudget: 0, passesReadingKeptTexts: 1)
        // Without a cache, nothing is kept: both passes read the files.
        let fromTheFiles = try found(folder, cache: nil, heldTextBudget: 0, passesReadingKeptTexts: 0)
        let fromMemory = try found(folder, cache: nil, heldTextBudget: HeldTexts.budget, passesReadingKeptTexts: 2)
        #expect(fromTheFiles.count > 12)
        #expect(fromTheTemporaryFile == fromTheFiles)
        #expect(fromMemory == fromTheFiles)
        // Nothing but the cache is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("cache")).allSatisfy { $0.hasSuffix(".byline-cache") })
    }

    @Test func theTextIndexIsOneSegmentBeforeTheAnalysisStarts() throws {
        // 600 articles: more than one batch, so the text is indexed in several segments.
        let folder = try corpus(600)
        let recorder = try OpeningRecorder.open(folder.root, cache: nil)
        let events = recorder.all
        let searchable = try #require(place(in: events) { if case .searchable = $0 { true } else { false } })
        let firstAnalysed = try #require(place(in: events) { if case .analysed = $0 { true } else { false } })
        func indexes(_ range: Range<Int>) -> [SearchIndex] {
            events[range].compactMap { event in
                if case .indexed(let index) = event { return index }
                return nil
            }
        }
        #expect(indexes(0..<searchable).contains { $0.segmentCount > 1 })
        let analysed = try #require(indexes(searchable..<firstAnalysed).last)
        #expect(analysed.segmentCount == 1)
        #expect(analysed.documentCount == 600)
        let last = try #require(recorder.entries.firstIndex { $0.path.hasSuffix("599.txt") })
        #expect(analysed.search(SearchQuery(parsing: "harbourword599"), limit: 5).hits.map(\.id) == [last])
    }
}
