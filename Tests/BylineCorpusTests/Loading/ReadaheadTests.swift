@testable import BylineCorpus
import BylineTestSupport
import Foundation
import Testing

/// The read-ahead of files not in the page cache: files just written count
/// as cached, and when it does run it neither hangs on a FIFO nor follows a
/// link, and stops when asked.
@Suite struct ReadaheadTests {
    func corpus() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for number in 0..<40 {
            try folder.write("news/\(number).txt", "Headline \(number)\n\nBody of article \(number).\n")
        }
        return folder
    }

    @Test func filesJustWrittenAreCached() throws {
        let folder = try corpus()
        let paths = (0..<40).map { folder.path("news/\($0).txt") }
        #expect(Readahead.samplesAreCached(paths))
        #expect(Readahead.startIfUncached(paths) == nil)
    }

    @Test func runsOverFIFOsLinksAndMissingFilesAndStops() throws {
        let folder = try corpus()
        let fifo = folder.path("news/pipe.txt")
        #expect(mkfifo(fifo, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.path("news/link.txt"), withDestinationPath: "/etc/passwd")
        var paths = (0..<40).map { folder.path("news/\($0).txt") }
        paths.insert(fifo, at: 3)
        paths.insert(folder.path("news/link.txt"), at: 7)
        paths.insert(folder.path("news/missing.txt"), at: 11)
        let readahead = Readahead.start(paths)
        readahead.handedOut(upTo: paths.count)
        readahead.stop()
        // Loading still gives every article, in order.
        let corpus = try Corpus.load(path: folder.root)
        #expect(corpus.articles.count == 40)
    }

    @Test func stopsWhileWaitingForTheParsers() throws {
        // More files than it may advise ahead of the parsers, none handed out:
        // it waits, and stopping ends the wait.
        let paths = Array(repeating: "/nonexistent/byline-readahead-test", count: Readahead.ahead * 2)
        let readahead = Readahead.start(paths)
        let started = ContinuousClock.now
        readahead.stop()
        #expect(ContinuousClock.now - started < .seconds(5))
    }
}
