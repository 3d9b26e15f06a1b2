@testable import BylineCorpus
import BylineTestSupport
import Testing

/// The walk handed over as it goes gives the listing a whole walk gives.
@Suite struct ListingStreamTests {
    /// 700 articles in nested folders (several hand-overs), with files
    /// passed over, hidden ones and a FIFO among them.
    func corpus() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for number in 0..<700 {
            try folder.write("section\(number % 3)/day\(number % 7)/\(number).txt", "Title \(number)\n\nBody \(number).")
        }
        try folder.write("section1/notes.pdf", "not an article")
        try folder.write("section2/.hidden.txt", "hidden")
        folder.fifo("section0/pipe.txt")
        return folder
    }

    private func described(_ entries: [CorpusWalker.Entry]) -> [String] {
        entries.map { entry in
            switch entry {
            case .file(let file): "\(file.relativePath) \(file.size)"
            case .problem(let problem): problem.description
            }
        }
    }

    @Test func streamedListingEqualsTheWholeWalk() throws {
        let folder = try corpus()
        let loader = try CorpusLoader(path: folder.root)
        let whole = loader.listing()
        let stream = loader.streamListing()
        let streamed = Array(stream.sequence)
        #expect(described(streamed) == described(whole.entries))
        #expect(described(stream.listing.entries) == described(whole.entries))
        #expect(stream.listing.ignored == whole.ignored)
        #expect(whole.entries.count == 701 && whole.ignored == ["section1/notes.pdf"])
        #expect(stream.found == (count: 701, finished: true))
    }

    @Test func waitingForBytesStopsAtTheLimitOrTheEnd() throws {
        let folder = try corpus()
        let loader = try CorpusLoader(path: folder.root)
        let early = loader.streamListing().waitUntil(moreThan: 1_000)
        #expect(early.bytes > 1_000)
        let whole = loader.streamListing().waitUntil(moreThan: 1 << 30)
        #expect(whole.finished && whole.bytes == loader.listing().entries.reduce(0) { total, entry in
            if case .file(let file) = entry { return total + file.size }
            return total
        })
    }

    @Test func anAbandonedWalkStillFinishes() throws {
        let folder = try corpus()
        let stream = try CorpusLoader(path: folder.root).streamListing()
        stream.abandon()
        #expect(stream.listing.entries.count <= 701)
        #expect(stream.found.finished)
    }

    @Test func aSingleFileIsItsWholeListing() throws {
        let folder = try corpus()
        let stream = try CorpusLoader(path: folder.path("section0/day0/0.txt")).streamListing()
        #expect(described(Array(stream.sequence)) == ["0.txt \("Title 0\n\nBody 0.".utf8.count)"])
    }
}
