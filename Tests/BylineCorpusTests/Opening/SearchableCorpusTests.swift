@testable import BylineCorpus
import BylineTestSupport
import Foundation
import Testing

/// A corpus opened for search gives the same ranked hits and snippets
/// whether its texts are held in memory or read again from the files
/// (several at once).
@Suite struct SearchableCorpusTests {
    func corpus() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let places = ["Lagos", "Perth", "Quito", "Oslo", "Hanoi", "Cusco", "Tunis", "Minsk"]
        for (number, place) in places.enumerated() {
            try folder.write("news/\(number).txt", """
                Oil price worries \(place)

                Traders in \(place) watched the oil price climb for a \(number + 2)th day. \
                Officials said the price of crude would weigh on prices at the pump.

                Later paragraphs repeat oil prices, pricing and priced goods \(number) times.
                """)
        }
        return folder
    }

    @Test func snippetsAreTheSameReadFromFilesOrHeld() throws {
        let folder = try corpus()
        let opened = CorpusOpener.openForSearch(try CorpusLoader(path: folder.root), cache: nil).corpus
        let files = try #require(opened.source as? CorpusFiles)
        #expect(files.isHoldingTexts && !files.readsFiles)
        let queries = ["o", "oil pri", "\"oil price\"", "price !lagos", "pump"]
        let held = queries.map { opened.search($0, limit: 10, snippets: 6) }
        // Now as a large corpus would be: every text read again from its file.
        files.holdTexts(whenFilesTotal: HeldTexts.budget + 1)
        #expect(files.readsFiles)
        let read = queries.map { opened.search($0, limit: 10, snippets: 6) }
        for (a, b) in zip(held, read) {
            #expect(a.total == b.total)
            #expect(a.hits.map(\.place) == b.hits.map(\.place))
            #expect(a.hits.map(\.snippet) == b.hits.map(\.snippet))
            #expect(a.hits.prefix(6).allSatisfy { $0.snippet != nil })
            #expect(a.hits.dropFirst(6).allSatisfy { $0.snippet == nil })
        }
    }
}
