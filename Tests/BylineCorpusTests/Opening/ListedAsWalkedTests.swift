@testable import BylineCorpus
import BylineTestSupport
import Foundation
import Synchronization
import Testing

/// A large corpus whose files are in the page cache is parsed while it is
/// walked; what is listed and cached is what a whole walk first gives.
@Suite struct ListedAsWalkedTests {
    func corpus() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for number in 0..<600 {
            try folder.write("part\(number % 4)/\(number).txt", """
                Harbour plan \(number)

                Councillor Maria Osei said the plan would cost \(number) million pounds.
                """)
        }
        try folder.write("part1/blank.txt", "   \n")
        try folder.write("part2/binary.txt", bytes: [0x00, 0x01, 0x02, 0xFF, 0x00])
        try folder.write("part3/records.jsonl", "{\"title\": \"Record one\", \"text\": \"Body one.\"}\nnot json\n{\"title\": \"Record two\", \"text\": \"Body two.\"}\n")
        return folder
    }

    /// Opens `folder` with a cache in `cacheFolder`; returns the opener, its
    /// events and the snapshot it cached.
    func open(_ folder: TemporaryFolder, heldTextBudget: Int, cacheFolder: TemporaryFolder)
        throws -> (opener: CorpusOpener, events: [CorpusEvent], cached: CorpusSnapshot) {
        let loader = try CorpusLoader(path: folder.root)
        let cache = CorpusCache(folder: cacheFolder.root, corpusPath: folder.root, producer: "test")
        let events = Mutex<[CorpusEvent]>([])
        let opener = CorpusOpener(loader: loader, cache: cache, heldTextBudget: heldTextBudget) { event in
            events.withLock { $0.append(event) }
        }
        opener.run()
        return (opener, events.withLock { $0 }, try cache.read().get())
    }

    private func files(_ snapshot: CorpusSnapshot) -> [String] {
        snapshot.files.map { "\($0.path) \($0.firstArticle)+\($0.articleCount) \($0.problems)" }
    }

    @Test func theSnapshotEqualsTheOneOfAWholeWalkFirst() throws {
        let folder = try corpus()
        let (wholeCache, streamedCache) = (try TemporaryFolder(), try TemporaryFolder())
        let whole = try open(folder, heldTextBudget: HeldTexts.budget, cacheFolder: wholeCache)
        let streamed = try open(folder, heldTextBudget: 1_000, cacheFolder: streamedCache)
        let (wholeAsWalked, streamedAsWalked) = (whole.opener.listedAsWalked.load(ordering: .relaxed),
                                                 streamed.opener.listedAsWalked.load(ordering: .relaxed))
        #expect(!wholeAsWalked && streamedAsWalked)
        #expect(files(streamed.cached) == files(whole.cached))
        #expect(streamed.cached.entries.map(\.id) == whole.cached.entries.map(\.id))
        #expect(streamed.cached.entries.count == 602)
        #expect(streamed.cached.files.first { $0.path == "part2/binary.txt" }?.problems.count == 1)
        #expect(streamed.cached.files.first { $0.path == "part3/records.jsonl" }?.problems.count == 1)
        // Files found are said before the list is complete, the last time in all.
        let found = streamed.events.enumerated().compactMap { place, event -> (Int, Int, Bool)? in
            if case .found(let files, let complete) = event { return (place, files, complete) }
            return nil
        }
        let listComplete = try #require(streamed.events.firstIndex { if case .listComplete = $0 { true } else { false } })
        let last = try #require(found.last)
        #expect(last.0 < listComplete && last.1 == 603 && last.2)
        #expect(found.dropLast().allSatisfy { !$0.2 })
    }

    @Test func filesAreFoundInListingOrderOrByTable() {
        var finder = CorpusOpener.FileFinder(paths: ["a", "b", "c", "d"])
        #expect(finder.number(of: "a") == 0)
        #expect(finder.number(of: "a") == 0)
        #expect(finder.number(of: "c") == 2)
        #expect(finder.number(of: "b") == 1)
        #expect(finder.number(of: "missing") == nil)
        #expect(finder.number(of: "d") == 3)
        var far = CorpusOpener.FileFinder(paths: (0..<100).map(String.init))
        #expect(far.number(of: "0") == 0)
        #expect(far.number(of: "99") == 99)
        #expect(far.number(of: "5") == 5)
    }
}
