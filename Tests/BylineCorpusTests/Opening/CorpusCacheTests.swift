@testable import BylineCorpus
import BylineTestSupport
import Foundation
import Synchronization
import Testing

/// Reopening a corpus from its cache: at once when nothing changed, reading
/// only what changed otherwise, and never trusting a damaged or foreign cache.
@Suite struct CorpusCacheTests {
    /// A corpus of twelve small articles, each with a word of its own.
    func corpus() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let places = ["Lisbon", "Oslo", "Quito", "Hanoi", "Dakar", "Lima", "Riga", "Tunis", "Perth", "Accra", "Kyoto", "Cork"]
        for (number, place) in places.enumerated() {
            try folder.write("news/\(String(format: "%02d", number)).txt", """
                Mayor of \(place) opens a new bridge

                The mayor of \(place), Ana Varga\(number), said on Monday that the bridge cost 4\(number) million euros. \
                "It will carry \(number + 10),000 people a day," she said. Word\(number)tag appears here.
                """)
        }
        return folder
    }

    func cache(_ folder: TemporaryFolder, producer: String = "test 1") -> CorpusCache {
        CorpusCache(folder: folder.path("cache"), corpusPath: "/corpus/under/test", producer: producer)
    }

    @Test func aSecondOpeningComesFromTheCache() throws {
        let corpus = try corpus()
        let cacheFolder = try TemporaryFolder()
        let before = try FileManager.default.subpathsOfDirectory(atPath: corpus.root).sorted()
        let first = try OpeningRecorder.open(corpus.root, cache: cache(cacheFolder))
        #expect(first.finished && first.analysedOneByOne == 12)
        #expect(FileManager.default.fileExists(atPath: cache(cacheFolder).file))
        let second = try OpeningRecorder.open(corpus.root, cache: cache(cacheFolder))
        #expect(second.finished)
        #expect(second.analysedOneByOne == 0, "nothing analysed again")
        #expect(second.entries == first.entries)
        #expect(second.titles(of: "word7tag") == ["Mayor of Tunis opens a new bridge"])
        #expect(second.titles(of: "person:varga3") == first.titles(of: "person:varga3"))
        #expect(second.notices.isEmpty)
        let entities = second.all.compactMap { event -> EntityIndex? in
            if case .entities(let index, _) = event { return index }
            return nil
        }.first
        #expect(entities?.entry(kind: .place, canonical: "Oslo")?.articles == [1])
        // Nothing was written into the corpus folder.
        #expect(try FileManager.default.subpathsOfDirectory(atPath: corpus.root).sorted() == before)
    }

    @Test func onlyChangedFilesAreReadAgain() throws {
        let corpus = try corpus()
        let cacheFolder = try TemporaryFolder()
        _ = try OpeningRecorder.open(corpus.root, cache: cache(cacheFolder))
        try corpus.write("news/03.txt", "Hanoi harbour reopens\n\nThe harbour of Hanoi reopened, officials said. Zebraword marks it.\n")
        try FileManager.default.removeItem(atPath: corpus.path("news/05.txt"))
        try corpus.write("news/12.txt", "Galway hosts a festival\n\nGalway hosted 3,000 visitors, organisers said. Newword here.\n")
        let reopened = try OpeningRecorder.open(corpus.root, cache: cache(cacheFolder))
        #expect(reopened.finished)
        #expect(reopened.entries.map(\.path) == (0..<13).filter { $0 != 5 }.map { "news/" + String(format: "%02d", $0) + ".txt" })
        #expect(reopened.titles(of: "zebraword") == ["Hanoi harbour reopens"])
        #expect(reopened.titles(of: "newword") == ["Galway hosts a festival"])
        #expect(reopened.titles(of: "word3tag").isEmpty, "the old text of a changed file is gone")
        #expect(reopened.titles(of: "word5tag").isEmpty, "a deleted file is gone")
        #expect(reopened.titles(of: "word11tag") == ["Mayor of Cork opens a new bridge"])
        #expect(reopened.notices.contains { $0.contains("2 files new or changed, 1 gone") }, "\(reopened.notices)")
        // The updated cache opens with nothing to do.
        let again = try OpeningRecorder.open(corpus.root, cache: cache(cacheFolder))
        #expect(again.analysedOneByOne == 0 && again.notices.isEmpty)
        #expect(again.entries == reopened.entries)
        #expect(again.titles(of: "newword") == ["Galway hosts a festival"])
    }

    @Test(arguments: ["truncated", "flipped", "empty", "garbage"])
    func aDamagedCacheIsRebuilt(damage: String) throws {
        let corpus = try corpus()
        let cacheFolder = try TemporaryFolder()
        let first = try OpeningRecorder.open(corpus.root, cache: cache(cacheFolder))
        let file = cache(cacheFolder).file
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        switch damage {
        case "truncated": bytes = Array(bytes.prefix(bytes.count / 2))
        case "flipped": bytes[bytes.count / 2] ^= 0x5A
        case "empty": bytes = []
        default: bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }
        }
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let reopened = try OpeningRecorder.open(corpus.root, cache: cache(cacheFolder))
        #expect(reopened.finished)
        #expect(reopened.entries == first.entries)
        #expect(reopened.analysedOneByOne == 12, "read and analysed again")
        #expect(reopened.notices.contains { $0.contains("damaged") }, "\(reopened.notices)")
        // And rebuilt: the next opening uses it.
        #expect(try OpeningRecorder.open(corpus.root, cache: cache(cacheFolder)).analysedOneByOne == 0)
    }

    @Test func anotherBuildsCacheIsNotUsed() throws {
        let corpus = try corpus()
        let cacheFolder = try TemporaryFolder()
        _ = try OpeningRecorder.open(corpus.root, cache: cache(cacheFolder, producer: "older build"))
        let reopened = try OpeningRecorder.open(corpus.root, cache: cache(cacheFolder, producer: "newer build"))
        #expect(reopened.analysedOneByOne == 12)
        #expect(reopened.notices.contains { $0.contains("another version of Byline") })
    }

    @Test func anUnwritableCacheFolderIsSaidOnceAndTheCorpusStillOpens() throws {
        let corpus = try corpus()
        let scratch = try TemporaryFolder()
        try scratch.write("plain-file", "not a folder")
        let unwritable = CorpusCache(folder: scratch.path("plain-file/cache"), corpusPath: "/c", producer: "p")
        let opened = try OpeningRecorder.open(corpus.root, cache: unwritable)
        #expect(opened.finished && opened.entries.count == 12)
        #expect(opened.notices.count == 1)
        #expect(opened.notices.first?.contains("cannot create") == true, "\(opened.notices)")
    }

    /// Ctrl-C while opening: whichever pass it stops, no cache is left that
    /// a later opening would trust, and that opening reads everything.
    @Test(arguments: ["list", "text index", "analysis"])
    func anOpeningCancelledPartWayLeavesNoCache(stoppedIn pass: String) throws {
        let corpus = try corpus()
        let cacheFolder = try TemporaryFolder()
        let cache = cache(cacheFolder)
        let opening = Mutex<CorpusOpener?>(nil)
        let opener = CorpusOpener(loader: try CorpusLoader(path: corpus.root), cache: cache) { event in
            let stopHere: Bool
            switch (pass, event) {
            case ("list", .listed), ("text index", .indexed), ("analysis", .analysed): stopHere = true
            default: stopHere = false
            }
            if stopHere { opening.withLock { $0 }?.cancel() }
        }
        opening.withLock { $0 = opener }
        opener.run()
        opener.finishSaving()
        #expect(!FileManager.default.fileExists(atPath: cache.file))
        let reopened = try OpeningRecorder.open(corpus.root, cache: cache)
        #expect(reopened.finished && reopened.analysedOneByOne == 12)
        #expect(reopened.notices.isEmpty, "\(reopened.notices)")
    }

    @Test func abandonedTemporaryFilesAreRemoved() throws {
        let corpus = try corpus()
        let cacheFolder = try TemporaryFolder()
        let cache = cache(cacheFolder)
        _ = try OpeningRecorder.open(corpus.root, cache: cache)
        // A writer with a process id that cannot exist.
        let stale = cache.file + ".tmp-99999999-12345"
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: stale))
        _ = try OpeningRecorder.open(corpus.root, cache: cache)
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: cache.file))
    }
}
